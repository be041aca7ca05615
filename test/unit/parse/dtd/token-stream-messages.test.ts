/**
 * The DTD token stream's "expected X, found Y" diagnostics, IGNORE sections that end the text,
 * and the order of collected warnings (generator/parse/dtd/dtd-token-stream.ts, parse-dtd.ts).
 * - XML 1.0 §3.4 [61]-[63]: a conditional section starts `<![INCLUDE[` or `<![IGNORE[` and ends
 *   with `]]>`; §4.2 [71]-[72] an entity declaration ends after its value; §4.7 [82] NOTATION
 *   needs SYSTEM or PUBLIC.
 * - The found token is described by kind (docs/dtd: messages name the offending token; a literal
 *   longer than 20 characters is cut to its first 20 and '...').
 * - parseDtdWithWarnings returns its warnings ordered by line, then column, whichever check made them.
 * Errors are pinned as whole diagnostics (code, severity, message, file, line, column).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { DtdToken } from '../../../../generator/parse/dtd/dtd-lexer.js';
import { DtdTokenStream, describe as describeToken } from '../../../../generator/parse/dtd/dtd-token-stream.js';
import { ParameterEntities } from '../../../../generator/parse/dtd/parameter-entities.js';
import { parseDtd, parseDtdWithWarnings } from '../../../../generator/parse/dtd/parse-dtd.js';
import { diagnosticsOf } from './dtd-test-helpers.js';

const FILE = 't/schemas/test.dtd';

function syntax(message: string, line: number, column: number): Diagnostic {
  return { code: 'DtdSyntax', severity: 'error', message, location: { file: FILE, line, column } };
}

const errorsOf = (source: string) => diagnosticsOf(() => parseDtd({ source, file: FILE, schemaId: FILE }));

describe('expected X, found Y', () => {
  it('a conditional section keyword other than INCLUDE or IGNORE', () => {
    expect(errorsOf('<!ELEMENT r EMPTY>\n<![FOO[ <!ELEMENT r EMPTY> ]]>')).toEqual([
      syntax("expected INCLUDE or IGNORE after <![, found 'FOO'", 2, 4),
    ]);
  });

  it('a NOTATION without SYSTEM or PUBLIC', () => {
    expect(errorsOf('<!NOTATION n FOO "x">')).toEqual([syntax("expected SYSTEM or PUBLIC, found 'FOO'", 1, 14)]);
    expect(errorsOf('<!NOTATION n ( "x">')).toEqual([syntax("expected SYSTEM or PUBLIC, found '('", 1, 14)]);
  });

  it('a literal is quoted whole up to 20 characters, cut to 20 and "..." beyond', () => {
    const twenty = '01234567890123456789';
    expect(errorsOf(`<!ENTITY % p "x" "${twenty}">`)).toEqual([
      syntax(`expected '>' to close <!ENTITY, found literal "${twenty}"`, 1, 18),
    ]);
    expect(errorsOf(`<!ENTITY % p "x" "${twenty}X">`)).toEqual([
      syntax(`expected '>' to close <!ENTITY, found literal "${twenty}..."`, 1, 18),
    ]);
    expect(errorsOf('<!ELEMENT r "0123456789012345678901234">')).toEqual([
      syntax(`expected a content model: EMPTY, ANY or '(', found literal "${twenty}..."`, 1, 13),
    ]);
  });

  it('describes every kind of token', () => {
    const tok = (kind: DtdToken['kind'], value: string): DtdToken => ({ kind, value, line: 1, column: 1, endLine: 1 });
    expect(describeToken(tok('eof', ''))).toBe('end of DTD');
    expect(describeToken(tok('decl', 'ELEMENT'))).toBe("'<!ELEMENT'");
    expect(describeToken(tok('hash', 'PCDATA'))).toBe("'#PCDATA'");
    expect(describeToken(tok('name', 'abc'))).toBe("'abc'");
    expect(describeToken(tok('literal', 'short'))).toBe('literal "short"');
    expect(describeToken(tok('literal', 'abcdefghijklmnopqrstu'))).toBe('literal "abcdefghijklmnopqrst..."');
    expect(describeToken(tok('comment', ' note '))).toBe('a comment');
    expect(describeToken(tok('peRef', 'ent'))).toBe("'%ent;'");
    expect(describeToken(tok(')', ')'))).toBe("')'");
  });
});

describe('IGNORE sections that run to the end of the text', () => {
  it('an IGNORE section followed only by white space is unterminated', () => {
    expect(errorsOf('<!ELEMENT r EMPTY>\n<![IGNORE[   \n  ')).toEqual([
      syntax("unterminated IGNORE section: missing ']]>'", 2, 1),
    ]);
    expect(errorsOf('<!ELEMENT r EMPTY>\n <![IGNORE[')).toEqual([
      syntax("unterminated IGNORE section: missing ']]>'", 2, 2),
    ]);
  });

  it('an IGNORE keyword from a parameter entity at the very end is unterminated too', () => {
    expect(errorsOf("<!ENTITY % ig 'IGNORE['>\n<![%ig;")).toEqual([
      syntax("unterminated IGNORE section: missing ']]>'", 2, 1),
    ]);
  });

  it('skipping an IGNORE section with a token looked at but not consumed is a programming error', () => {
    const stream = new DtdTokenStream('<![IGNORE[ x ]]>', FILE, new ParameterEntities(FILE), () => {});
    stream.peek();
    expect(() => stream.skipIgnoredSection()).toThrow(new Error('skipIgnoredSection with a peeked token'));
  });
});

describe('warnings are ordered by line, then column', () => {
  it('merges duplicate-attribute and undeclared-element warnings in source order', () => {
    const source = [
      '<!-- qspec:open g1 -->',
      '<!ELEMENT r (g2)>',
      '<!ATTLIST r x CDATA #IMPLIED x CDATA #IMPLIED>',
      '<!ELEMENT s (g3)> <!ATTLIST s y CDATA #IMPLIED y CDATA #IMPLIED> <!ELEMENT t (g4)>',
      '<!ATTLIST u z CDATA #IMPLIED> <!ELEMENT v (g5, g6)>',
    ].join('\n');
    const { warnings } = parseDtdWithWarnings({ source, file: FILE, schemaId: FILE });
    const w = (code: string, message: string, line: number, column: number): Diagnostic => ({
      code,
      severity: 'warning',
      message,
      location: { file: FILE, line, column },
    });
    const undeclared = (child: string, parent: string, line: number, column: number) =>
      w(
        'DtdUndeclaredElement',
        `element ${child} (a child of ${parent}) is never declared; add <!ELEMENT ${child} ...>`,
        line,
        column,
      );
    expect(warnings).toEqual([
      w('DtdUndeclaredElement', 'qspec:open names g1, which is never declared', 1, 1),
      undeclared('g2', 'r', 2, 14),
      w('DtdDuplicateAttribute', 'attribute x of r is already defined at line 3:13; this definition is ignored', 3, 30),
      undeclared('g3', 's', 4, 14),
      w('DtdDuplicateAttribute', 'attribute y of s is already defined at line 4:31; this definition is ignored', 4, 48),
      undeclared('g4', 't', 4, 79),
      w('DtdUndeclaredElement', '<!ATTLIST u> is for an element that is never declared', 5, 11),
      undeclared('g5', 'v', 5, 44),
      undeclared('g6', 'v', 5, 48),
    ]);
  });
});
