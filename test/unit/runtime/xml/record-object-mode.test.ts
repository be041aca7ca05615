/**
 * Records mode builds a type's objects as V8 fast objects when its records have few keys (at
 * most FEW_KEYS, all declared: elements, attributes and `value`; no wildcard, attribute wildcard
 * or open content), and in dictionary mode otherwise (record-value.ts `transientRecord`), so
 * records whose members vary do not make a hidden class each while small nested objects stay
 * cheap. Which types are few-key (`CompiledType.fewKeys`, the boundary and each exclusion), and
 * what the records are made of, read with V8's own `%HasFastProperties` (natives syntax, enabled
 * for this file only). Either way a record is an ordinary object: stream-records-objects.test.ts.
 */
import v8 from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { compileModel, FEW_KEYS } from '../../../../runtime/xml/compiled-model.js';
import { streamRecords } from '../../../../runtime/xml/stream-records.js';

const xsd = (body: string) =>
  buildXmlSchemaModel(
    parseXsd({
      file: 'modes.xsd',
      schemaId: 'modes',
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`,
    }),
  );

const members = (n: number) =>
  Array.from({ length: n }, (_, i) => `<xs:element name="m${i}" type="xs:string" minOccurs="0"/>`).join('');

/** fewKeys of the type named `T` in a schema with a root of that type. */
function fewKeys(typeBody: string, extra = ''): boolean {
  const model = xsd(`<xs:element name="r" type="T"/><xs:complexType name="T"${typeBody}</xs:complexType>${extra}`);
  const compiled = compileModel(model);
  return compiled.types.find((t) => t.name === 'T')!.fewKeys;
}

describe('CompiledType.fewKeys', () => {
  it('counts element members up to FEW_KEYS', () => {
    expect(FEW_KEYS).toBe(4);
    expect(fewKeys(`><xs:sequence>${members(4)}</xs:sequence>`)).toBe(true);
    expect(fewKeys(`><xs:sequence>${members(5)}</xs:sequence>`)).toBe(false);
    expect(fewKeys(`><xs:all>${members(4)}</xs:all>`)).toBe(true);
    expect(fewKeys(`><xs:choice>${members(5)}</xs:choice>`)).toBe(false);
  });

  it('counts a repeated name once, attributes each, and the text of simple or mixed content', () => {
    const twice = '<xs:element name="m0" type="xs:string"/><xs:element name="m0" type="xs:string"/>';
    expect(fewKeys(`><xs:sequence>${twice}${members(4).slice(members(1).length)}</xs:sequence>`)).toBe(true);
    const attrs = (n: number) => Array.from({ length: n }, (_, i) => `<xs:attribute name="a${i}"/>`).join('');
    expect(fewKeys(`><xs:sequence>${members(2)}</xs:sequence>${attrs(2)}`)).toBe(true);
    expect(fewKeys(`><xs:sequence>${members(2)}</xs:sequence>${attrs(3)}`)).toBe(false);
    const simple = (n: number) =>
      `><xs:simpleContent><xs:extension base="xs:string">${attrs(n)}</xs:extension></xs:simpleContent>`;
    expect(fewKeys(simple(3))).toBe(true);
    expect(fewKeys(simple(4))).toBe(false);
    expect(fewKeys(` mixed="true"><xs:sequence>${members(3)}</xs:sequence>`)).toBe(true);
    expect(fewKeys(` mixed="true"><xs:sequence>${members(4)}</xs:sequence>`)).toBe(false);
  });

  it('is false with an element wildcard, an attribute wildcard or open content', () => {
    expect(fewKeys(`><xs:sequence>${members(1)}<xs:any processContents="lax"/></xs:sequence>`)).toBe(false);
    expect(fewKeys(`><xs:sequence>${members(1)}</xs:sequence><xs:anyAttribute/>`)).toBe(false);
    expect(fewKeys(`><xs:sequence><xs:choice>${members(1)}<xs:any/></xs:choice></xs:sequence>`)).toBe(false);
  });
});

describe('what records mode builds', () => {
  let fast: (o: object) => boolean;
  beforeAll(() => {
    v8.setFlagsFromString('--allow-natives-syntax');
    fast = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
  });

  const model = xsd(`
    <xs:element name="list"><xs:complexType><xs:sequence>
      <xs:element name="item" maxOccurs="unbounded"><xs:complexType><xs:sequence>
        ${members(5)}
        <xs:element name="owner" minOccurs="0"><xs:complexType><xs:sequence>
          <xs:element name="login" type="xs:string"/>
        </xs:sequence></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType></xs:element>`);

  it('a record of many keys in dictionary mode, its few-key member a fast object', async () => {
    const doc = '<list><item><m0>a</m0><m3>b</m3><owner><login>x</login></owner></item><item><m1>c</m1></item></list>';
    const got: Record<string, unknown>[] = [];
    for await (const r of streamRecords<Record<string, unknown>>([doc], model, { recordPath: ['list', 'item'] }))
      got.push(r);
    expect(got).toStrictEqual([{ m0: 'a', m3: 'b', owner: { login: 'x' } }, { m1: 'c' }]);
    expect(got.map((r) => fast(r))).toEqual([false, false]);
    expect(fast(got[0]!.owner as object)).toBe(true);
  });
});
