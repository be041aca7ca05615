/**
 * The mock's generic paging (mock-paging.ts) as plain functions: the cursor each API family
 * sends back (QPS `id GREATER`, FO `id_min`, CSAM `lastSeenAssetId`), the bounded Criteria scan,
 * the page number of a cursor (stride 1000), and each style's page body: the QPS marker after
 * `count` (never "more" for count 0), the FO WARNING 1980 before the last `</RESPONSE>`, the
 * CSAM `hasMore`/`lastSeenAssetId` and its empty page past the end. Whole outputs are compared.
 */
import { describe, expect, it } from 'vitest';
import {
  criteriaIdGreater,
  PAGE_STRIDE,
  pageBody,
  pageOf,
  requestCursor,
} from '../../../../conformance/mock/mock-paging.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

const ep = (style: string) => ({ id: 'x', pagination: { style } }) as unknown as IrEndpoint;
const QPS = ep('qps-last-id');
const FO = ep('fo-truncation');
const CSAM = ep('csam-last-seen');
const crit = (v: string) =>
  `<ServiceRequest><filters><Criteria field="id" operator="GREATER">${v}</Criteria></filters>`;

describe('requestCursor', () => {
  it.each([
    [QPS, '', crit('2000'), 2000],
    [QPS, '', crit('x'), undefined],
    [QPS, 'id_min=5', '', undefined],
    [FO, 'id_min=3000', crit('7'), 3000],
    [FO, 'id_min=0', '', 0],
    [FO, 'id_min=12a', '', undefined],
    [FO, 'id_min=a12', '', undefined],
    [FO, 'id_min=', '', undefined],
    [FO, 'lastSeenAssetId=4', '', undefined],
    [CSAM, 'lastSeenAssetId=1000', '', 1000],
    [CSAM, 'id_min=1000', '', undefined],
    [CSAM, 'lastSeenAssetId=-1', '', undefined],
    [ep('offset-limit'), 'id_min=1&lastSeenAssetId=2', crit('3'), undefined],
    [ep('none'), 'id_min=1', '', undefined],
  ])('%# → %s', (endpoint, query, body, want) => {
    expect(requestCursor(endpoint, new URLSearchParams(query), body)).toBe(want);
  });
});

describe('criteriaIdGreater', () => {
  it.each([
    ['the plain form', '<Criteria field="id" operator="GREATER">1000</Criteria>', '1000'],
    ['spaces around the value', '<Criteria field="id" operator="GREATER">  42 \n</Criteria>', '42'],
    ['tab between attributes', '<Criteria\tfield="id"\t\toperator="GREATER"\t>7</Criteria>', '7'],
    ['newline after the name', '<Criteria\nfield="id" operator="GREATER">8</Criteria>', '8'],
    ['CR after the name', '<Criteria\rfield="id" operator="GREATER">9</Criteria>', '9'],
    [
      'another field first',
      '<Criteria field="name" operator="EQUALS">a</Criteria><Criteria field="id" operator="GREATER">5</Criteria>',
      '5',
    ],
    ['another operator', '<Criteria field="id" operator="LESSER">5</Criteria>', undefined],
    ['attributes swapped', '<Criteria operator="GREATER" field="id">5</Criteria>', undefined],
    ['a longer tag name', '<CriteriaX field="id" operator="GREATER">5</CriteriaX>', undefined],
    ['a tag with no attributes', '<Criteria>5</Criteria>', undefined],
    ['a value that is no number, then one that is', crit('abc') + crit('11'), '11'],
    ['a negative value', crit('-3'), undefined],
    ['an empty value', crit(''), undefined],
    ['no > after the tag', '<Criteria field="id" operator="GREATER"', undefined],
    ['no < after the value', '<Criteria field="id" operator="GREATER">5', undefined],
    ['no < after a longer value', '<Criteria field="id" operator="GREATER">55', undefined],
    ['digits then more', crit('12a'), undefined],
    ['two tag starts before one >', '<Criteria<Criteria field="id" operator="GREATER">6</Criteria>', '6'],
    ['no Criteria at all', '<ServiceRequest/>', undefined],
  ])('%s', (_name, body, want) => {
    expect(criteriaIdGreater(body)).toBe(want);
  });

  it('reads attributes up to 1024 characters from the tag start, no further', () => {
    const at = (spaces: number) => `<Criteria${' '.repeat(spaces)}field="id" operator="GREATER">5</Criteria>`;
    // '<Criteria' (9) + spaces + the 29 attribute characters: '>' at 1024 is read, at 1025 skipped.
    expect(criteriaIdGreater(at(986))).toBe('5');
    expect(criteriaIdGreater(at(987))).toBeUndefined();
    expect(criteriaIdGreater(at(987) + crit('6'))).toBe('6');
  });
});

describe('pageOf', () => {
  it.each([
    [undefined, 1],
    [0, 1],
    [999, 1],
    [1000, 2],
    [1999, 2],
    [2000, 3],
  ])('%s → %i', (cursor, page) => {
    expect(pageOf(cursor)).toBe(page);
  });
  it('uses a stride of 1000', () => {
    expect(PAGE_STRIDE).toBe(1000);
  });
});

const url = (c: number) => `http://m/next?id_min=${c}`;

describe('pageBody: qps-last-id', () => {
  const body = (count: string) =>
    `<ServiceResponse><responseCode>SUCCESS</responseCode><count>${count}</count><data/></ServiceResponse>`;
  it.each([
    [1, 2, '3', '<count>3</count><hasMoreRecords>true</hasMoreRecords><lastId>1000</lastId><data/>'],
    [2, 3, '3', '<count>3</count><hasMoreRecords>true</hasMoreRecords><lastId>2000</lastId><data/>'],
    [2, 2, '3', '<count>3</count><hasMoreRecords>false</hasMoreRecords><data/>'],
    [3, 2, '3', '<count>3</count><hasMoreRecords>false</hasMoreRecords><data/>'],
    [1, 2, '0', '<count>0</count><hasMoreRecords>false</hasMoreRecords><data/>'],
    [1, 2, '10', '<count>10</count><hasMoreRecords>true</hasMoreRecords><lastId>1000</lastId><data/>'],
  ])('page %i of %i, count %s', (page, pages, count, tail) => {
    expect(pageBody(QPS, body(count), page, pages, url)).toEqual({
      body: `<ServiceResponse><responseCode>SUCCESS</responseCode>${tail}</ServiceResponse>`,
    });
  });

  it('replaces the marker a body already has (and the lastId after it, across whitespace)', () => {
    const b = '<r><count>2</count><hasMoreRecords>true</hasMoreRecords> \t\r\n<lastId>55</lastId><data/></r>';
    expect(pageBody(QPS, b, 2, 2, url)).toEqual({
      body: '<r><count>2</count><hasMoreRecords>false</hasMoreRecords><data/></r>',
    });
    const noLast = '<r><count>2</count><hasMoreRecords>false</hasMoreRecords><data/></r>';
    expect(pageBody(QPS, noLast, 1, 2, url)).toEqual({
      body: '<r><count>2</count><hasMoreRecords>true</hasMoreRecords><lastId>1000</lastId><data/></r>',
    });
  });

  it('removes the marker but keeps an unclosed lastId after it', () => {
    const b = '<r><count>2</count><hasMoreRecords>true</hasMoreRecords><lastId>5';
    expect(pageBody(QPS, b, 2, 2, url)?.body).toBe(
      '<r><count>2</count><hasMoreRecords>false</hasMoreRecords><lastId>5',
    );
  });

  it('keeps a marker it cannot read as one', () => {
    const open = '<r><count>1</count><hasMoreRecords>true<data/></r>';
    expect(pageBody(QPS, open, 2, 2, url)).toEqual({
      body: '<r><count>1</count><hasMoreRecords>false</hasMoreRecords><hasMoreRecords>true<data/></r>',
    });
    const nested = '<r><count>1</count><hasMoreRecords><x/></hasMoreRecords></r>';
    expect(pageBody(QPS, nested, 2, 2, url)?.body).toBe(
      '<r><count>1</count><hasMoreRecords>false</hasMoreRecords><hasMoreRecords><x/></hasMoreRecords></r>',
    );
    const badLast = '<r><count>1</count><hasMoreRecords>true</hasMoreRecords><lastId><x/></lastId></r>';
    expect(pageBody(QPS, badLast, 2, 2, url)?.body).toBe(
      '<r><count>1</count><hasMoreRecords>false</hasMoreRecords><lastId><x/></lastId></r>',
    );
    const openLast = '<r><count>1</count><hasMoreRecords>true</hasMoreRecords><lastId>5</r>';
    expect(pageBody(QPS, openLast, 2, 2, url)?.body).toBe(
      '<r><count>1</count><hasMoreRecords>false</hasMoreRecords><lastId>5</r>',
    );
    const farLast = '<r><count>1</count><hasMoreRecords>true</hasMoreRecords><x/><lastId>5</lastId></r>';
    expect(pageBody(QPS, farLast, 2, 2, url)?.body).toBe(
      '<r><count>1</count><hasMoreRecords>false</hasMoreRecords><x/><lastId>5</lastId></r>',
    );
  });

  it('puts the marker after the first </count>, else after </responseCode>, else gives up', () => {
    expect(pageBody(QPS, '<r><count>1</count><count>2</count></r>', 2, 2, url)?.body).toBe(
      '<r><count>1</count><hasMoreRecords>false</hasMoreRecords><count>2</count></r>',
    );
    expect(pageBody(QPS, '<r><responseCode>SUCCESS</responseCode></r>', 1, 2, url)).toEqual({
      body: '<r><responseCode>SUCCESS</responseCode><hasMoreRecords>true</hasMoreRecords><lastId>1000</lastId></r>',
    });
    expect(pageBody(QPS, '<r><data/></r>', 1, 2, url)).toBeUndefined();
  });
});

describe('pageBody: fo-truncation', () => {
  const body = '<X><RESPONSE><DATETIME>d</DATETIME><LIST/></RESPONSE></X>';
  it('adds WARNING 1980 with the next URL before </RESPONSE> while pages remain', () => {
    const seen: number[] = [];
    const out = pageBody(FO, body, 2, 3, (c) => {
      seen.push(c);
      return url(c);
    });
    expect(seen).toEqual([2000]);
    expect(out).toEqual({
      body:
        '<X><RESPONSE><DATETIME>d</DATETIME><LIST/><WARNING><CODE>1980</CODE>' +
        '<TEXT>1000 record limit exceeded. Use URL to get next batch of results.</TEXT>' +
        '<URL><![CDATA[http://m/next?id_min=2000]]></URL></WARNING></RESPONSE></X>',
    });
  });
  it('inserts before the last </RESPONSE>', () => {
    const two = '<X><RESPONSE></RESPONSE><RESPONSE></RESPONSE></X>';
    expect(pageBody(FO, two, 1, 2, url)?.body).toBe(
      '<X><RESPONSE></RESPONSE><RESPONSE><WARNING><CODE>1980</CODE><TEXT>1000 record limit exceeded. Use URL to get next batch of results.</TEXT><URL><![CDATA[http://m/next?id_min=1000]]></URL></WARNING></RESPONSE></X>',
    );
  });
  it('serves the last page (and any past it) unchanged', () => {
    expect(pageBody(FO, body, 2, 2, url)).toEqual({ body });
    expect(pageBody(FO, 'not xml', 3, 2, url)).toEqual({ body: 'not xml' });
  });
  it('gives up on a body with no RESPONSE or a WARNING of its own', () => {
    expect(pageBody(FO, '<X/>', 1, 2, url)).toBeUndefined();
    expect(pageBody(FO, '<X><RESPONSE><WARNING><CODE>1</CODE></WARNING></RESPONSE></X>', 1, 2, url)).toBeUndefined();
  });
});

describe('pageBody: csam-last-seen', () => {
  it('sets hasMore 1 and the cursor while pages remain', () => {
    expect(pageBody(CSAM, '{"count":1,"hasMore":0}', 1, 2, url)).toEqual({
      body: '{\n  "count": 1,\n  "hasMore": 1,\n  "lastSeenAssetId": 1000\n}\n',
    });
  });
  it('on the last page: hasMore 0 and the body own lastSeenAssetId, else the cursor', () => {
    expect(pageBody(CSAM, '{"lastSeenAssetId":77}', 2, 2, url)).toEqual({
      body: '{\n  "lastSeenAssetId": 77,\n  "hasMore": 0\n}\n',
    });
    expect(pageBody(CSAM, '{"a":true}', 3, 3, url)).toEqual({
      body: '{\n  "a": true,\n  "hasMore": 0,\n  "lastSeenAssetId": 3000\n}\n',
    });
  });
  it('answers an empty page past the last', () => {
    expect(pageBody(CSAM, '{}', 3, 2, url)).toEqual({ body: '', empty: true });
    expect(pageBody(CSAM, 'not json', 4, 3, url)).toEqual({ body: '', empty: true });
  });
  it.each([['not json'], ['null'], ['[1]'], ['5'], ['"s"']])('gives up on %s', (b) => {
    expect(pageBody(CSAM, b, 1, 2, url)).toBeUndefined();
  });
});

describe('pageBody: other styles', () => {
  it('offset-limit and none are not paged here', () => {
    expect(pageBody(ep('offset-limit'), '{}', 1, 2, url)).toBeUndefined();
    expect(pageBody(ep('none'), '<r><count>1</count></r>', 1, 2, url)).toBeUndefined();
  });
});
