/**
 * A verdict outlives its document: `qspec validate` keeps every file's verdict until the report
 * is written. So nothing a verdict holds may be a V8 view of the decoded document (a `slice` of 13
 * characters or more, or a concatenation with one): the root name, `xsi:schemaLocation`, the
 * DOCTYPE, and every issue's message, path, expected and found. Each of them kept the whole
 * document alive before (5,000 WAS responses of 2.5 KB held 12 MB through their root names).
 * Here 40 documents of 1 MB each, every string above long and new per document; the heap may
 * grow by the verdicts, not by the documents.
 * @see runtime/xml/own-string.ts
 */
import { describe, expect, it } from 'vitest';
import type { XmlValidationResult } from '../../../../runtime/xml/xml-validate-options.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { heapAfterGc } from './heap-after-gc.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:element name="RootElementWithAVeryLongName"><xs:complexType><xs:sequence>
    <xs:element name="CountOfThingsWithALongName" type="xs:int" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>`);

const pad = 'x'.repeat(1_000_000);
const doc = (i: number): string =>
  `<!DOCTYPE RootElementWithAVeryLongName SYSTEM "https://example.invalid/dtd/number-${i}/long.dtd">` +
  `<RootElementWithAVeryLongName xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
  `xsi:noNamespaceSchemaLocation="https://example.invalid/xsd/number-${i}/webapp.xsd"><!--${pad}-->` +
  `<CountOfThingsWithALongName>not-a-number-${i}-with-a-long-tail</CountOfThingsWithALongName>` +
  `<UndeclaredElementNumber${i}WithALongName/></RootElementWithAVeryLongName>`;

describe('verdicts kept after their documents', () => {
  it('hold none of the documents (40 documents of 1 MB, invalid, with a DOCTYPE and a schema location)', () => {
    const v = new XmlValidator(model);
    const kept: XmlValidationResult[] = [];
    const before = heapAfterGc();
    for (let i = 0; i < 40; i++) kept.push(v.validate(doc(i)));
    const grown = heapAfterGc() - before;
    const first = kept[0]!;
    // The verdicts carry every kind of string named above (so the bound below is about them).
    expect(first.root).toBe('RootElementWithAVeryLongName');
    expect(first.schemaLocation).toBe('https://example.invalid/xsd/number-0/webapp.xsd');
    expect(first.doctype?.systemId).toBe('https://example.invalid/dtd/number-0/long.dtd');
    expect(first.errors.map((e) => e.found)).toEqual([
      'not-a-number-0-with-a-long-tail',
      'UndeclaredElementNumber0WithALongName',
    ]);
    expect(first.errors.every((e) => e.location.path.startsWith('/RootElementWithAVeryLongName'))).toBe(true);
    expect(grown).toBeLessThan(10_000_000);
  });
});
