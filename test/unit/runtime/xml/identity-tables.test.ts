/**
 * Identity-constraint node tables (XSD 1.0 Part 1 §3.11.5): a keyref looks its value up in the
 * table of the referred key on its own element, which holds that element's own entries and the
 * entries its descendants' tables bring up, except a value two descendants give for different
 * nodes (unless an own entry settles it).
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = (body: string) =>
  buildXmlSchemaModel(
    parseXsd({
      file: 'x.xsd',
      schemaId: 'x',
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`,
    }),
  );

const codes = async (xml: string, m: ReturnType<typeof model>) =>
  (await verdictOnAllPaths(xml, m)).errors.map((e) => `${e.code} ${e.location.line}:${e.location.column}`);

const item =
  '<xs:element name="item" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:attribute name="id" type="xs:int"/></xs:complexType></xs:element>';
const ref =
  '<xs:element name="ref" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:attribute name="to" type="xs:int"/></xs:complexType></xs:element>';

describe('identity-constraint node tables', () => {
  it('a value two scopes of the key give for different nodes is not a keyref target', async () => {
    const m = model(`<xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="group" maxOccurs="unbounded"><xs:complexType><xs:sequence>${item}</xs:sequence></xs:complexType>
          <xs:key name="k"><xs:selector xpath="item"/><xs:field xpath="@id"/></xs:key></xs:element>${ref}
      </xs:sequence></xs:complexType>
      <xs:keyref name="kr" refer="k"><xs:selector xpath="ref"/><xs:field xpath="@to"/></xs:keyref></xs:element>`);
    const groups = '<group><item id="1"/><item id="2"/></group><group><item id="1"/></group>';
    expect(await codes(`<r>${groups}<ref to="2"/></r>`, m)).toEqual([]);
    expect(await codes(`<r>${groups}\n<ref to="2"/><ref to="1"/></r>`, m)).toEqual(['KeyrefNotFound 2:14']);
  });

  it("the element's own entries stay with those its descendants bring up, and settle a conflict", async () => {
    const m = model(`<xs:element name="e"><xs:complexType><xs:sequence>${item}
        <xs:element ref="e" minOccurs="0" maxOccurs="unbounded"/>${ref}</xs:sequence></xs:complexType>
      <xs:key name="k"><xs:selector xpath="item"/><xs:field xpath="@id"/></xs:key>
      <xs:keyref name="kr" refer="k"><xs:selector xpath="ref"/><xs:field xpath="@to"/></xs:keyref></xs:element>`);
    const inner = '<e><item id="2"/></e><e><item id="1"/><item id="3"/></e><e><item id="3"/></e>';
    expect(await codes(`<e><item id="1"/>${inner}<ref to="2"/><ref to="1"/></e>`, m)).toEqual([]);
    expect(await codes(`<e><item id="1"/>${inner}\n<ref to="3"/></e>`, m)).toEqual(['KeyrefNotFound 2:1']);
  });
});
