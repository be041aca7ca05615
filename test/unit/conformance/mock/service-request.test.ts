/**
 * The QPS ServiceRequest reader (dataset/service-request.ts), whole results: Criteria from every
 * `<filters>` (trimmed field, operator normalised, `<value>` child first), the bare `<filters>`
 * root, preferences (positive 1..15-digit integers, verbose), the `<data>` record, and each
 * refusal message with its bound (100 criteria, depth 32, 10 000 elements).
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_CRITERIA,
  OPERATORS,
  readServiceRequest,
  ServiceRequestError,
} from '../../../../conformance/mock/dataset/service-request.js';

const sr = (inner: string) => `<ServiceRequest>${inner}</ServiceRequest>`;
const crit = (attrs: string, text = 'v') => `<Criteria ${attrs}>${text}</Criteria>`;
const refused = (body: string, message: string) =>
  expect(() => readServiceRequest(body)).toThrow(new ServiceRequestError(message));

describe('readServiceRequest: criteria', () => {
  it('reads Criteria only inside filters, not inside preferences or data', () => {
    const body = sr(
      `<preferences>${crit('field="a" operator="EQUALS"')}</preferences><data>${crit('field="b" operator="EQUALS"')}</data>`,
    );
    expect(readServiceRequest(body).criteria).toEqual([]);
  });
  it('an empty body is a request with no criteria', () => {
    expect(readServiceRequest('')).toEqual({ criteria: [] });
    expect(readServiceRequest(' \n ')).toEqual({ criteria: [] });
    expect(readServiceRequest(sr(''))).toEqual({ criteria: [] });
  });
  it('reads every filters element, in order, skipping other children', () => {
    const body = sr(
      `<filters>${crit('field=" name " operator="contains"', ' a ')}<Other/>${crit('field="x" operator=" not \t equals "', '<value> 1 </value>')}</filters>` +
        `${crit('field="skipped" operator="EQUALS"')}<filters>${crit('field="id" operator="In"', '1,2')}</filters>`,
    );
    expect(readServiceRequest(body)).toEqual({
      criteria: [
        { field: 'name', operator: 'CONTAINS', value: 'a' },
        { field: 'x', operator: 'NOT EQUALS', value: '1' },
        { field: 'id', operator: 'IN', value: '1,2' },
      ],
    });
  });
  it('reads a bare filters root', () => {
    expect(readServiceRequest(`<filters>${crit('field="a" operator="NONE"', '')}</filters>`)).toEqual({
      criteria: [{ field: 'a', operator: 'NONE', value: '' }],
    });
  });
  it.each(OPERATORS)('accepts %s', (op) => {
    expect(readServiceRequest(sr(`<filters>${crit(`field="f" operator="${op}"`)}</filters>`)).criteria).toEqual([
      { field: 'f', operator: op, value: 'v' },
    ]);
  });
  it('takes 100 criteria, not 101', () => {
    expect(MAX_CRITERIA).toBe(100);
    const many = (n: number) => sr(`<filters>${crit('field="a" operator="EQUALS"').repeat(n)}</filters>`);
    expect(readServiceRequest(many(100)).criteria.length).toBe(100);
    refused(many(101), 'Too many criteria (at most 100)');
    const split = sr(`<filters>${crit('field="a" operator="EQUALS"').repeat(60)}</filters>`.repeat(2));
    refused(split, 'Too many criteria (at most 100)');
  });
  it.each([
    [crit('operator="EQUALS"'), 'Criteria without a field'],
    [crit('field="  " operator="EQUALS"'), 'Criteria without a field'],
    [crit('field="a"'), "Criteria: unsupported operator '' for 'a'"],
    [crit('field="a" operator="LIKE"'), "Criteria: unsupported operator 'LIKE' for 'a'"],
    [crit('field="a" operator="NOTEQUALS"'), "Criteria: unsupported operator 'NOTEQUALS' for 'a'"],
    [crit('field="a" operator="  "'), "Criteria: unsupported operator '  ' for 'a'"],
  ])('refuses %j', (c, message) => {
    refused(sr(`<filters>${c}</filters>`), message);
  });
});

describe('readServiceRequest: refusals of the whole body', () => {
  it.each([
    ['<Nope/>', 'Expected <ServiceRequest>, got <Nope>'],
    ['<ServiceRequest>', 'Malformed ServiceRequest: unclosed element <ServiceRequest>'],
    ['<a/><b/>', 'Malformed ServiceRequest: more than one root element'],
  ])('%j', (body, message) => {
    refused(body, message);
  });
  it('bounds depth at 32 and elements at 10 000', () => {
    const deep = (d: number) => sr('<e>'.repeat(d - 1) + '</e>'.repeat(d - 1));
    expect(readServiceRequest(deep(32))).toEqual({ criteria: [] });
    refused(deep(33), 'Malformed ServiceRequest: deeper than 32 elements');
    const wide = (n: number) => sr('<e/>'.repeat(n - 1));
    expect(readServiceRequest(wide(10_000))).toEqual({ criteria: [] });
    refused(wide(10_001), 'Malformed ServiceRequest: more than 10000 elements');
  });
});

const prefs = (p: string) => sr(`<preferences>${p}</preferences>`);

describe('readServiceRequest: preferences and data', () => {
  it('reads the preferences', () => {
    expect(
      readServiceRequest(
        prefs(
          '<startFromOffset> 11 </startFromOffset><startFromId>7</startFromId><limitResults>999999999999999</limitResults><verbose>true</verbose>',
        ),
      ),
    ).toEqual({ criteria: [], startFromOffset: 11, startFromId: 7, limitResults: 999_999_999_999_999, verbose: true });
    expect(readServiceRequest(prefs('<verbose>TRUE</verbose>'))).toEqual({ criteria: [], verbose: false });
    expect(readServiceRequest(prefs('<limitResults>1</limitResults>'))).toEqual({ criteria: [], limitResults: 1 });
    expect(readServiceRequest(prefs(''))).toEqual({ criteria: [] });
  });
  it.each([
    ['startFromOffset', '0'],
    ['startFromId', '-1'],
    ['limitResults', '1.5'],
    ['limitResults', '1000000000000000'],
    ['limitResults', ''],
    ['startFromOffset', 'x'.repeat(60)],
  ])('refuses %s %j', (name, raw) => {
    refused(
      prefs(`<${name}>${raw}</${name}>`),
      `Preferences: ${name} must be a positive integer, got '${raw.slice(0, 40)}'`,
    );
  });
  it('reads the data record with the source it came from', () => {
    const body = sr('<data>text<Tag><name>n</name></Tag><Second/></data>');
    const r = readServiceRequest(body);
    expect(r.data?.node.name).toBe('Tag');
    expect(r.data?.source).toBe(body);
    expect(body.slice(r.data!.node.start, r.data!.node.end)).toBe('<Tag><name>n</name></Tag>');
    expect(readServiceRequest(sr('<data/>'))).toEqual({ criteria: [] });
    expect(readServiceRequest(sr('<data>only text</data>'))).toEqual({ criteria: [] });
  });
  it('reads preferences under a bare filters root too', () => {
    expect(readServiceRequest('<filters><preferences><limitResults>3</limitResults></preferences></filters>')).toEqual({
      criteria: [],
      limitResults: 3,
    });
  });
});
