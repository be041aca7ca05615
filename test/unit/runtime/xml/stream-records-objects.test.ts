/**
 * The objects `streamRecords` hands out are ordinary objects, whatever V8 makes of them inside
 * (records mode builds them in dictionary mode, record-value.ts `transientRecord`): the
 * prototype is Object.prototype, the keys are the child elements in document order (xs:all in
 * any order, optional members left out, no key for an absent member), repeated members are
 * arrays, and each record equals, key order included, the same element in the whole-document
 * tree of `parseXml`. Records at a path inside the envelope leave the envelope fast objects.
 *
 * @see XSD 1.0 Part 1 §3.8.4 (all-group validation: any order); runtime/schema-model.ts (record shapes)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { streamRecords } from '../../../../runtime/xml/stream-records.js';

const model = buildXmlSchemaModel(
  parseXsd({
    file: 'objects.xsd',
    schemaId: 'objects',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="list"><xs:complexType><xs:sequence>
    <xs:element name="count" type="xs:int"/>
    <xs:element name="item" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:all>
      <xs:element name="id" type="xs:int"/>
      <xs:element name="name" type="xs:string" minOccurs="0"/>
      <xs:element name="owner" minOccurs="0"><xs:complexType><xs:sequence>
        <xs:element name="login" type="xs:string"/>
        <xs:element name="tag" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence></xs:complexType></xs:element>
      <xs:element name="up" type="xs:boolean" minOccurs="0"/>
    </xs:all></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`,
  }),
);

const items = [
  '<item><id>1</id><name>a</name><up>true</up></item>',
  '<item><up>false</up><owner><login>x</login><tag>t1</tag><tag>t2</tag></owner><id>2</id></item>',
  '<item><name>c</name><id>3</id></item>',
  '<item><id>4</id></item>',
  '<item><owner><login>y</login></owner><name>e</name><up>true</up><id>5</id></item>',
];
const doc = `<list><count>${items.length}</count>${items.join('')}</list>`;

async function records(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  const gen = streamRecords<Record<string, unknown>>([doc], model, { recordPath: ['list', 'item'] });
  for (let step = await gen.next(); !step.done; step = await gen.next()) out.push(step.value);
  return out;
}

describe('streamRecords: the records are ordinary objects', () => {
  it('has the child elements as keys in document order, absent members without a key', async () => {
    const got = await records();
    expect(got.map((r) => Object.keys(r))).toEqual([
      ['id', 'name', 'up'],
      ['up', 'owner', 'id'],
      ['name', 'id'],
      ['id'],
      ['owner', 'name', 'up', 'id'],
    ]);
    expect(got.map((r) => 'name' in r)).toEqual([true, false, true, false, true]);
    expect(got[1]).toStrictEqual({ up: false, owner: { login: 'x', tag: ['t1', 't2'] }, id: 2 });
    expect(got[4]!.owner).toStrictEqual({ login: 'y' });
  });

  it('gives every record and nested value the prototype of a plain object', async () => {
    for (const r of await records()) {
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
      expect(r.hasOwnProperty).toBe(Object.prototype.hasOwnProperty);
      expect(String(r)).toBe('[object Object]');
      const owner = r.owner;
      if (owner !== undefined) expect(Object.getPrototypeOf(owner)).toBe(Object.prototype);
    }
  });

  it('equals the whole-document tree, key order included (JSON text)', async () => {
    const whole = parseXml<{ item: unknown[] }>(doc, model);
    expect(whole.result.errors).toEqual([]);
    const streamed = await records();
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole.value!.item));
    expect(streamed).toStrictEqual(whole.value!.item);
  });

  it('takes new keys after it is handed out, like any object', async () => {
    const [first] = await records();
    first!.extra = 1;
    delete first!.name;
    expect(Object.keys(first!)).toEqual(['id', 'up', 'extra']);
    expect({ ...first }).toEqual({ id: 1, up: true, extra: 1 });
  });
});
