/**
 * The engine keeps one frame per depth and reuses it for every later element at that depth, in
 * this document and the next one (engine-frame.ts, xml-engine.ts startElement). Nothing an element
 * leaves in its frame may reach the next one: xsi:nil (XSD 1.1 Part 1 §3.3.4.3: only the element
 * that carries it is nilled), stray text in element-only content (reported for each element,
 * XSD 1.1 Part 1 §3.4.4.2), positional indexes in paths, and the records being built. Verdicts
 * agree with xmllint (libxml2 2.9.14, `--noout --schema`).
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="P"><xs:sequence><xs:element name="v" type="xs:int" nillable="true"/></xs:sequence></xs:complexType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="p" type="P" maxOccurs="unbounded"/><xs:element name="q" type="P" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element></xs:schema>`;
const m = buildXmlSchemaModel(parseXsd({ source, file: 'f.xsd', schemaId: 'f' }));
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

async function errors(xml: string) {
  return (await verdictOnAllPaths(xml, m)).errors.map((e) => `${e.code} ${e.location.path}`);
}

describe('a reused frame starts clean', () => {
  it('a nilled element does not nil the next element at its depth', async () => {
    // xmllint: Element 'v': '' is not a valid value of the atomic type 'xs:int'.
    expect(await errors(`<r ${XSI}><p><v xsi:nil="true"/></p><p><v/></p></r>`)).toEqual(['InvalidValue /r/p[2]/v']);
    expect(await errors(`<r ${XSI}><p><v xsi:nil="true"/></p><p><v>1</v></p></r>`)).toEqual([]);
  });

  it('stray text is reported in each element-only element, not once per depth', async () => {
    // xmllint: two "Character content other than whitespace is not allowed" errors, one per <p>
    const found = (await verdictOnAllPaths('<r><p>stray<v>1</v></p><p>again<v>2</v></p></r>', m)).errors;
    expect(found.map((e) => `${e.code} ${e.location.path} ${e.found}`)).toEqual([
      'UnexpectedText /r/p[1] stray',
      'UnexpectedText /r/p[2] again',
    ]);
  });

  it('an element that occurs once gets no index after an indexed sibling used its frame', async () => {
    // xmllint: Element 'v': 'x' is not a valid value of the atomic type 'xs:int'.
    expect(await errors('<r><p><v>1</v></p><q><v>x</v></q></r>')).toEqual(['InvalidValue /r/q/v']);
  });

  it('a validator reused for a second document starts every frame afresh', () => {
    const v = new XmlValidator(m);
    expect(v.validate(`<r ${XSI}><p><v xsi:nil="true"/></p></r>`).errors).toEqual([]);
    expect(v.validate('<r><p><v/></p></r>').errors.map((e) => e.code)).toEqual(['InvalidValue']);
  });

  it('builds each record from its own element only', () => {
    const r = parseXml(`<r ${XSI}><p><v xsi:nil="true"/></p><p><v>2</v></p><q><v>3</v></q></r>`, m);
    expect(r.result.errors).toEqual([]);
    expect(r.value).toEqual({ p: [{ v: null }, { v: 2 }], q: { v: 3 } });
  });
});
