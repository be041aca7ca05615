/**
 * Everything the mock server decides once, at start: the IR, the router, every example body
 * (read from specs/ up front, so answering never touches the disk), each endpoint's generated
 * fallback body (seeded), the dataset (seeded on first use), and which paged variants still
 * validate. Also the options with their defaults (resolved here only).
 *
 * @see docs/mock.md
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint, IrExample, IrResponse } from '../../generator/ir/ir-endpoint.js';
import { EndpointRouter } from '../routing/endpoint-router.js';
import { validatePayloadText } from '../validate/validate-payload.js';
import { targetForResponse, type ValidationTarget } from '../validate/validation-target.js';
import { Dataset } from './dataset/dataset.js';
import type { FaultSpec } from './fault-injection.js';
import { sampleJson } from './sample-json.js';
import { sampleXml } from './sample-xml.js';
import { hash, seededRandom } from './seeded-random.js';

export interface MockOptions {
  /** Seed for generated bodies (default 1). */
  readonly seed?: number;
  /** Refuse calls without the auth header the endpoint needs (default true). */
  readonly requireAuth?: boolean;
  /** Pages served for paged endpoints the dataset does not hold (default 2; 1 turns paging off). */
  readonly pages?: number;
  /** Records per dataset collection (default 2500: three FO pages of 1000, 25 QPS pages of 100). */
  readonly records?: number;
  /** Page size when a request names none (default: each API's own: QPS 100, FO 1000, CSAM 100, PCI 10). */
  readonly pageSize?: number;
  /** Refuse create/update/delete instead of changing the dataset (default false). */
  readonly readOnly?: boolean;
  /** A fault injected on every `every`-th request (counted over all requests). */
  readonly fault?: { readonly spec: FaultSpec; readonly every: number };
  /** Fixed latency added to every answer, in ms (default 0). */
  readonly latencyMs?: number;
}

export interface ResolvedMockOptions {
  readonly seed: number;
  readonly requireAuth: boolean;
  readonly pages: number;
  readonly records: number;
  readonly pageSize: number | undefined;
  readonly readOnly: boolean;
  readonly fault: { readonly spec: FaultSpec; readonly every: number } | undefined;
  readonly latencyMs: number;
}

export interface LoadedExample {
  readonly example: IrExample;
  readonly body: string;
}

export interface MockContext {
  readonly doc: IrDocument;
  readonly router: EndpointRouter;
  readonly options: ResolvedMockOptions;
  /** Response examples per endpoint id. */
  readonly examples: ReadonlyMap<string, readonly LoadedExample[]>;
  /** Request example bodies per endpoint id, by example name (an example matches a request with this body). */
  readonly requestBodies: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Base URL, known once the server listens (DOCTYPE / WARNING URLs). */
  baseUrl: string;
  /** Generated 2xx body per endpoint id (only where it has no valid 2xx example). */
  readonly generated: Map<string, string>;
  /** Requests answered so far (fault schedule). */
  requests: number;
  /** Seeded records per resource, changed by writes for the life of the server. */
  readonly dataset: Dataset;
  /** FO calls in the current rate-limit window (X-RateLimit-Remaining). */
  foCalls: number;
  /** Live FO session ids (QualysSession cookies), mock-session.ts. */
  readonly sessions: Set<string>;
}

/** Records per collection unless `--records` says otherwise. */
export const DEFAULT_RECORDS = 2500;
/** Bound on `--records` (memory: about 500 MB of heap with every resource seeded at 20 000). */
export const MAX_RECORDS = 20_000;

export function resolveMockOptions(o: MockOptions = {}): ResolvedMockOptions {
  return {
    seed: o.seed ?? 1,
    requireAuth: o.requireAuth ?? true,
    pages: Math.max(1, o.pages ?? 2),
    records: Math.min(MAX_RECORDS, Math.max(0, o.records ?? DEFAULT_RECORDS)),
    pageSize: o.pageSize !== undefined && o.pageSize > 0 ? o.pageSize : undefined,
    readOnly: o.readOnly ?? false,
    fault: o.fault,
    latencyMs: Math.max(0, o.latencyMs ?? 0),
  };
}

export async function createMockContext(
  doc: IrDocument,
  specsDir: string,
  options: MockOptions = {},
): Promise<MockContext> {
  const examples = new Map<string, LoadedExample[]>();
  const requestBodies = new Map<string, Map<string, string>>();
  for (const endpoint of doc.endpoints) {
    const list: LoadedExample[] = [];
    const requests = new Map<string, string>();
    for (const example of endpoint.examples) {
      const body = await readFile(path.join(specsDir, example.file), 'utf8');
      if (example.kind === 'response') list.push({ example, body });
      else requests.set(example.name, body);
    }
    examples.set(endpoint.id, list);
    requestBodies.set(endpoint.id, requests);
  }
  const resolved = resolveMockOptions(options);
  const ctx: MockContext = {
    doc,
    router: new EndpointRouter(doc.endpoints),
    options: resolved,
    examples,
    requestBodies,
    baseUrl: 'http://127.0.0.1',
    generated: new Map(),
    requests: 0,
    foCalls: 0,
    sessions: new Set(),
    dataset: new Dataset({
      doc,
      examples,
      records: resolved.records,
      generated: (endpoint, response) => generatedBody(ctx, endpoint, response),
    }),
  };
  return ctx;
}

/** The first 2xx response declared (the one generated bodies follow). */
export function successResponse(endpoint: IrEndpoint): IrResponse | undefined {
  return (
    endpoint.responses.find((r) => r.status >= 200 && r.status < 300 && r.schema !== undefined) ??
    endpoint.responses.find((r) => r.status >= 200 && r.status < 300)
  );
}

/** A body generated from the response schema (deterministic for the seed and endpoint). */
export function generatedBody(ctx: MockContext, endpoint: IrEndpoint, response: IrResponse): string {
  const cached = ctx.generated.get(endpoint.id);
  if (cached !== undefined) return cached;
  const rng = seededRandom((ctx.options.seed ^ hash(endpoint.id)) >>> 0);
  let body: string;
  const schema = response.schema ? ctx.doc.schemas.find((s) => s.id === response.schema!.schema) : undefined;
  const target: ValidationTarget | undefined = schema ? targetForResponse(ctx.doc, endpoint, response) : undefined;
  if (schema && target?.kind === 'xml') {
    const root = response.schema!.root ?? Object.keys(target.model.roots)[0]!;
    body = sampleXml(target.model, rng, { root, schemaFile: path.basename(schema.file), baseUrl: ctx.baseUrl });
  } else if (schema && target?.kind === 'json') {
    body = `${JSON.stringify(sampleJson(schema, rng), null, 2)}\n`;
  } else if (response.body === 'text' && /\/auth$/.test(endpoint.path)) {
    body = mockJwt();
  } else if (response.body === 'csv') {
    body = '"ID","Name"\n"1","sample"\n';
  } else if (response.body === 'binary') {
    body = '%PDF-1.4\n% qspec mock document\n%%EOF\n';
  } else if (response.body === 'none') {
    body = '';
  } else {
    body = 'sample\n';
  }
  ctx.generated.set(endpoint.id, body);
  return body;
}

/** A well-formed, unsigned JWT with a far-future `exp` (the gateway answers the token as text). */
export function mockJwt(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'qspec-mock', exp: 4102444800 })}.bW9jaw`;
}

/** Whether a generated/paged body validates (the mock never serves a body its own spec rejects, unless asked). */
export function bodyValidates(ctx: MockContext, endpoint: IrEndpoint, response: IrResponse, body: string): boolean {
  if (!response.schema) return true;
  return validatePayloadText(body, targetForResponse(ctx.doc, endpoint, response)).valid;
}
