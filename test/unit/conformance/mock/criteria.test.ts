/**
 * QPS Criteria against dataset records (dataset/criteria.ts): each operator on records with
 * one, several and no values for the field; `id` as the record's id; all criteria ANDed; the
 * comma lists of IN/NONE (trimmed, empty items dropped); and `compare` in its three modes
 * (numbers, ISO instants with offsets, case-blind strings) with the inputs that fall between.
 */
import { describe, expect, it } from 'vitest';
import { compare, matches, matchesAll, splitList } from '../../../../conformance/mock/dataset/criteria.js';
import { type DataRecord, xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import type { Criterion, Operator } from '../../../../conformance/mock/dataset/service-request.js';

const HOST = xmlRecord(
  42,
  '<H><id>7</id><name>Web Server</name><n>5</n><n>20</n><when>2024-01-15T10:00:00+02:00</when></H>',
);
const JSON_REC: DataRecord = { kind: 'json', id: 3, json: { os: ['Linux', 'BSD'], size: 10 } };
const c = (field: string, operator: Operator, value: string): Criterion => ({ field, operator, value });

describe('matches', () => {
  it.each([
    ['id', 'EQUALS', '42', true],
    ['id', 'EQUALS', '7', false],
    ['id', 'GREATER', '41', true],
    ['id', 'GREATER', '42', false],
    ['id', 'LESSER', '43', true],
    ['id', 'LESSER', '42', false],
    ['name', 'EQUALS', 'WEB SERVER', true],
    ['name', 'EQUALS', 'Web', false],
    ['name', 'NOT EQUALS', 'web server', false],
    ['name', 'NOT EQUALS', 'Web', true],
    ['n', 'EQUALS', '20', true],
    ['n', 'EQUALS', '020', true],
    ['n', 'NOT EQUALS', '5', false],
    ['n', 'GREATER', '19', true],
    ['n', 'GREATER', '20', false],
    ['n', 'LESSER', '6', true],
    ['n', 'LESSER', '5', false],
    ['n', 'IN', '1, 20 ,3', true],
    ['n', 'IN', '1,3', false],
    ['n', 'IN', '', false],
    ['n', 'NONE', '1,3', true],
    ['n', 'NONE', '3,5', false],
    ['n', 'NONE', '', true],
    ['name', 'CONTAINS', 'b SER', true],
    ['name', 'CONTAINS', 'server2', false],
    ['n', 'CONTAINS', '0', true],
    ['when', 'GREATER', '2024-01-15T07:59:59Z', true],
    ['when', 'GREATER', '2024-01-15T08:00:00Z', false],
    ['when', 'LESSER', '2024-01-15T09:00:00Z', true],
    ['missing', 'EQUALS', 'x', false],
    ['missing', 'NOT EQUALS', 'x', true],
    ['missing', 'GREATER', '0', false],
    ['missing', 'LESSER', 'z', false],
    ['missing', 'IN', 'x', false],
    ['missing', 'NONE', 'x', true],
    ['missing', 'CONTAINS', '', false],
  ] as const)('%s %s %j → %s', (field, op, value, want) => {
    expect(matches(HOST, c(field, op, value))).toBe(want);
  });

  it('reads JSON records (lists, numbers, the id)', () => {
    expect(matches(JSON_REC, c('os', 'EQUALS', 'bsd'))).toBe(true);
    expect(matches(JSON_REC, c('os', 'NOT EQUALS', 'linux'))).toBe(false);
    expect(matches(JSON_REC, c('size', 'GREATER', '9.5'))).toBe(true);
    expect(matches(JSON_REC, c('id', 'EQUALS', '3'))).toBe(true);
  });
});

describe('matchesAll', () => {
  it('ANDs the criteria; none matches every record', () => {
    expect(matchesAll(HOST, [])).toBe(true);
    expect(matchesAll(HOST, [c('id', 'EQUALS', '42'), c('n', 'EQUALS', '5')])).toBe(true);
    expect(matchesAll(HOST, [c('id', 'EQUALS', '42'), c('n', 'EQUALS', '6')])).toBe(false);
    expect(matchesAll(HOST, [c('id', 'EQUALS', '41'), c('n', 'EQUALS', '5')])).toBe(false);
  });
});

describe('splitList', () => {
  it('trims items and drops empty ones', () => {
    expect(splitList(' a, ,b ,,c')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });
});

describe('compare', () => {
  it.each([
    ['9', '10', -1],
    ['10', '9', 1],
    ['-1', '1', -1],
    ['1.5', '1.50', 0],
    ['-1', '-1', 0],
    ['10', 'a', -1],
    ['1.', '1', 1],
    ['+1', '1', -1],
    ['.5', '0.5', -1],
    ['2024-01-02', '2024-01-10', -1],
    ['2024-01-15T10:00:00+02:00', '2024-01-15T09:00:00Z', -1],
    ['2024-01-15T10:00:00.500Z', '2024-01-15T10:00:00.25Z', 1],
    ['2024-01-15T10:00Z', '2024-01-15T10:00:00Z', 0],
    // Time order against text order: each needs the part of the date pattern it names.
    ['2024-01-15T10:00:00.123+02:00', '2024-01-15T09:00:00.000Z', -1], // fractions of several digits
    ['2024-01-15T10:00:00+0200', '2024-01-15T09:00:00Z', -1], // an offset without a colon
    ['2024-01-02 10:00', '2024-01-02T09:00', 1], // no offset, a space for the T
    ['2024-01-02', '2024-01-01T23:00:00-05:00', -1], // a date alone
    // Only a whole value is a date (Date.parse would read both of these): compared as text.
    ['Tue 2024-01-02', '2024-01-03', 1],
    ['2024-01-02 junk', '2024-03-01', -1],
    ['2024-13-45', '2024-01-01', 1],
    ['2024-01-01', '2024-13-45', -1],
    ['2024-01-01x', '2024-01-01', 1],
    ['2024-01-15', 'Jan 1 2000', -1],
    ['ABC', 'abc', 0],
    ['a', 'B', -1],
    ['B', 'a', 1],
    ['', '', 0],
  ])('compare(%j, %j) = %i', (a, b, want) => {
    expect(compare(a, b)).toBe(want);
  });
});
