/**
 * `--mode replay`: reads the recordings named (HAR files and VCR cassettes, or folders of
 * them), matches each entry to an endpoint (method + path template +
 * aliases + FO `action` from the query or form body) and checks the recorded response as a case.
 * An FO request without `action` to a specified FO path is checked as that path's family
 * (`vm.scan.*`; checks/fo-without-action.ts: the web server's trailing-slash redirect, or the
 * API's SIMPLE_RETURN refusal). Any other entry no endpoint matches is reported as `unspecified`
 * (it does not fail the run: it says which real traffic specs/ does not cover yet); its response
 * body is never decoded.
 *
 * Bounded (recordings/recording-limits.ts): one recording is read at a time, a HAR entry by
 * entry (its entries are checked as they are read), bodies are decoded lazily, one at a time, each under the per-entry limit and all under the run's
 * total; an entry past a limit, or a recording that cannot be read, is a failing case that says
 * so. Credentials in recordings never reach a report (recordings/entry-redaction.ts).
 *
 * @see docs/conformance.md
 */
import path from 'node:path';
import { RecordingError } from '../../generator/errors.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { checkResponse } from '../checks/check-response.js';
import { checkFoWithoutAction, foWithoutActionFamily } from '../checks/fo-without-action.js';
import { decodeBody } from '../recordings/decode-body.js';
import { redactCase, redactorForEntry } from '../recordings/entry-redaction.js';
import { recordingEntries, recordingFilesIn } from '../recordings/open-recording.js';
import type { RecordedEntry } from '../recordings/recorded-entry.js';
import { DEFAULT_RECORDING_LIMITS, DecodeBudget, type RecordingLimits } from '../recordings/recording-limits.js';
import { EndpointRouter, requestParams } from '../routing/endpoint-router.js';
import type { PayloadOptions } from '../validate/validate-payload.js';
import { type CaseResult, type CheckResult, outcomeOf, type RunSummary } from './case-result.js';
import { findKnownFailure, type KnownFailure } from './known-failures.js';

export interface ReplayOptions extends PayloadOptions {
  /** Recording files (HAR, VCR cassettes) or folders (searched recursively). */
  readonly inputs: readonly string[];
  readonly endpoints?: readonly string[];
  readonly knownFailures?: readonly KnownFailure[];
  /** Size limits of recordings and decoded bodies (defaults: recording-limits.ts). */
  readonly limits?: Partial<RecordingLimits>;
  /** Called after each case; the total is unknown (entries are read as they are checked). */
  readonly onCase?: (result: CaseResult, done: number, total: undefined) => void;
}

export async function runReplayConformance(doc: IrDocument, options: ReplayOptions): Promise<RunSummary> {
  const started = Date.now();
  const router = new EndpointRouter(doc.endpoints);
  const files = await recordingFilesIn(options.inputs);
  const budget = new DecodeBudget({ ...DEFAULT_RECORDING_LIMITS, ...options.limits });
  const results: CaseResult[] = [];
  const endpoints = new Set<string>();
  const shared = new SharedTexts();
  const report = (result: CaseResult) => {
    results.push(shared.compact(result));
    options.onCase?.(result, results.length, undefined);
  };
  // One recording at a time, one entry at a time, one decoded body at a time: nothing of an
  // entry outlives its case. A recording that breaks off is a failing case after its entries.
  for (const file of files) {
    const name = path.basename(file);
    try {
      for (const e of recordingEntries(file, budget.limits)) {
        const result = replayEntry(doc, router, budget, options, `${name}#${e.index + 1}`, e);
        if (!result) continue;
        if (result.endpoint && !result.endpoint.endsWith('.*')) endpoints.add(result.endpoint);
        report(result);
      }
    } catch (e) {
      if (!(e instanceof RecordingError)) throw e;
      report(recordingFailure(name, e.message));
    }
  }
  return { mode: 'replay', cases: results, endpoints: endpoints.size, durationMs: Date.now() - started };
}

/** One entry as a case (undefined: filtered out by --endpoint), with credentials redacted. */
function replayEntry(
  doc: IrDocument,
  router: EndpointRouter,
  budget: DecodeBudget,
  options: ReplayOptions,
  id: string,
  e: RecordedEntry,
): CaseResult | undefined {
  const requestBody = decodeBody(e.requestBody, e.requestHeaders['content-encoding'], budget);
  const requestText = requestBody.ok ? requestBody.text : '';
  const url = safeUrl(e.url);
  const redactor = redactorForEntry(e, requestText, url);
  const result = checkEntry(doc, router, budget, options, id, e, requestText, url);
  return result && redactCase(result, redactor);
}

function checkEntry(
  doc: IrDocument,
  router: EndpointRouter,
  budget: DecodeBudget,
  options: ReplayOptions,
  id: string,
  e: RecordedEntry,
  requestBody: string,
  url: URL | undefined,
): CaseResult | undefined {
  const request = `${e.method} ${url?.pathname ?? e.url}`;
  const params = url ? requestParams(url, e.requestContentType, requestBody) : new URLSearchParams();
  const match = url ? router.match(e.method, url.pathname, params) : undefined;
  const t0 = Date.now();
  if (!match && url) {
    const fo = foWithoutAction(doc, router, budget, options, id, e, url, params, request);
    if (fo !== 'none') return fo;
  }
  if (!match) {
    return {
      id,
      name: id,
      outcome: 'unspecified',
      checks: [
        {
          check: 'matched',
          ok: true,
          message: `no endpoint in the spec folder matches ${request}${params.get('action') ? ` action=${params.get('action')}` : ''}`,
        },
      ],
      durationMs: 0,
      request,
      status: e.status,
    };
  }
  if (options.endpoints?.length && !options.endpoints.includes(match.endpoint.id)) return undefined;
  const base = { id, endpoint: match.endpoint.id, name: id, request, status: e.status };
  const known = findKnownFailure(options.knownFailures ?? [], id, 'replay');
  if (known) return { ...base, outcome: 'skip', checks: [], durationMs: 0, reason: known.reason };
  const matched = {
    check: 'matched' as const,
    ok: true,
    message: `${match.endpoint.id}${match.alias ? ` (alias ${match.alias})` : ''}`,
  };
  const body = decodeBody(e.responseBody, e.responseHeaders['content-encoding'], budget);
  if (!body.ok) {
    const checks = [matched, { check: 'recording' as const, ok: false, message: `response ${body.message}` }];
    return { ...base, outcome: 'fail', checks, durationMs: Date.now() - t0 };
  }
  const checks = [
    matched,
    ...checkResponse(
      doc,
      match.endpoint,
      {
        status: e.status,
        headers: e.responseHeaders,
        body: body.text,
        // A recording stored without any response header (Ruby VCR with headers filtered out)
        // says nothing about the media type: the body is sniffed instead of failing the check.
        contentTypeKnown: Object.keys(e.responseHeaders).length > 0,
      },
      {},
      options,
    ),
  ];
  return { ...base, outcome: outcomeOf(checks), checks, durationMs: Date.now() - t0 };
}

/**
 * An FO request without `action` to a specified FO path (checks/fo-without-action.ts): a case
 * labelled with the path's endpoint family; `none` when the entry is not one.
 */
function foWithoutAction(
  doc: IrDocument,
  router: EndpointRouter,
  budget: DecodeBudget,
  options: ReplayOptions,
  id: string,
  e: RecordedEntry,
  url: URL,
  params: URLSearchParams,
  request: string,
): CaseResult | undefined | 'none' {
  const t0 = Date.now();
  const family = foWithoutActionFamily(router, url, params);
  if (!family) return 'none';
  if (options.endpoints?.length && !family.some((x) => options.endpoints!.includes(x.id))) return undefined;
  const body = decodeBody(e.responseBody, e.responseHeaders['content-encoding'], budget);
  const observed = {
    status: e.status,
    headers: e.responseHeaders,
    body: body.ok ? body.text : '',
    contentTypeKnown: Object.keys(e.responseHeaders).length > 0,
  };
  const fo = checkFoWithoutAction(doc, router, url, params, observed, options);
  if (!fo) return 'none';
  const base = { id, endpoint: fo.family, name: id, request, status: e.status };
  const known = findKnownFailure(options.knownFailures ?? [], id, 'replay');
  if (known) return { ...base, outcome: 'skip', checks: [], durationMs: 0, reason: known.reason };
  const checks = body.ok
    ? fo.checks
    : [fo.checks[0]!, { check: 'recording' as const, ok: false, message: `response ${body.message}` }];
  return { ...base, outcome: outcomeOf(checks), checks, durationMs: Date.now() - t0 };
}

/**
 * Every case of a run is kept for the report, so a case must stay small: checks without issues
 * and request lines repeat from entry to entry (`HTTP 200`, `valid against ...`), and are kept
 * once, shared by the cases that carry them (at most `MAX_SHARED` distinct ones).
 */
class SharedTexts {
  private static readonly MAX_SHARED = 4096;
  private readonly checks = new Map<string, CheckResult>();
  private readonly requests = new Map<string, string>();

  compact(c: CaseResult): CaseResult {
    const checks = c.checks.map((k) => this.check(k));
    const request = c.request !== undefined ? this.request(c.request) : undefined;
    return { ...c, checks, ...(request !== undefined ? { request } : {}) };
  }

  private check(k: CheckResult): CheckResult {
    if (k.issues !== undefined) return k;
    const key = `${k.check}\u0000${k.ok}\u0000${k.message}`;
    const known = this.checks.get(key);
    if (known) return known;
    if (this.checks.size < SharedTexts.MAX_SHARED) this.checks.set(key, k);
    return k;
  }

  private request(r: string): string {
    const known = this.requests.get(r);
    if (known !== undefined) return known;
    if (this.requests.size < SharedTexts.MAX_SHARED) this.requests.set(r, r);
    return r;
  }
}

/** A recording that could not be read at all: one failing case naming the file. */
function recordingFailure(id: string, message: string): CaseResult {
  return {
    id,
    name: id,
    outcome: 'fail',
    checks: [{ check: 'recording', ok: false, message }],
    durationMs: 0,
  };
}

function safeUrl(u: string): URL | undefined {
  try {
    return new URL(u);
  } catch {
    return undefined;
  }
}
