/**
 * XML bodies from dataset records (dataset/render-xml.ts), whole: the QPS ServiceResponse (count
 * default and override, hasMoreRecords and lastId only when given, no data element when empty,
 * its schema location), reading an FO example into envelope and records (the WARNING left out,
 * indentation, records without a readable id skipped), FO record ids, and the FO body with its
 * WARNING 1980 (a `]]>` in the URL split across CDATA sections).
 */
import { describe, expect, it } from 'vitest';
import { xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import {
  foBody,
  foRecordId,
  qpsBody,
  qpsSchemaLocation,
  readFoExample,
} from '../../../../conformance/mock/dataset/render-xml.js';
import type { FoShape, QpsShape } from '../../../../conformance/mock/dataset/shapes.js';

const QPS: QpsShape = { kind: 'qps', key: 'was/webapp', version: '3.0', module: 'was', resource: 'webapp' };
const HOST: FoShape = {
  kind: 'fo',
  key: 'vm.host.list',
  listTag: 'HOST_LIST',
  recordTag: 'HOST',
  idTag: 'ID',
  kb: false,
};
const SCAN: FoShape = {
  kind: 'fo',
  key: 's',
  listTag: 'L',
  recordTag: 'S',
  idTag: 'REF',
  kb: true,
  reference: { pattern: /^scan\/\d{1,15}\.(\d{1,15})$/, param: 'scan_reference' },
};

describe('QPS bodies', () => {
  const HEAD = (loc: string) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${loc}">\n` +
    '  <responseCode>SUCCESS</responseCode>\n';
  it('names the schema under /qps/xsd/{version}/{module}/{resource}.xsd', () => {
    expect(qpsSchemaLocation('http://m:8', QPS)).toBe('http://m:8/qps/xsd/3.0/was/webapp.xsd');
  });
  it('writes records, hasMoreRecords and lastId', () => {
    const records = [xmlRecord(1, '<W><id>1</id></W>'), xmlRecord(2, '<W><id>2</id></W>')];
    expect(qpsBody('l', { records, hasMoreRecords: true, lastId: 2 })).toBe(
      `${HEAD('l')}  <count>2</count>\n  <hasMoreRecords>true</hasMoreRecords>\n  <lastId>2</lastId>\n` +
        '  <data>\n    <W><id>1</id></W>\n    <W><id>2</id></W>\n  </data>\n</ServiceResponse>\n',
    );
  });
  it('writes hasMoreRecords false and lastId 0 when given, nothing when not; a count override', () => {
    expect(qpsBody('a&b', { records: [], hasMoreRecords: false, lastId: 0 })).toBe(
      `${HEAD('a&amp;b')}  <count>0</count>\n  <hasMoreRecords>false</hasMoreRecords>\n  <lastId>0</lastId>\n</ServiceResponse>\n`,
    );
    expect(qpsBody('l', { records: [], count: 12 })).toBe(`${HEAD('l')}  <count>12</count>\n</ServiceResponse>\n`);
    expect(qpsBody('l', { records: [xmlRecord(1, '<W/>')], count: 0 })).toBe(
      `${HEAD('l')}  <count>0</count>\n  <data>\n    <W/>\n  </data>\n</ServiceResponse>\n`,
    );
  });
});

const EXAMPLE =
  '<?xml version="1.0"?>\n<OUT>\n  <RESPONSE>\n    <DATETIME>d</DATETIME>\n    <HOST_LIST>\n' +
  '      <HOST><ID>5</ID><IP>1</IP></HOST>\n      <HOST><IP>2</IP></HOST>\n      <OTHER><ID>6</ID></OTHER>\n' +
  '      <HOST><ID> 7 </ID></HOST>\n      <HOST><ID>x8</ID></HOST>\n    </HOST_LIST>\n' +
  '    <WARNING><CODE>1980</CODE></WARNING>\n  </RESPONSE>\n</OUT>\n';

describe('readFoExample', () => {
  it('splits an example into envelope and records, the WARNING left out', () => {
    expect(readFoExample(EXAMPLE, HOST)).toEqual({
      envelope: {
        prefix: '<?xml version="1.0"?>\n<OUT>\n  <RESPONSE>\n    <DATETIME>d</DATETIME>',
        suffix: '\n  </RESPONSE>\n</OUT>\n',
        indent: '    ',
      },
      records: [
        { id: 5, xml: '<HOST><ID>5</ID><IP>1</IP></HOST>' },
        { id: 7, xml: '<HOST><ID> 7 </ID></HOST>' },
      ],
    });
  });
  it('keeps a WARNING before the list, and no indent after text on the line', () => {
    const body = '<OUT><RESPONSE><WARNING>w</WARNING> <HOST_LIST><HOST><ID>1</ID></HOST></HOST_LIST> </RESPONSE></OUT>';
    expect(readFoExample(body, HOST)).toEqual({
      envelope: { prefix: '<OUT><RESPONSE><WARNING>w</WARNING>', suffix: ' </RESPONSE></OUT>', indent: '' },
      records: [{ id: 1, xml: '<HOST><ID>1</ID></HOST>' }],
    });
  });
  it('takes a tab indent', () => {
    expect(readFoExample('<O><RESPONSE>\n\t<HOST_LIST/>\n</RESPONSE></O>', HOST)?.envelope).toEqual({
      prefix: '<O><RESPONSE>',
      suffix: '\n</RESPONSE></O>',
      indent: '\t',
    });
  });
  it.each([
    ['<O>'],
    ['<O><HOST_LIST/></O>'],
    ['<O><RESPONSE><VULN_LIST/></RESPONSE></O>'],
    ['<O/><RESPONSE><HOST_LIST/></RESPONSE>'],
  ])('%j has no list', (body) => {
    expect(readFoExample(body, HOST)).toBeUndefined();
  });
  it('reads scan references', () => {
    const body = '<O><RESPONSE><L><S><REF>scan/17.20</REF></S><S><REF>20</REF></S></L></RESPONSE></O>';
    expect(readFoExample(body, SCAN)?.records).toEqual([{ id: 20, xml: '<S><REF>scan/17.20</REF></S>' }]);
  });
});

describe('foRecordId', () => {
  it.each([
    [HOST, '12', 12],
    [HOST, '012', 12],
    [HOST, '', undefined],
    [HOST, '1a', undefined],
    [HOST, '999999999999999', 999_999_999_999_999],
    [HOST, '1000000000000000', undefined],
    [SCAN, 'scan/1.7', 7],
    [SCAN, '7', undefined],
  ])('%# %j → %s', (shape, text, id) => {
    expect(foRecordId(shape, text)).toBe(id);
  });
});

describe('foBody', () => {
  const env = { prefix: '<O><R>', suffix: '\n</R></O>', indent: '  ' };
  const recs = [xmlRecord(1, '<HOST>1</HOST>'), xmlRecord(2, '<HOST>2</HOST>')];
  it('writes the list and the WARNING, indented', () => {
    expect(foBody(env, HOST, recs, { limit: 2, url: 'http://m/x?a=1&b=]]>' })).toBe(
      '<O><R>\n  <HOST_LIST>\n    <HOST>1</HOST>\n    <HOST>2</HOST>\n  </HOST_LIST>' +
        '\n  <WARNING>\n    <CODE>1980</CODE>\n    <TEXT>2 record limit exceeded. Use URL to get next batch of results.</TEXT>' +
        '\n    <URL><![CDATA[http://m/x?a=1&b=]]]]><![CDATA[>]]></URL>\n  </WARNING>\n</R></O>',
    );
  });
  it('writes no list for no record, and starts a suffix on a new line', () => {
    expect(foBody({ prefix: 'P', suffix: '  S', indent: '' }, HOST, [])).toBe('P\nS');
    expect(foBody({ prefix: 'P', suffix: '', indent: '' }, HOST, recs)).toBe(
      'P\n<HOST_LIST>\n  <HOST>1</HOST>\n  <HOST>2</HOST>\n</HOST_LIST>\n',
    );
  });
});
