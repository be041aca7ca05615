/**
 * The DTD lexer's refusals and edges (XML 1.0 §2.3 white space, §2.5 comments, §2.6 PIs, §3.4
 * conditional sections, §4.1 parameter-entity references): each malformed token is a located
 * DtdSyntax error with its exact message; tabs are white space, a byte order mark only at the
 * start, a keyword must not run into a name, nested IGNORE sections are counted.
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosticError } from '../../../../generator/errors.js';
import { DtdLexer } from '../../../../generator/parse/dtd/dtd-lexer.js';

function lex(source: string): string[] {
  const lexer = new DtdLexer(source, 'f.dtd');
  const out: string[] = [];
  for (let n = 0; n < 50; n++) {
    const t = lexer.next();
    out.push(`${t.kind}:${t.value}@${t.line}:${t.column}`);
    if (t.kind === 'eof') return out;
  }
  throw new Error('no eof after 50 tokens');
}

/** The error the lexer reports for `source` (tokens are read until it fails). */
function failure(source: string): string {
  const lexer = new DtdLexer(source, 'f.dtd');
  try {
    for (let n = 0; n < 50; n++) if (lexer.next().kind === 'eof') break;
  } catch (e) {
    const d = (e as DiagnosticError).diagnostics[0] as {
      code: string;
      message: string;
      location: { line: number; column: number };
    };
    return `${d.code} ${d.location.line}:${d.location.column} ${d.message}`;
  }
  return 'no error';
}

describe('white space and the byte order mark', () => {
  it('a tab is white space', () => {
    expect(lex('\t(\t)')).toEqual(['(:(@1:2', '):)@1:4', 'eof:@1:5']);
  });

  it('a byte order mark is dropped at the start only', () => {
    expect(lex('\uFEFFa')).toEqual(['name:a@1:1', 'eof:@1:2']);
    expect(failure('a \uFEFF')).toBe("DtdSyntax 1:3 unexpected character '\uFEFF'");
  });

  it('atEnd is true only when nothing but white space is left', () => {
    expect(new DtdLexer(' \n\t ', 'f.dtd').atEnd()).toBe(true);
    expect(new DtdLexer(' x ', 'f.dtd').atEnd()).toBe(false);
  });
});

describe('refusals, located', () => {
  it.each([
    [']', "DtdSyntax 1:1 unexpected ']'"],
    [' ]]', "DtdSyntax 1:2 unexpected ']'"],
    ['# x', "DtdSyntax 1:1 expected a keyword after '#' (#PCDATA, #REQUIRED, #IMPLIED or #FIXED)"],
    ['%pe x', "DtdSyntax 1:1 malformed parameter-entity reference: expected '%name;'"],
    ['%;', "DtdSyntax 1:1 malformed parameter-entity reference: expected '%name;'"],
    ['a @', "DtdSyntax 1:3 unexpected character '@'"],
    [' <!-- a -- b ->', 'DtdSyntax 1:2 unterminated comment: missing -->'],
    ['\n<?pi x', 'DtdSyntax 2:1 unterminated processing instruction: missing ?>'],
    ['<x', 'DtdSyntax 1:1 unexpected markup; expected <!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION, <![, <!-- or <?'],
    [
      '<xELEMENT a',
      'DtdSyntax 1:1 unexpected markup; expected <!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION, <![, <!-- or <?',
    ],
    [
      '<!ELEMENTS a',
      'DtdSyntax 1:1 unexpected markup; expected <!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION, <![, <!-- or <?',
    ],
    [
      '<!DOCTYPE a',
      'DtdSyntax 1:1 unexpected markup; expected <!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION, <![, <!-- or <?',
    ],
    [`a 'b`, "DtdSyntax 1:3 unterminated literal: missing closing '"],
    ['"b\'', 'DtdSyntax 1:1 unterminated literal: missing closing "'],
  ])('%j', (source, want) => {
    expect(failure(source)).toBe(want);
  });
});

describe('tokens at the edges', () => {
  it('a % that ends the text is the parameter-entity marker', () => {
    expect(lex('%')).toEqual(['%:%@1:1', 'eof:@1:2']);
  });

  it('a keyword that ends the text is a declaration', () => {
    expect(lex('<!ELEMENT')).toEqual(['decl:ELEMENT@1:1', 'eof:@1:10']);
    expect(lex('<!NOTATION(')).toEqual(['decl:NOTATION@1:1', '(:(@1:11', 'eof:@1:12']);
  });

  it('a PI ends at the first ?> after its <?', () => {
    expect(lex('<?> x ?>a')).toEqual(['name:a@1:9', 'eof:@1:10']);
  });
});

describe('IGNORE sections', () => {
  it('an empty nested section is counted', () => {
    const lexer = new DtdLexer(' <![]]> ]]> >', 'f.dtd');
    expect(lexer.skipIgnoredSection()).toBe(true);
    expect(lexer.next()).toMatchObject({ kind: '>', line: 1, column: 13 });
  });

  it('an unfinished section stops at the end of the text', () => {
    const lexer = new DtdLexer(' <![ ', 'f.dtd');
    expect(lexer.skipIgnoredSection()).toBe(false);
    expect(lexer.next()).toMatchObject({ kind: 'eof', line: 1, column: 6 });
  });
});
