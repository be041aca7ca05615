/**
 * The root element is validated with its global declaration, not only its type: nillable
 * (xsi:nil on the root), a default for an empty root, a fixed value, `block` against xsi:type.
 * @see XSD 1.0 Part 1 §3.3.4 (Element Locally Valid (Element) 3, 4, 5)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="E"><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType>
  <xs:element name="nil" type="xs:int" nillable="true"/>
  <xs:element name="dflt" type="xs:int" default="7"/>
  <xs:element name="fix" type="xs:int" fixed="3"/>
  <xs:element name="blk" type="B" block="extension"/>
</xs:schema>`;
const model = buildXmlSchemaModel(parseXsd({ source, file: 'r.xsd', schemaId: 'r' }));
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const codes = async (xml: string) => (await verdictOnAllPaths(xml, model)).errors.map((e) => e.code);

describe('root element declarations', () => {
  it('honours nillable, default, fixed and block on the root', async () => {
    expect(await codes(`<nil ${XSI} xsi:nil="true"/>`)).toEqual([]);
    expect(await codes('<dflt/>')).toEqual([]);
    expect(await codes('<fix>4</fix>')).toEqual(['InvalidValue']);
    expect(await codes(`<blk ${XSI} xsi:type="E"><a>1</a></blk>`)).toEqual(['InvalidType']);
  });
});
