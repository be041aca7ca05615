/**
 * Seeding a collection from templates (dataset/seed-records.ts): templates keep their ids, copies
 * take the next ids in turn; a copy's id element (a reference keeps its text up to the trailing
 * number), other numeric `…Id`/`…_ID`/`…ID` leaves shifted by the same amount, names suffixed;
 * JSON copies with their UUID tail, ip, dns and name derived from the id. Whole records compared.
 */
import { describe, expect, it } from 'vitest';
import { type DataRecord, type JsonRecord, xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import { cloneRecord, seedRecords } from '../../../../conformance/mock/dataset/seed-records.js';

const xmlOf = (r: DataRecord) => (r.kind === 'xml' ? r.xml : JSON.stringify(r.json));

describe('seedRecords', () => {
  const t = (id: number) => xmlRecord(id, `<T><ID>${id}</ID><name>t${id}</name></T>`);
  it('keeps the templates (sorted) and cycles copies above the largest id', () => {
    const out = seedRecords([t(5), t(2)], 5, 'ID');
    expect(out.map((r) => [r.id, xmlOf(r)])).toEqual([
      [2, '<T><ID>2</ID><name>t2</name></T>'],
      [5, '<T><ID>5</ID><name>t5</name></T>'],
      [6, '<T><ID>6</ID><name>t2 6</name></T>'],
      [7, '<T><ID>7</ID><name>t5 7</name></T>'],
      [8, '<T><ID>8</ID><name>t2 8</name></T>'],
    ]);
  });
  it('cuts to n, and seeds nothing from no template', () => {
    expect(seedRecords([t(5), t(2), t(9)], 2, 'ID').map((r) => r.id)).toEqual([2, 5]);
    expect(seedRecords([t(5), t(2)], 2, 'ID').map((r) => r.id)).toEqual([2, 5]);
    expect(seedRecords([t(5)], 0, 'ID')).toEqual([]);
    expect(seedRecords([], 10, 'ID')).toEqual([]);
  });
});

describe('cloneRecord: XML', () => {
  it('shifts ids, suffixes names, leaves the rest', () => {
    const t = xmlRecord(
      10,
      '<H><ID>10</ID><hostId>100</hostId><HOST_ID>7</HOST_ID><QID>3</QID><Idx>4</Idx><fooId>abc</fooId>' +
        '<bigId>1234567890123456</bigId><name>a &amp; b</name><NAME></NAME><TITLE> T </TITLE><title>t</title>' +
        '<Name>n</Name><sub><ID>10</ID><name>x</name></sub><parentId>5<x/></parentId></H>',
    );
    const c = cloneRecord(t, 15, 'ID');
    expect(c.id).toBe(15);
    expect(xmlOf(c)).toBe(
      '<H><ID>15</ID><hostId>105</hostId><HOST_ID>12</HOST_ID><QID>8</QID><Idx>4</Idx><fooId>abc</fooId>' +
        '<bigId>1234567890123456</bigId><name>a &amp; b 15</name><NAME></NAME><TITLE>T 15</TITLE><title>t 15</title>' +
        '<Name>n</Name><sub><ID>10</ID><name>x</name></sub><parentId>5<x/></parentId></H>',
    );
  });
  it('keeps a reference id text up to its trailing number', () => {
    const t = xmlRecord(12, '<S><REF>scan/1700.12</REF><REF2>9</REF2></S>');
    expect(xmlOf(cloneRecord(t, 300, 'REF'))).toBe('<S><REF>scan/1700.300</REF><REF2>9</REF2></S>');
    expect(xmlOf(cloneRecord(xmlRecord(1, '<S><REF>abc</REF></S>'), 4, 'REF'))).toBe('<S><REF>abc4</REF></S>');
    expect(xmlOf(cloneRecord(xmlRecord(1, '<S><REF>123</REF></S>'), 4, 'REF'))).toBe('<S><REF>4</REF></S>');
    expect(xmlOf(cloneRecord(xmlRecord(1, '<S><REF> a9 </REF></S>'), 4, 'REF'))).toBe('<S><REF>a4</REF></S>');
  });
  it('shifts down as well as up, and leaves the template alone', () => {
    const t = xmlRecord(50, '<H><id>50</id><parentId>60</parentId></H>');
    expect(xmlOf(cloneRecord(t, 45, 'id'))).toBe('<H><id>45</id><parentId>55</parentId></H>');
    expect(t.xml).toBe('<H><id>50</id><parentId>60</parentId></H>');
  });
});

describe('cloneRecord: what a copy leaves alone', () => {
  it('suffixes a NAME with text; leaves numbers whose key only contains Id, and long strings other than assetUUID', () => {
    expect(xmlOf(cloneRecord(xmlRecord(1, '<H><ID>1</ID><NAME>n</NAME></H>'), 2, 'ID'))).toBe(
      '<H><ID>2</ID><NAME>n 2</NAME></H>',
    );
    const t: JsonRecord = {
      kind: 'json',
      id: 1,
      json: { assetId: 1, Identifier: 5, description: 'a description of many characters' },
    };
    expect(cloneRecord(t, 2, 'assetId')).toEqual({
      kind: 'json',
      id: 2,
      json: { assetId: 2, Identifier: 5, description: 'a description of many characters' },
    });
  });
});

describe('cloneRecord: JSON', () => {
  const t: JsonRecord = {
    kind: 'json',
    id: 100,
    json: {
      assetId: 100,
      hostId: 7,
      agentId: '7',
      assetUUID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      ip: '1.2.3.4',
      dns: 'x.example',
      name: 'web',
      other: 'o',
      nested: { assetId: 1 },
    },
  };
  it('derives the copy fields from the id', () => {
    const c = cloneRecord(t, 0x10203, 'assetId');
    expect(c).toEqual({
      kind: 'json',
      id: 66051,
      json: {
        assetId: 66051,
        hostId: 7 + 66051 - 100,
        agentId: '7',
        assetUUID: 'aaaaaaaa-bbbb-cccc-dddd-000000010203',
        ip: '10.1.2.3',
        dns: 'host-66051.example.com',
        name: 'web 66051',
        other: 'o',
        nested: { assetId: 1 },
      },
    });
    expect(t.json.assetId).toBe(100);
  });
  it('leaves short UUIDs and non-string fields alone; takes ip bytes modulo 256', () => {
    const s: JsonRecord = { kind: 'json', id: 1, json: { assetUUID: 'abcdefghijk', ip: 5, dns: 6, name: 7 } };
    expect(cloneRecord(s, 2, '#')).toEqual({
      kind: 'json',
      id: 2,
      json: { assetUUID: 'abcdefghijk', ip: 5, dns: 6, name: 7 },
    });
    const u: JsonRecord = { kind: 'json', id: 1, json: { assetUUID: 'abcdefghijkl', ip: '' } };
    expect(cloneRecord(u, 0x1ffffff, '#')).toEqual({
      kind: 'json',
      id: 0x1ffffff,
      json: { assetUUID: '000001ffffff', ip: '10.255.255.255' },
    });
    expect((cloneRecord(u, 0x1234567890abcd, '#') as JsonRecord).json.assetUUID).toBe('34567890abcd');
  });
});
