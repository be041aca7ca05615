/**
 * `--mode mock`: starts the mock server on a free loopback port, runs every endpoint's cases
 * through the typed client (ClientCore + the capture transport pointed at the mock), checks each
 * response, and stops the server (also on failure).
 *
 * Cases per endpoint: every response example (`X-Qspec-Example` makes the mock serve it; a
 * damaged example must be rejected); `schema-sample` when the endpoint has no valid 2xx example
 * (the mock generates one from the schema); `paging` for paged endpoints: a plain request (no
 * example named, only required params) against a dataset of PAGING_RECORDS records served
 * PAGING_PAGE_SIZE at a time, so the listing has several pages: each continuation is followed by
 * the client's own paging strategy, no cursor repeats, the last page ends it.
 *
 * @see docs/mock.md
 */
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import { nodeHttpTransport } from '../../runtime/client/node-http-transport.js';
import { checkResponse } from '../checks/check-response.js';
import { EXAMPLE_HEADER } from '../mock/answer-request.js';
import { successResponse } from '../mock/mock-context.js';
import { startMockServer } from '../mock/mock-server.js';
import { CaptureTransport } from '../transports/capture-transport.js';
import type { PayloadOptions } from '../validate/validate-payload.js';
import type { CaseResult, CheckResult, RunSummary } from './case-result.js';
import { outcomeOf } from './case-result.js';
import { clientFor, endpointModelOf, inputFromParams } from './client-for-ir.js';
import { findKnownFailure, type KnownFailure } from './known-failures.js';

export interface RunCasesOptions extends PayloadOptions {
  readonly specsDir: string;
  /** Only these endpoint ids (default: all). */
  readonly endpoints?: readonly string[];
  readonly knownFailures?: readonly KnownFailure[];
  readonly seed?: number;
  /** Called after each case (progress). */
  readonly onCase?: (result: CaseResult, done: number, total: number) => void;
}

interface PlannedCase {
  readonly endpoint: IrEndpoint;
  readonly name: string;
  readonly kind: 'example' | 'schema-sample' | 'paging';
  readonly example?: IrEndpoint['examples'][number];
}

export function planMockCases(doc: IrDocument, only?: readonly string[]): PlannedCase[] {
  const cases: PlannedCase[] = [];
  for (const endpoint of doc.endpoints) {
    if (only && only.length > 0 && !only.includes(endpoint.id)) continue;
    const examples = endpoint.examples.filter((e) => e.kind === 'response');
    for (const example of examples) cases.push({ endpoint, name: example.name, kind: 'example', example });
    const hasValid2xx = examples.some((e) => e.expect === 'valid' && e.status >= 200 && e.status < 300);
    if (!hasValid2xx && successResponse(endpoint))
      cases.push({ endpoint, name: 'schema-sample', kind: 'schema-sample' });
    if (['qps-last-id', 'fo-truncation', 'csam-last-seen'].includes(endpoint.pagination.style)) {
      cases.push({ endpoint, name: 'paging', kind: 'paging' });
    }
  }
  return cases;
}

export async function runMockConformance(doc: IrDocument, options: RunCasesOptions): Promise<RunSummary> {
  const started = Date.now();
  const planned = planMockCases(doc, options.endpoints);
  const server = await startMockServer(doc, options.specsDir, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    records: PAGING_RECORDS,
    pageSize: PAGING_PAGE_SIZE,
  });
  const results: CaseResult[] = [];
  try {
    const capture = new CaptureTransport(nodeHttpTransport());
    const client = clientFor(doc, capture, server.url, { kind: 'basic', username: 'qspec', password: 'qspec-mock' });
    for (const c of planned) {
      const id = `${c.endpoint.id}/${c.name}`;
      const known = findKnownFailure(options.knownFailures ?? [], id, 'mock');
      let result: CaseResult;
      if (known) {
        result = {
          id,
          endpoint: c.endpoint.id,
          name: c.name,
          outcome: 'skip',
          checks: [],
          durationMs: 0,
          reason: known.reason,
        };
      } else {
        const t0 = Date.now();
        const before = capture.exchanges.length;
        const checks =
          c.kind === 'paging'
            ? await pagingCase(doc, c, client, capture, options)
            : await exampleCase(doc, c, client, capture, options);
        const last = capture.lastCall(before, /\/auth$/.test(c.endpoint.path));
        result = {
          id,
          endpoint: c.endpoint.id,
          name: c.name,
          outcome: outcomeOf(checks),
          checks,
          durationMs: Date.now() - t0,
          ...(last
            ? { request: `${last.request.method} ${new URL(last.request.url).pathname}`, status: last.status }
            : {}),
        };
      }
      results.push(result);
      options.onCase?.(result, results.length, planned.length);
    }
  } finally {
    await server.close();
  }
  return {
    mode: 'mock',
    cases: results,
    endpoints: new Set(planned.map((c) => c.endpoint.id)).size,
    durationMs: Date.now() - started,
  };
}

type Client = ReturnType<typeof clientFor>;

/** The mock's dataset size and default page size in mock mode: 5 records, 2 a page, 3 pages. */
const PAGING_RECORDS = 5;
const PAGING_PAGE_SIZE = 2;

async function exampleCase(
  doc: IrDocument,
  c: PlannedCase,
  client: Client,
  capture: CaptureTransport,
  options: PayloadOptions,
): Promise<CheckResult[]> {
  const model = endpointModelOf(doc, c.endpoint);
  const input = inputFromParams(c.endpoint, c.example?.params ?? {});
  capture.extraHeaders = c.example ? { [EXAMPLE_HEADER]: c.example.name } : {};
  const before = capture.exchanges.length;
  let thrown: Error | undefined;
  try {
    await client.exchange(model, input, {}, {});
  } catch (e) {
    thrown = e as Error;
  } finally {
    capture.extraHeaders = {};
  }
  const exchange = capture.lastCall(before, /\/auth$/.test(c.endpoint.path));
  if (!exchange) {
    return [{ check: 'request', ok: false, message: `the client sent nothing: ${thrown?.message ?? 'no exchange'}` }];
  }
  const expectedStatus = c.example?.status ?? successResponse(c.endpoint)?.status;
  const checks = checkResponse(
    doc,
    c.endpoint,
    { status: exchange.status, headers: exchange.headers, body: exchange.body },
    { ...(expectedStatus !== undefined ? { status: expectedStatus } : {}), expect: c.example?.expect ?? 'valid' },
    options,
  );
  return [
    { check: 'request', ok: true, message: `${exchange.request.method} ${new URL(exchange.request.url).pathname}` },
    ...checks,
  ];
}

async function pagingCase(
  doc: IrDocument,
  c: PlannedCase,
  client: Client,
  capture: CaptureTransport,
  options: PayloadOptions,
): Promise<CheckResult[]> {
  const model = endpointModelOf(doc, c.endpoint);
  const input = inputFromParams(c.endpoint, {});
  const before = capture.exchanges.length;
  const cursors: (string | undefined)[] = [];
  const checks: CheckResult[] = [];
  try {
    let n = 0;
    for await (const page of client.paginate(model, input).pages()) {
      cursors.push(page.next);
      if (++n >= 5) break;
    }
  } catch (e) {
    return [{ check: 'paging', ok: false, message: `paging failed: ${(e as Error).message}` }];
  }
  const exchanges = capture.exchanges
    .slice(before)
    .filter((e) => e.status !== 204 && !/\/auth(\?|$)/.test(e.request.url));
  for (const [i, e] of exchanges.entries()) {
    const pageChecks = checkResponse(doc, c.endpoint, e, { expect: 'valid' }, options).filter((k) => !k.ok);
    for (const k of pageChecks) checks.push({ ...k, message: `page ${i + 1}: ${k.message}` });
  }
  const last = cursors.length - 1;
  const paged =
    cursors.length >= 2 &&
    cursors[last] === undefined &&
    cursors.slice(0, last).every((k) => k !== undefined) &&
    new Set(cursors.slice(0, last)).size === last;
  checks.push({
    check: 'paging',
    ok: paged,
    message: paged
      ? `${c.endpoint.pagination.style}: ${cursors.length} pages, continuations followed, last page ends it`
      : `${c.endpoint.pagination.style}: expected 2+ pages (distinct continuations, then none), got ${cursors.length} page(s) with cursors ${JSON.stringify(cursors)}`,
  });
  return checks;
}
