/**
 * `streamRecords`: records are yielded one by one as they close (proved with a source that
 * throws if it is read past the first record before the consumer took it), arrays stay arrays,
 * invalid records are held back while the verdict reports them, and the generator's return value
 * is the whole document's verdict, equal to `validateXml`'s.
 */
import { describe, expect, it } from 'vitest';
import { type StreamRecordsResult, streamRecords } from '../../../../runtime/xml/stream-records.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { kbDtdModel } from '../../../fixtures/runtime-xml/kb-dtd-model.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { asyncChunks } from './verdict-helper.js';

const finding = (qid: number) =>
  `<Finding><id>${qid}</id><qid>${qid}</qid><name>n${qid}</name><severity>1</severity>` +
  `<firstDetectedDate>2024-01-01T00:00:00Z</firstDetectedDate><url>u</url><ports><port>${qid}</port></ports></Finding>`;
const head = '<ServiceResponse><responseCode>SUCCESS</responseCode><data>';
const tail = '</data></ServiceResponse>';
const recordPath = ['ServiceResponse', 'data', 'Finding'];

async function drain<T>(
  gen: AsyncGenerator<T, StreamRecordsResult>,
): Promise<{ records: T[]; result: StreamRecordsResult }> {
  const records: T[] = [];
  for (;;) {
    const step = await gen.next();
    if (step.done) return { records, result: step.value };
    records.push(step.value);
  }
}

describe('streamRecords', () => {
  it('yields each record before the rest of the input is read', async () => {
    const taken: number[] = [];
    let consumerHas = 0;
    async function* source() {
      yield head;
      for (let i = 1; i <= 3; i++) {
        // The consumer must have received record i-1 before record i is even produced.
        if (consumerHas !== i - 1)
          throw new Error(`source read too far ahead: record ${i} before ${i - 1} was consumed`);
        yield finding(i);
      }
      yield tail;
    }
    const gen = streamRecords<{ qid: number }>(source(), serviceResponseModel, { recordPath });
    for (;;) {
      const step = await gen.next();
      if (step.done) {
        expect(step.value.valid).toBe(true);
        break;
      }
      taken.push(step.value.qid);
      consumerHas++;
    }
    expect(taken).toEqual([1, 2, 3]);
  });

  it('record shapes: arrays stay arrays with one element', async () => {
    const { records } = await drain(
      streamRecords(asyncChunks(head + finding(5) + tail, 7), serviceResponseModel, { recordPath }),
    );
    expect(records).toEqual([
      {
        status: 'ACTIVE',
        id: '5',
        qid: 5,
        name: 'n5',
        severity: 1,
        firstDetectedDate: '2024-01-01T00:00:00Z',
        url: 'u',
        ports: { port: [5] },
      },
    ]);
  });

  it('holds back an invalid record, reports it, and keeps going', async () => {
    const xml = head + finding(1) + finding(2).replace('<severity>1', '<severity>9') + finding(3) + tail;
    const { records, result } = await drain(
      streamRecords<{ qid: number }>(asyncChunks(xml, 7), serviceResponseModel, { recordPath }),
    );
    expect(records.map((r) => r.qid)).toEqual([1, 3]);
    expect(result).toEqual(validateXml(xml, serviceResponseModel));
    expect(result.errors.map((e) => e.location.path)).toEqual(['/ServiceResponse/data/Finding[2]/severity']);
  });

  it('works with bytes and a DTD-style path', async () => {
    const vuln = (q: number) =>
      `<VULN ref="v${q}"><QID>${q}</QID><VULN_TYPE>t</VULN_TYPE><SEVERITY_LEVEL>1</SEVERITY_LEVEL><TITLE>é</TITLE></VULN>`;
    const xml = `<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><DATETIME>d</DATETIME><VULN_LIST>${vuln(1)}${vuln(2)}</VULN_LIST></RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>`;
    const { records, result } = await drain(
      streamRecords(asyncChunks(new TextEncoder().encode(xml), 5), kbDtdModel, {
        recordPath: ['KNOWLEDGE_BASE_VULN_LIST_OUTPUT', 'RESPONSE', 'VULN_LIST', 'VULN'],
      }),
    );
    expect(result.valid).toBe(true);
    expect(records).toEqual([
      { ref: 'v1', QID: '1', VULN_TYPE: 't', SEVERITY_LEVEL: '1', TITLE: 'é' },
      { ref: 'v2', QID: '2', VULN_TYPE: 't', SEVERITY_LEVEL: '1', TITLE: 'é' },
    ]);
  });

  it('stops reading the source after a fatal error', async () => {
    let pulled = 0;
    function* source() {
      pulled++;
      yield `${head}${finding(1)}<Finding><id>1</id>`;
      pulled++;
      yield '</oops>';
      for (;;) {
        pulled++;
        yield finding(2);
        if (pulled > 100) throw new Error('kept reading after the verdict');
      }
    }
    const { records, result } = await drain(streamRecords(source(), serviceResponseModel, { recordPath }));
    expect(records).toHaveLength(1);
    expect(result.errors.map((e) => e.code)).toEqual(['XmlSyntax']);
    expect(pulled).toBe(2);
  });

  it('with envelope: true returns the document without its records (for paging), records still streamed', async () => {
    const xml = `<ServiceResponse><responseCode>SUCCESS</responseCode><count>2</count><hasMoreRecords>true</hasMoreRecords><data>${finding(1)}${finding(2)}</data></ServiceResponse>`;
    const { records, result } = await drain(
      streamRecords<{ qid: number }>(asyncChunks(xml, 9), serviceResponseModel, { recordPath, envelope: true }),
    );
    expect(records.map((r) => r.qid)).toEqual([1, 2]);
    expect(result.valid).toBe(true);
    expect(result.envelope).toEqual({ responseCode: 'SUCCESS', count: 2, hasMoreRecords: true, data: {} });
    const without = await drain(streamRecords(asyncChunks(xml, 9), serviceResponseModel, { recordPath }));
    expect(without.result).not.toHaveProperty('envelope');
    const invalid = await drain(
      streamRecords(asyncChunks(xml.replace('<count>2', '<count>x'), 9), serviceResponseModel, {
        recordPath,
        envelope: true,
      }),
    );
    expect(invalid.result.valid).toBe(false);
    expect(invalid.result).not.toHaveProperty('envelope');
  });
});
