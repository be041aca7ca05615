/**
 * An xs:choice with no particles (XSD 1.0 Part 1 §3.4.2, complex content clause 2.1.3): with
 * minOccurs="0" the type has empty content; with the default minOccurs="1" nothing satisfies it,
 * so every instance is invalid. The front end turned both into empty content and accepted `<r/>`
 * (found by a mutation survivor of complex-parts.ts, 2026-12-03). libxml2 2.9.14 (`xmllint
 * --schema`) gives the same verdicts: `<r/>` "Missing child element(s)", `<z/>` valid.
 */
import { describe, expect, it } from 'vitest';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:element name="r"><xs:complexType><xs:choice/></xs:complexType></xs:element>
  <xs:element name="z"><xs:complexType><xs:choice minOccurs="0"/></xs:complexType></xs:element>
  <xs:element name="e"><xs:complexType><xs:sequence/></xs:complexType></xs:element>`);

const errorsOf = async (xml: string) => (await verdictOnAllPaths(xml, model)).errors;

describe('an empty xs:choice', () => {
  it('required (minOccurs 1): an element without children is never complete', async () => {
    expect(await errorsOf('<r/>')).toEqual([
      {
        severity: 'error',
        code: 'MissingElement',
        message: '<r> can never be complete: its content model accepts no elements',
        location: { line: 1, column: 1, path: '/r' },
        expected: '',
      },
    ]);
  });

  it('required: a child is not allowed either', async () => {
    expect((await errorsOf('<r><a/></r>')).map((e) => e.code)).toEqual(['UnexpectedElement', 'MissingElement']);
  });

  it('optional (minOccurs 0), like an empty sequence: empty content is valid', async () => {
    expect(await errorsOf('<z/>')).toEqual([]);
    expect(await errorsOf('<e/>')).toEqual([]);
  });
});
