/**
 * stream-page.ts, exactly, against a scripted record stream: records are yielded chunk by chunk,
 * the record path handed to the decoder, the three validation modes (throw stops at the first
 * chunk that brought an error and reports only the errors seen before the early end; warn reports
 * all; off reports nothing), records left after the end, a QPS error envelope, and the returned
 * PageResult (status, value, envelope, recordCount); a large chunk written in slices (cut just
 * before a '<' where one is near the slice's end), each slice's records yielded before the next
 * is written.
 */
import { describe, expect, it } from 'vitest';
import { resolveClientOptions, type ValidationMode } from '../../../../runtime/client/client-options.js';
import type { PageSource, StreamedResult } from '../../../../runtime/client/page-source.js';
import type { PageResult } from '../../../../runtime/client/paging-strategy.js';
import { QualysApiError, QualysError } from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import type { ResponseDecoder, XmlRecordStream } from '../../../../runtime/client/response-decoder.js';
import { sliceEnd, streamPage, WRITE_SLICE_BYTES } from '../../../../runtime/client/stream-page.js';
import type { SchemaRefModel } from '../../../../runtime/endpoint-model.js';
import { endpointModel } from './endpoint-fixture.js';

const endpoint = endpointModel({
  id: 'was.finding.search',
  module: 'was',
  method: 'POST',
  errors: 'qps-response-code',
  pagination: { style: 'qps-last-id' },
  records: { path: ['data', 'Finding'], elements: ['data', 'Finding'] },
});
const schema = { schema: 'was/finding.xsd', root: 'ServiceResponse', format: 'xsd' } as const;

/** One step per chunk written: records to emit, errors so far, stopped after it. */
interface Step {
  readonly records?: string[];
  readonly errors?: number;
  readonly stopped?: boolean;
}
interface Script {
  readonly steps: Step[];
  /** Records emitted by end(). */
  readonly atEnd?: string[];
  readonly issues?: { message: string }[];
  readonly root?: string;
  readonly envelope?: unknown;
}

function source(script: Script | undefined, validation: ValidationMode = 'warn') {
  const log = {
    paths: [] as (readonly string[])[],
    refs: [] as SchemaRefModel[],
    writes: 0,
    ends: 0,
    written: [] as Uint8Array[],
  };
  const reports: { issues: unknown[]; url: string; endpoint: string }[] = [];
  const decoder: ResponseDecoder = {
    xml: () => ({ value: undefined, issues: [] }),
    json: () => [],
    ...(script !== undefined
      ? {
          xmlRecords(ref, recordPath, onRecord): XmlRecordStream {
            log.refs.push(ref);
            log.paths.push(recordPath);
            let step: Step = {};
            return {
              write(chunk) {
                log.written.push(chunk as Uint8Array);
                step = script.steps[log.writes++] ?? {};
                for (const r of step.records ?? []) onRecord(r);
              },
              get errorCount() {
                return step.errors ?? 0;
              },
              get stopped() {
                return step.stopped ?? false;
              },
              end() {
                log.ends++;
                for (const r of script.atEnd ?? []) onRecord(r);
                return { issues: script.issues ?? [], root: script.root, envelope: script.envelope };
              },
            };
          },
        }
      : {}),
  };
  const core: PageSource = {
    options: resolveClientOptions({ auth: { kind: 'none' }, validation }),
    redactor: new Redactor(),
    decoder,
    exchangePage: async () => {
      throw new Error('not used');
    },
    // As ClientCore.report: `throw` mode throws on any issue, after it was seen here.
    report: (ep, issues, url) => {
      reports.push({ issues: [...issues], url, endpoint: ep.id });
      if (validation === 'throw' && issues.length > 0) throw new QualysError('invalid page');
    },
  };
  return { core, log, reports };
}

/** A page of `chunks` one-byte chunks, or of the chunks given. */
function page(chunks: number | Uint8Array[], status = 200): StreamedResult & { read: () => number } {
  let read = 0;
  const list = typeof chunks === 'number' ? Array.from({ length: chunks }, (_, i) => new Uint8Array([i])) : chunks;
  return {
    status,
    headers: {},
    schema,
    url: 'https://h/qps/rest/3.0/search/was/finding',
    chunks: (async function* () {
      for (const c of list) {
        read++;
        yield c;
      }
    })(),
    read: () => read,
  };
}

const LT = 0x3c;

/** `n` bytes of `a` (no '<'). */
function filled(n: number): Uint8Array {
  return new Uint8Array(n).fill(0x61);
}

/** `n` bytes counting up from `from` (mod 256). */
function bytes(n: number, from = 0): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (from + i) & 0xff);
}

/** Reads the generator to its end: the records of every batch into `trace`, each batch into `batches`. */
async function drain(
  gen: AsyncGenerator<string[], PageResult, undefined>,
  trace: string[],
  batches: string[][] = [],
): Promise<PageResult> {
  for (;;) {
    const n = await gen.next();
    if (n.done) return n.value;
    expect(n.value.length).toBeGreaterThan(0);
    batches.push(n.value);
    trace.push(...n.value);
  }
}

describe('records', () => {
  it('yields the records each write completed as one batch, then the ones end() brings; returns the page result', async () => {
    const envelope = { responseCode: 'SUCCESS', count: 3, hasMoreRecords: true, lastId: 9 };
    const { core, log, reports } = source({
      steps: [{ records: ['a', 'b'] }, {}, { records: ['c'] }],
      atEnd: ['d'],
      root: 'ServiceResponse',
      envelope,
    });
    const p = page(3);
    const gen = streamPage<string>(core, endpoint, p);
    const trace: string[] = [];
    const first = await gen.next();
    expect(first).toEqual({ done: false, value: ['a', 'b'] });
    expect(log.writes).toBe(1);
    const batches: string[][] = [];
    const result = await drain(gen, trace, batches);
    expect(trace).toEqual(['c', 'd']);
    expect(batches).toEqual([['c'], ['d']]);
    expect(log.paths).toEqual([['ServiceResponse', 'data', 'Finding']]);
    expect(log.refs).toEqual([schema]);
    expect(log.ends).toBe(1);
    expect(reports).toEqual([{ issues: [], url: p.url, endpoint: 'was.finding.search' }]);
    expect(result).toEqual({
      status: 200,
      value: envelope,
      envelope: {
        root: 'ServiceResponse',
        tree: { responseCode: 'SUCCESS', count: '3', hasMoreRecords: 'true', lastId: '9' },
      },
      recordCount: 4,
    });
  });

  it('an endpoint without records elements streams the root only; no envelope, root from the schema', async () => {
    const { core, log } = source({ steps: [{ records: ['x'] }] });
    const { records: _r, ...plain } = endpoint;
    const trace: string[] = [];
    const result = await drain(streamPage<string>(core, plain, page(1, 206)), trace);
    expect(log.paths).toEqual([['ServiceResponse']]);
    expect(result).toEqual({ status: 206, value: undefined, envelope: undefined, recordCount: 1 });
  });

  it('uses the root end() found over the schema root', async () => {
    const { core } = source({ steps: [{}], root: 'Other', envelope: { a: 1 } });
    const result = await drain(streamPage<string>(core, endpoint, page(1)), []);
    expect(result.envelope).toEqual({ root: 'Other', tree: { a: '1' } });
  });

  it('stops reading once the stream says it stopped', async () => {
    const { core, log } = source({
      steps: [{ records: ['a'] }, { records: ['b'], stopped: true }, { records: ['c'] }],
    });
    const p = page(5);
    const trace: string[] = [];
    const result = await drain(streamPage<string>(core, endpoint, p), trace);
    expect(trace).toEqual(['a', 'b']);
    expect(log.writes).toBe(2);
    expect(p.read()).toBe(2);
    expect(result.recordCount).toBe(2);
  });

  it('no streamed decoder is a QualysError naming the schema', async () => {
    const { core } = source(undefined);
    const err = await drain(streamPage<string>(core, endpoint, page(1)), []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysError);
    expect((err as Error).message).toBe('was.finding.search: no streamed decoder for schema was/finding.xsd');
  });

  it('a core without a decoder is the same error', async () => {
    const { core } = source(undefined);
    const bare: PageSource = { ...core, decoder: undefined, options: core.options, redactor: core.redactor };
    const err = await drain(streamPage<string>(bare, endpoint, page(1)), []).catch((e: unknown) => e);
    expect((err as Error).message).toBe('was.finding.search: no streamed decoder for schema was/finding.xsd');
  });
});

describe('a large chunk is written in slices', () => {
  const S = WRITE_SLICE_BYTES;

  it('slices of at most WRITE_SLICE_BYTES, in order, together the chunk; small chunks whole', async () => {
    const big = filled(3 * S + 5);
    const small = bytes(S, 7);
    const { core, log } = source({ steps: [] });
    await drain(streamPage<string>(core, endpoint, page([big, small])), []);
    expect(S).toBe(4096);
    expect(log.written.map((w) => w.length)).toEqual([S, S, S, 5, S]);
    expect(Buffer.concat(log.written.slice(0, 4))).toEqual(Buffer.from(big));
    expect(log.written[4]).toBe(small);
  });

  it("ends a slice just before the last '<' in its second half, else after WRITE_SLICE_BYTES", () => {
    const chunk = filled(4 * S);
    chunk[S - 1] = LT; // the last byte of the first window: cut before it
    chunk[S - 1 + S / 2 + 10] = LT; // in the second half of the next window (from S - 1)
    chunk[S - 1 + S / 2 + 20] = LT; // a later '<' in the same window wins
    chunk[3 * S + 30] = LT; // first half of its window only
    expect(sliceEnd(chunk, 0)).toBe(S - 1);
    expect(sliceEnd(chunk, S - 1)).toBe(S - 1 + S / 2 + 20);
    const at = S - 1 + S / 2 + 20;
    // The window from `at` holds only the '<' at `at` itself (not past the half): a full slice.
    expect(sliceEnd(chunk, at)).toBe(at + S);
    expect(sliceEnd(chunk, 3 * S)).toBe(4 * S);
    expect(sliceEnd(chunk, 3 * S + 1)).toBe(4 * S);
    const half = filled(2 * S);
    half[S / 2] = LT; // exactly at the half: not after it, so no cut
    expect(sliceEnd(half, 0)).toBe(S);
    half[S / 2 + 1] = LT;
    expect(sliceEnd(half, 0)).toBe(S / 2 + 1);
    // A '<' just past the window is not in it: the slice is never longer than WRITE_SLICE_BYTES.
    const past = filled(2 * S);
    past[S] = LT;
    past[S + 1] = LT;
    expect(sliceEnd(past, 0)).toBe(S);
  });

  it('writes the slices sliceEnd gives, together the chunk', async () => {
    const chunk = bytes(3 * S + 100);
    const { core, log } = source({ steps: [] });
    await drain(streamPage<string>(core, endpoint, page([chunk])), []);
    const ends: number[] = [];
    for (let at = 0; at < chunk.length; at = sliceEnd(chunk, at)) ends.push(sliceEnd(chunk, at) - at);
    expect(log.written.map((w) => w.length)).toEqual(ends);
    expect(log.written.every((w) => w.length <= S && w[0] === (w === log.written[0] ? 0 : LT))).toBe(true);
    expect(Buffer.concat(log.written)).toEqual(Buffer.from(chunk));
  });

  it("yields a slice's records before the next slice is written", async () => {
    const { core, log } = source({ steps: [{ records: ['a'] }, { records: ['b'] }] });
    const gen = streamPage<string>(core, endpoint, page([filled(S + 1)]));
    expect(await gen.next()).toEqual({ done: false, value: ['a'] });
    expect(log.writes).toBe(1);
    expect(await gen.next()).toEqual({ done: false, value: ['b'] });
    expect(log.writes).toBe(2);
  });

  it('stops inside a chunk once the stream stopped, and in throw mode at the slice with an error', async () => {
    const stopped = source({ steps: [{ records: ['a'] }, { records: ['b'], stopped: true }] });
    const trace: string[] = [];
    await drain(streamPage<string>(stopped.core, endpoint, page([filled(3 * S)])), trace);
    expect(trace).toEqual(['a', 'b']);
    expect(stopped.log.writes).toBe(2);

    const issues = [{ message: 'e1' }, { message: 'unexpected end' }];
    const throwing = source({ steps: [{ records: ['a'] }, { records: ['b'], errors: 1 }], issues }, 'throw');
    const seen: string[] = [];
    const err = await drain(streamPage<string>(throwing.core, endpoint, page([filled(3 * S)])), seen).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe('invalid page');
    expect(seen).toEqual(['a']);
    expect(throwing.log.writes).toBe(2);
    expect(throwing.reports.map((r) => r.issues)).toEqual([[{ message: 'e1' }]]);
  });

  it('writes nothing for an empty chunk', async () => {
    const { core, log } = source({ steps: [] });
    await drain(streamPage<string>(core, endpoint, page([new Uint8Array(0), bytes(2)])), []);
    expect(log.written.map((w) => w.length)).toEqual([2]);
  });
});

describe('validation modes', () => {
  const issues = [{ message: 'e1' }, { message: 'e2' }, { message: 'unexpected end' }];
  it('throw: stops at the first chunk with an error, reports the errors seen before its records', async () => {
    const { core, reports, log } = source(
      { steps: [{ records: ['a'] }, { records: ['b'], errors: 2 }, { records: ['c'] }], issues },
      'throw',
    );
    const p = page(3);
    const trace: string[] = [];
    const err = await drain(streamPage<string>(core, endpoint, p), trace).catch((e: unknown) => e);
    expect((err as Error).message).toBe('invalid page');
    expect(trace).toEqual(['a']);
    expect(log.writes).toBe(2);
    expect(p.read()).toBe(2);
    expect(reports).toEqual([{ issues: [{ message: 'e1' }, { message: 'e2' }], url: p.url, endpoint: endpoint.id }]);
  });

  it('throw: one error is enough to stop', async () => {
    const { core, reports, log } = source(
      { steps: [{ records: ['a'], errors: 1 }, { records: ['b'] }], issues },
      'throw',
    );
    const trace: string[] = [];
    const err = await drain(streamPage<string>(core, endpoint, page(2)), trace).catch((e: unknown) => e);
    expect((err as Error).message).toBe('invalid page');
    expect(trace).toEqual([]);
    expect(log.writes).toBe(1);
    expect(reports.map((r) => r.issues)).toEqual([[{ message: 'e1' }]]);
  });

  it('throw with no error: all issues of end() (none) reported, every record yielded', async () => {
    const { core, reports } = source({ steps: [{ records: ['a'] }, { records: ['b'] }] }, 'throw');
    const trace: string[] = [];
    const result = await drain(streamPage<string>(core, endpoint, page(2)), trace);
    expect(trace).toEqual(['a', 'b']);
    expect(result.recordCount).toBe(2);
    expect(reports.map((r) => r.issues)).toEqual([[]]);
  });

  it('throw: issues found only by end() are all reported', async () => {
    const { core, reports } = source({ steps: [{ records: ['a'] }], atEnd: ['z'], issues }, 'throw');
    const trace: string[] = [];
    const err = await drain(streamPage<string>(core, endpoint, page(1)), trace).catch((e: unknown) => e);
    expect((err as Error).message).toBe('invalid page');
    expect(trace).toEqual(['a']);
    expect(reports.map((r) => r.issues)).toEqual([issues]);
  });

  it('warn: keeps reading past errors and reports every issue', async () => {
    const { core, reports } = source(
      {
        steps: [
          { records: ['a'], errors: 1 },
          { records: ['b'], errors: 2 },
        ],
        issues,
      },
      'warn',
    );
    const trace: string[] = [];
    const result = await drain(streamPage<string>(core, endpoint, page(2)), trace);
    expect(trace).toEqual(['a', 'b']);
    expect(result.recordCount).toBe(2);
    expect(reports.map((r) => r.issues)).toEqual([issues]);
  });

  it('off: reports nothing', async () => {
    const { core, reports } = source({ steps: [{ records: ['a'], errors: 1 }], issues }, 'off');
    const trace: string[] = [];
    await drain(streamPage<string>(core, endpoint, page(1)), trace);
    expect(trace).toEqual(['a']);
    expect(reports).toEqual([]);
  });
});

describe('errors in the envelope', () => {
  it('a QPS responseCode other than SUCCESS is a QualysApiError after the records', async () => {
    const envelope = {
      responseCode: 'INVALID_REQUEST',
      responseErrorDetails: { errorMessage: 'bad', errorResolution: 'fix' },
    };
    const { core } = source({ steps: [{ records: ['a'] }], root: 'ServiceResponse', envelope });
    const trace: string[] = [];
    const err = await drain(streamPage<string>(core, endpoint, page(1)), trace).catch((e: unknown) => e);
    expect(trace).toEqual(['a']);
    expect(err).toBeInstanceOf(QualysApiError);
    expect({ m: (err as QualysApiError).message, s: (err as QualysApiError).status }).toEqual({
      m: 'was.finding.search: INVALID_REQUEST: bad',
      s: 200,
    });
  });
});
