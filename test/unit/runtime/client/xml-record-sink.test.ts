/**
 * xmlRecordSink, exact results: records and envelope of a valid page, the expected-root option,
 * the result without a root key when no root element was read, the live errorCount/stopped
 * getters, and the error naming the sink when the record path is empty.
 */
import { describe, expect, it } from 'vitest';
import { schemaRegistry } from '../../../../generated/schema-registry.js';
import { xmlRecordSink } from '../../../../runtime/client/xml-record-sink.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';

const entry = schemaRegistry['was/schemas/finding.xsd'];
if (entry === undefined || entry.format === 'json-schema') throw new Error('finding.xsd missing from the registry');
const model: XmlSchemaModel = entry.model;
const recordPath = ['ServiceResponse', 'data', 'Finding'];
const page =
  '<ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count><data><Finding><id>7</id></Finding></data></ServiceResponse>';

describe('xmlRecordSink', () => {
  it('hands out records and returns the envelope and root of a valid page', () => {
    const records: unknown[] = [];
    const sink = xmlRecordSink(model, { recordPath }, (r) => records.push(r));
    sink.write(page);
    expect([sink.errorCount, sink.stopped]).toEqual([0, false]);
    expect(sink.end()).toStrictEqual({
      valid: true,
      errors: [],
      root: 'ServiceResponse',
      envelope: { responseCode: 'SUCCESS', count: 1, data: {} },
    });
    expect(records).toEqual([{ id: '7' }]);
  });

  it('the expected root is passed on: the same page with the right root is valid, with another it is not', () => {
    const right = xmlRecordSink(model, { root: 'ServiceResponse', recordPath }, () => {});
    right.write(page);
    expect(right.end().valid).toBe(true);
    const wrong = xmlRecordSink(model, { root: 'Other', recordPath }, () => {});
    wrong.write(page);
    expect(wrong.errorCount).toBe(1);
    const result = wrong.end();
    expect(result.valid).toBe(false);
    expect(result.root).toBe('ServiceResponse');
    expect(result.errors.map((e) => [e.code, e.message])).toEqual([
      ['WrongRoot', 'root element <ServiceResponse> is not <Other>'],
    ]);
  });

  it('no root element read: no root key, and the sink says it stopped', () => {
    const sink = xmlRecordSink(model, { recordPath }, () => {});
    sink.write('<<<');
    expect([sink.errorCount, sink.stopped]).toEqual([1, true]);
    const result = sink.end();
    expect(Object.keys(result).sort()).toEqual(['envelope', 'errors', 'valid']);
    expect(result.valid).toBe(false);
  });

  it('an empty record path is refused, naming the sink', () => {
    expect(() => xmlRecordSink(model, { recordPath: [] }, () => {})).toThrow(
      new Error('xmlRecordSink: recordPath must name at least the root'),
    );
  });
});
