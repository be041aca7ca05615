/**
 * Parameter-entity values and the expansion budget (generator/parse/dtd/parameter-entities.ts):
 * - XML 1.0 §2.3 [9] EntityValue: a '%' must start a PEReference, '&#' a CharRef (§4.1 [66]);
 *   a general reference `&name;` is bypassed (§4.4.7), kept as written.
 * - XML 1.0 §4.1 WFC "Legal Character": a character reference must name a Char (§2.2 [2]):
 *   #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * - XML 1.0 §4.2: the first declaration of an entity binds; later ones are ignored.
 * - The expansion budget (docs: DtdEntityLimit): exceeding maxExpansions / maxExpandedChars fails,
 *   reaching them exactly does not.
 * Every error is pinned as the whole diagnostic (code, severity, message, file, line, column).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { decodeCharRef, ParameterEntities } from '../../../../generator/parse/dtd/parameter-entities.js';
import { parseDtd } from '../../../../generator/parse/dtd/parse-dtd.js';
import { diagnosticsOf, typeOf } from './dtd-test-helpers.js';

const FILE = 't/schemas/test.dtd';
const AT = { line: 3, column: 7 };

function syntax(message: string, line: number, column: number): Diagnostic {
  return { code: 'DtdSyntax', severity: 'error', message, location: { file: FILE, line, column } };
}

/** The names of the fields of element `r` whose content model is `(%p;)`, `%p;` declared by `decl`. */
function fieldNames(decl: string): string[] {
  const leaves = '<!ELEMENT a (#PCDATA)> <!ELEMENT b (#PCDATA)> <!ELEMENT AB (#PCDATA)>';
  const t = typeOf(`${leaves}\n${decl}\n<!ELEMENT r (%p;)>`, 'r');
  return t.kind === 'object' ? t.fields.map((f) => f.name) : [];
}

describe('parameter entity values: references in the literal', () => {
  it("a '%' that does not start '%name;' is a syntax error at the literal", () => {
    // xmllint: "PEReference: no name" / EntityValue grammar forbids a bare '%'.
    expect(
      diagnosticsOf(() =>
        parseDtd({ source: '<!ENTITY % p "a">\n<!ENTITY % q  "% %p;">', file: FILE, schemaId: FILE }),
      ),
    ).toEqual([syntax("'%' in an entity value must start a reference '%name;'", 2, 15)]);
  });

  it('a malformed character reference is a syntax error at the literal', () => {
    for (const value of ['&#;&#97;', '&#x;', '&#12a;&#97;', '&#xG;']) {
      expect(diagnosticsOf(() => parseDtd({ source: `<!ENTITY % p '${value}'>`, file: FILE, schemaId: FILE }))).toEqual(
        [syntax('malformed character reference in an entity value', 1, 14)],
      );
    }
  });

  it('hexadecimal character references with several digits, after other text', () => {
    expect(fieldNames('<!ENTITY % p "&#x61;, &#x62;">')).toEqual(['a', 'b']);
    expect(fieldNames('<!ENTITY % p "&#x41;&#x42;">')).toEqual(['AB']);
    expect(fieldNames('<!ENTITY % p "a, &#98;">')).toEqual(['a', 'b']);
  });

  it('a general entity reference is kept as written (bypassed), not read as a character reference', () => {
    const pes = new ParameterEntities(FILE);
    expect(pes.expandLiteral('x&amp;y&#x41;&lt;', AT)).toEqual('x&amp;yA&lt;');
    expect(() =>
      parseDtd({ source: '<!ENTITY % p "&amp;"> <!ELEMENT a EMPTY>', file: FILE, schemaId: FILE }),
    ).not.toThrow();
  });

  it('parameter entity references inside the literal are replaced by their replacement text', () => {
    const pes = new ParameterEntities(FILE);
    pes.declare('x', 'XX', AT);
    expect(pes.expandLiteral('<%x;|%x;>', AT)).toBe('<XX|XX>');
  });
});

describe('character references must name an XML Char (§2.2, §4.1 WFC Legal Character)', () => {
  const legal: [string, number][] = [
    ['9', 0x9],
    ['A', 0xa],
    ['D', 0xd],
    ['20', 0x20],
    ['D7FF', 0xd7ff],
    ['E000', 0xe000],
    ['FFFD', 0xfffd],
    ['10000', 0x10000],
    ['10FFFF', 0x10ffff],
  ];
  it.each(legal)('&#x%s; is legal', (hex, cp) => {
    expect(decodeCharRef(hex, undefined, FILE, AT)).toBe(String.fromCodePoint(cp));
    expect(decodeCharRef(undefined, String(cp), FILE, AT)).toBe(String.fromCodePoint(cp));
  });

  const illegal: [string, number][] = [
    ['0', 0x0],
    ['8', 0x8],
    ['B', 0xb],
    ['C', 0xc],
    ['E', 0xe],
    ['1F', 0x1f],
    ['D800', 0xd800],
    ['DFFF', 0xdfff],
    ['FFFE', 0xfffe],
    ['FFFF', 0xffff],
    ['110000', 0x110000],
  ];
  it.each(illegal)('&#x%s; is not a Char', (hex, cp) => {
    const want = [syntax(`character reference to a non-XML character (${cp})`, AT.line, AT.column)];
    expect(diagnosticsOf(() => decodeCharRef(hex, undefined, FILE, AT))).toEqual(want);
    expect(diagnosticsOf(() => decodeCharRef(undefined, String(cp), FILE, AT))).toEqual(want);
  });

  it('an illegal character reference in an entity value fails at the literal', () => {
    expect(
      diagnosticsOf(() => parseDtd({ source: '\n  <!ENTITY % p "a&#x1F;">', file: FILE, schemaId: FILE })),
    ).toEqual([syntax('character reference to a non-XML character (31)', 2, 16)]);
  });
});

describe('parameter entity declarations and the expansion budget', () => {
  it('declare binds the first declaration only and says whether it bound', () => {
    const pes = new ParameterEntities(FILE);
    expect(pes.declare('p', 'first', AT)).toBe(true);
    expect(pes.declare('p', 'second', { line: 9, column: 9 })).toBe(false);
    expect(pes.expand('p', AT)).toEqual({ name: 'p', replacement: 'first', at: AT });
  });

  it('reaching maxExpandedChars exactly is allowed; one character more is DtdEntityLimit', () => {
    const source = '<!ELEMENT a EMPTY> <!ELEMENT b EMPTY>\n<!ENTITY % p "a,b">\n<!ELEMENT r (%p;)>';
    const ok = parseDtd({ source, file: FILE, schemaId: FILE, limits: { maxExpandedChars: 3, maxExpansions: 1 } });
    const r = ok.types.find((t) => t.name === 'r');
    expect(r?.type.kind === 'object' ? r.type.fields.map((f) => f.name) : []).toEqual(['a', 'b']);
    expect(
      diagnosticsOf(() =>
        parseDtd({ source, file: FILE, schemaId: FILE, limits: { maxExpandedChars: 2, maxExpansions: 1 } }),
      ),
    ).toEqual([
      {
        code: 'DtdEntityLimit',
        severity: 'error',
        message: 'parameter-entity expansion exceeds 2 characters',
        location: { file: FILE, line: 3, column: 14 },
      },
    ]);
  });

  it('more expansions than maxExpansions is DtdEntityLimit at the first reference beyond it', () => {
    const source = '<!ELEMENT a EMPTY>\n<!ENTITY % p "a">\n<!ELEMENT r (%p;, %p;, %p;)>';
    const limits = { maxExpandedChars: 1000, maxExpansions: 2 };
    expect(diagnosticsOf(() => parseDtd({ source, file: FILE, schemaId: FILE, limits }))).toEqual([
      {
        code: 'DtdEntityLimit',
        severity: 'error',
        message: 'more than 2 parameter-entity expansions',
        location: { file: FILE, line: 3, column: 24 },
      },
    ]);
  });
});
