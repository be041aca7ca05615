/**
 * Streamed paging over real HTTP on 127.0.0.1: XML pages above 64 KiB are decoded
 * record by record as the body arrives. Proves: same records and pages as the text path over 3
 * pages (QPS lastId and FO truncation, whose WARNING comes after the records); records arrive
 * before the body has; 50k records are not retained; breaking out cancels the body; a stalled
 * body times out; `throw` / `warn` / `off` on an invalid page; typed errors (QPS error code,
 * SIMPLE_RETURN, HTTP, 409 retry) for big and small bodies.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../../../generated/endpoints.js';
import { QualysClient } from '../../../../generated/index.js';
import { schemaRegistry } from '../../../../generated/schema-registry.js';
import { rootElementOf } from '../../../../runtime/client/body-head.js';
import { ClientCore } from '../../../../runtime/client/client-core.js';
import type { ClientWarning, ValidationMode } from '../../../../runtime/client/client-options.js';
import {
  QualysApiError,
  QualysHttpError,
  QualysSimpleReturnError,
  QualysTimeoutError,
  QualysValidationError,
} from '../../../../runtime/client/qualys-error.js';
import { type ResponseDecoder, schemaDecoder } from '../../../../runtime/client/response-decoder.js';
import { xmlRecordSink } from '../../../../runtime/client/xml-record-sink.js';
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';
import type { SchemaEntry } from '../../../../runtime/schema-entry.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { kbPage, type PagedXml, webappPage, webappRecord, wholeBody } from '../../../fixtures/client/paged-xml.js';
import { type Handler, startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const registry = schemaRegistry as unknown as Readonly<Record<string, SchemaEntry>>;
const webappSearch = endpoints['was.webapp.search'] as unknown as EndpointModel;
const kbList = endpoints['vm.knowledgebase.vuln.list'] as unknown as EndpointModel;
const PASSWORD = 's3cr3t-Pa55';
const XML = { 'content-type': 'text/xml' };

/** The schema decoder, counting which path decoded each page; `stream: false` leaves out the record sink. */
function countingDecoder(stream: boolean) {
  const base = stream ? schemaDecoder(registry, parseXml, xmlRecordSink) : schemaDecoder(registry, parseXml);
  const calls = { text: 0, stream: 0 };
  const decoder: ResponseDecoder = {
    xml: (text, ref) => {
      calls.text++;
      return base.xml(text, ref);
    },
    json: (value, ref) => base.json(value, ref),
    ...(base.xmlRecords
      ? {
          xmlRecords: (ref, path, onRecord) => {
            calls.stream++;
            return base.xmlRecords!(ref, path, onRecord);
          },
        }
      : {}),
  };
  return { decoder, calls };
}

function client(options: { stream?: boolean; validation?: ValidationMode; timeoutMs?: number } = {}) {
  const { decoder, calls } = countingDecoder(options.stream ?? true);
  const warnings: ClientWarning[] = [];
  const sleeps: number[] = [];
  const core = new ClientCore({
    baseUrl: server.url,
    auth: { kind: 'basic', username: 'alice', password: PASSWORD },
    decoder,
    validation: options.validation ?? 'warn',
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    onWarning: (w) => warnings.push(w),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { core, calls, warnings, sleeps };
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const IDS = range(1, 4500);
const PAGE = 1500; // ~85 KB of WebApps per page: above the 64 KiB text-path limit

/** QPS webapp search: Criteria id GREATER n; pages of PAGE records. */
function qpsServer(page: (ids: number[], more: boolean) => PagedXml = webappPage): Handler {
  return (req) => {
    const after = /<Criteria field="id" operator="GREATER">(\d+)<\/Criteria>/.exec(req.body)?.[1];
    const rest = IDS.filter((id) => after === undefined || id > Number(after));
    return { headers: XML, body: wholeBody(page(rest.slice(0, PAGE), rest.length > PAGE)) };
  };
}

/** FO knowledge base: id_min from the truncation WARNING's URL; pages of 300 VULNs (~80 KB). */
const QIDS = range(100_000, 900);
const foServer: Handler = (req) => {
  const min = new URLSearchParams(req.body).get('id_min');
  const rest = QIDS.filter((q) => min === null || q >= Number(min));
  return { headers: XML, body: wholeBody(kbPage(rest.slice(0, 300), rest[300])) };
};

const idOf = (r: unknown): number => Number((r as { id?: unknown; QID?: unknown }).id ?? (r as { QID?: unknown }).QID);

describe.each([
  ['qps-last-id (XSD)', webappSearch, () => qpsServer(), {}, IDS],
  ['fo-truncation (DTD)', kbList, () => foServer, { details: 'Basic' }, QIDS],
] as [string, EndpointModel, () => Handler, Record<string, unknown>, number[]][])(
  'streamed %s paging',
  (_name, endpoint, handler, input, expected) => {
    it('yields the same records as the text path over 3 pages, each page streamed', async () => {
      server.handle(handler());
      const streamed = client();
      const seen: unknown[] = [];
      for await (const record of streamed.core.paginate(endpoint, input)) seen.push(record);
      expect(seen.map(idOf)).toEqual(expected);
      expect(streamed.calls).toEqual({ text: 0, stream: 3 });
      expect(streamed.warnings).toEqual([]);

      const text = client({ stream: false });
      const reference: unknown[] = [];
      for await (const record of text.core.paginate(endpoint, input)) reference.push(record);
      expect(text.calls).toEqual({ text: 3, stream: 0 });
      expect(seen).toEqual(reference);
    });

    it('pages(): the same records, response and cursors as the text path', async () => {
      server.handle(handler());
      const collect = async (stream: boolean) => {
        const out: { records: readonly unknown[]; response: unknown; next: string | undefined }[] = [];
        for await (const page of client({ stream }).core.paginate(endpoint, input).pages()) out.push(page);
        return out;
      };
      const streamed = await collect(true);
      const text = await collect(false);
      expect(streamed).toHaveLength(3);
      expect(streamed).toEqual(text);
    });
  },
);

it('the generated QualysClient streams too (index.ts wires the record sink)', async () => {
  server.handle(qpsServer());
  const q = new QualysClient({ baseUrl: server.url, auth: { kind: 'basic', username: 'alice', password: PASSWORD } });
  let n = 0;
  for await (const webapp of q.was.webapp.search({})) {
    expect(Number(webapp.id)).toBe(IDS[n]);
    n++;
  }
  expect(n).toBe(IDS.length);
});

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

it('yields records before the rest of the body has been sent', { timeout: 15_000 }, async () => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let restSent = false;
  const page = webappPage(range(1, 3000), false);
  server.handle(() => ({
    headers: XML,
    body: page.head + page.records.slice(0, 1500).join(''),
    parts: (async function* () {
      await Promise.race([released, sleep(5000)]); // never hangs: the rest goes after 5 s anyway
      restSent = true;
      yield page.records.slice(1500).join('') + page.tail;
    })(),
  }));
  const { core } = client();
  let n = 0;
  let restSentAtFirstRecord: boolean | undefined;
  for await (const _ of core.paginate(webappSearch, {})) {
    if (n++ === 0) {
      restSentAtFirstRecord = restSent;
      release();
    }
  }
  expect(restSentAtFirstRecord).toBe(false);
  expect(n).toBe(3000);
});

it('does not retain records: 50k records in one streamed page, early ones collected', { timeout: 15_000 }, async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const TOTAL = 50_000;
  const page = webappPage([TOTAL], false);
  server.handle(() => ({
    headers: XML,
    body: page.head,
    parts: (async function* () {
      for (let from = 1; from <= TOTAL; from += 1000)
        yield range(from, 1000)
          .map((id) => webappRecord(id))
          .join('');
      yield page.tail;
    })(),
  }));
  const { core, warnings } = client();
  const early: WeakRef<object>[] = [];
  let alive = -1;
  let n = 0;
  const start = performance.now();
  for await (const record of core.paginate(webappSearch, {})) {
    n++;
    if (n <= 20) early.push(new WeakRef(record as object));
    if (n === 40_000) {
      await sleep(0);
      gc();
      alive = early.filter((w) => w.deref() !== undefined).length;
    }
  }
  expect(n).toBe(TOTAL);
  expect(warnings.map((w) => w.message)).toEqual([]);
  expect(alive).toBe(0);
  expect(performance.now() - start).toBeLessThan(3000);
});

it('breaking out mid-page cancels the body (the server stops writing)', { timeout: 15_000 }, async () => {
  const PARTS = 200;
  let stoppedAt: number | undefined;
  const page = webappPage(range(1, 1500 + PARTS * 10), false);
  server.handle(() => ({
    headers: XML,
    body: page.head + page.records.slice(0, 1500).join(''),
    parts: (async function* () {
      let i = 0;
      try {
        for (; i < PARTS; i++) {
          await sleep(5);
          yield page.records.slice(1500 + i * 10, 1510 + i * 10).join('');
        }
        yield page.tail;
      } finally {
        stoppedAt = i;
      }
    })(),
  }));
  const { core } = client();
  let n = 0;
  for await (const _ of core.paginate(webappSearch, {})) if (++n === 10) break;
  expect(n).toBe(10);
  for (let t = 0; t < 300 && stoppedAt === undefined; t++) await sleep(10);
  expect(stoppedAt).toBeLessThan(PARTS);
});

it('a streamed body that stalls past timeoutMs is a QualysTimeoutError', { timeout: 15_000 }, async () => {
  const page = webappPage(range(1, 3000), false);
  server.handle(() => ({
    headers: XML,
    body: page.head + page.records.slice(0, 1500).join(''),
    parts: (async function* () {
      await sleep(1500);
      yield page.records.slice(1500).join('') + page.tail;
    })(),
  }));
  const { core, calls } = client({ timeoutMs: 300 });
  let n = 0;
  const error = await (async () => {
    for await (const _ of core.paginate(webappSearch, {})) n++;
  })().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(QualysTimeoutError);
  expect(String((error as Error).message)).toMatch(/body not complete within 300 ms/);
  expect(calls.stream).toBe(1);
  expect(n).toBeGreaterThan(0);
});

describe('an invalid streamed page (page 2 of 3: one WebApp id is not a long)', () => {
  const badId = 2000;
  const invalidPage = (ids: number[], more: boolean) =>
    webappPage(ids, more, (id) =>
      id === badId ? `<WebApp><id>oops-${PASSWORD}</id><name>bad</name></WebApp>` : webappRecord(id),
    );

  it("validation 'throw': QualysValidationError (redacted, located) after page 1's records", async () => {
    server.handle(qpsServer(invalidPage));
    const { core } = client({ validation: 'throw' });
    const seen: number[] = [];
    let error: unknown;
    try {
      for await (const record of core.paginate(webappSearch, {})) seen.push(idOf(record));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(QualysValidationError);
    const v = error as QualysValidationError;
    expect(v.message).not.toContain(PASSWORD);
    expect(v.message).toContain('***');
    expect(v.issues[0]).toMatchObject({ path: expect.stringContaining('/WebApp[') });
    expect(v.issues[0]?.line).toBeGreaterThan(0);
    expect(seen.slice(0, PAGE)).toEqual(IDS.slice(0, PAGE)); // delivered before the error
    expect(seen).not.toContain(badId);
    expect(seen.length).toBeLessThan(2 * PAGE);
  });

  it("validation 'warn': one warning for the page, the invalid record left out, paging goes on", async () => {
    server.handle(qpsServer(invalidPage));
    const { core, warnings } = client({ validation: 'warn' });
    const seen: number[] = [];
    for await (const record of core.paginate(webappSearch, {})) seen.push(idOf(record));
    expect(seen).toEqual(IDS.filter((id) => id !== badId));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('ResponseSchemaInvalid');
    expect(warnings[0]?.message).not.toContain(PASSWORD);
    expect(server.requests).toHaveLength(3);
  });

  it("validation 'off': no warning, the valid records", async () => {
    server.handle(qpsServer(invalidPage));
    const { core, warnings } = client({ validation: 'off' });
    let n = 0;
    for await (const _ of core.paginate(webappSearch, {})) n++;
    expect(n).toBe(IDS.length - 1);
    expect(warnings).toEqual([]);
  });
});

describe('typed errors on the streamed and the text path', () => {
  const pad = ' '.repeat(70_000);

  it('a large 200 ServiceResponse with a responseCode other than SUCCESS is a QualysApiError', async () => {
    server.handle(() => ({
      headers: XML,
      body: `<?xml version="1.0"?><ServiceResponse><responseCode>INVALID_REQUEST</responseCode><responseErrorDetails><errorMessage>bad user alice:${PASSWORD}</errorMessage></responseErrorDetails>${pad}</ServiceResponse>`,
    }));
    const { core, calls } = client();
    const run = async () => {
      for await (const _ of core.paginate(webappSearch, {})) {
      }
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QualysApiError);
    expect((error as QualysApiError).responseCode).toBe('INVALID_REQUEST');
    expect(String((error as Error).message)).not.toContain(PASSWORD);
    expect(calls.stream).toBe(1);
  });

  it('a large 200 SIMPLE_RETURN (not the expected root) stays on the text path: QualysSimpleReturnError', async () => {
    server.handle(() => ({
      headers: XML,
      body: `<?xml version="1.0"?><SIMPLE_RETURN><RESPONSE><DATETIME>2024-01-01T00:00:00Z</DATETIME><CODE>1905</CODE><TEXT>parameter x has invalid value</TEXT></RESPONSE>${pad}</SIMPLE_RETURN>`,
    }));
    const { core, calls } = client();
    const error = await (async () => {
      for await (const _ of core.paginate(webappSearch, {})) {
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QualysSimpleReturnError);
    expect((error as QualysSimpleReturnError).code).toBe('1905');
    expect(calls.stream).toBe(0);
  });

  it('HTTP 500 with an HTML body is a QualysHttpError', async () => {
    server.handle(() => ({ status: 500, body: `<html><body>oops ${pad}</body></html>` }));
    const { core } = client();
    const error = await (async () => {
      for await (const _ of core.paginate(webappSearch, {})) {
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QualysHttpError);
  });

  it('409 SIMPLE_RETURN 1960 is retried, then the large page streams', async () => {
    let calls409 = 0;
    const ok = qpsServer();
    server.handle((req) => {
      if (calls409++ === 0) {
        return {
          status: 409,
          headers: { ...XML, 'retry-after': '2' },
          body: '<?xml version="1.0"?><SIMPLE_RETURN><RESPONSE><DATETIME>2024-01-01T00:00:00Z</DATETIME><CODE>1960</CODE><TEXT>rate limit</TEXT></RESPONSE></SIMPLE_RETURN>',
        };
      }
      return ok(req);
    });
    const { core, calls, sleeps } = client();
    let n = 0;
    for await (const _ of core.paginate(webappSearch, {})) n++;
    expect(n).toBe(IDS.length);
    expect(sleeps).toEqual([2000]);
    expect(calls.stream).toBe(3);
  });
});

describe('rootElementOf', () => {
  it.each([
    ['<?xml version="1.0"?>\n<ServiceResponse>', 'ServiceResponse'],
    ['\uFEFF<!-- c --><?pi x?><!DOCTYPE A SYSTEM "a.dtd" [<!ELEMENT A ANY>]>\n<A x="1"/>', 'A'],
    [
      '<!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT SYSTEM "x.dtd"><KNOWLEDGE_BASE_VULN_LIST_OUTPUT>',
      'KNOWLEDGE_BASE_VULN_LIST_OUTPUT',
    ],
    ['{"json": true}', undefined],
    ['<?xml version="1.0"', undefined],
  ])('%j → %s', (text, root) => {
    expect(rootElementOf(text)).toBe(root);
  });
});
