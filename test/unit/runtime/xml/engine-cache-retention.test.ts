/**
 * A cache that outlives a document must not hold a name cut from it: in V8 a `slice` of 13
 * characters or more is a view on the whole decoded input (own-string.ts). One such cache is
 * filled with names straight from the document when it declares no default namespace (element
 * names then need no resolving, and before that only when it declared no namespace at all): a
 * content model's transitions (glushkov-automaton.ts: up to 64 names it rejects and 1,024 it
 * accepts, per state). Before it copied its keys, 40 documents of 1 MB held 40 MB.
 * @see runtime/xml/own-string.ts
 */
import { describe, expect, it } from 'vitest';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { heapAfterGc } from './heap-after-gc.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:element name="RootElementWithAVeryLongName"><xs:complexType><xs:sequence>
    <xs:element name="CountOfThingsWithALongName" type="xs:anySimpleType" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>`);

const pad = 'x'.repeat(1_000_000);

describe('engine caches kept across documents', () => {
  it('content-model transitions hold none of 40 documents of 1 MB without namespace declarations', () => {
    const v = new XmlValidator(model);
    const before = heapAfterGc();
    for (let i = 0; i < 40; i++) {
      const doc =
        `<RootElementWithAVeryLongName><!--${pad}-->` +
        '<CountOfThingsWithALongName>1</CountOfThingsWithALongName>' +
        `<UndeclaredElementNumber${i}WithALongName/></RootElementWithAVeryLongName>`;
      const r = v.validate(doc);
      expect(r.errors.map((e) => e.found)).toEqual([`UndeclaredElementNumber${i}WithALongName`]);
    }
    expect(heapAfterGc() - before).toBeLessThan(10_000_000);
  });
});
