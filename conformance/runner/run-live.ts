/**
 * `--mode live` and `--mode record`: the same cases as mock mode's examples, sent through the
 * typed client to a real Qualys platform (`--platform US1` or `--base-url`), with credentials
 * from the environment (`QUALYS_USERNAME` / `QUALYS_PASSWORD`) or `.netrc`. Only read-only
 * endpoints run unless `allowWrites` (state-changing ones are reported as skipped with that
 * reason). Record mode also keeps every exchange, redacted, for a HAR file.
 *
 * @see docs/conformance.md
 */
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import type { AuthConfig } from '../../runtime/client/auth-provider.js';
import { nodeHttpTransport } from '../../runtime/client/node-http-transport.js';
import type { Transport } from '../../runtime/client/transport.js';
import { checkResponse } from '../checks/check-response.js';
import { CaptureTransport } from '../transports/capture-transport.js';
import { RecordTransport } from '../transports/record-transport.js';
import type { PayloadOptions } from '../validate/validate-payload.js';
import { type CaseResult, outcomeOf, type RunSummary } from './case-result.js';
import { clientFor, endpointModelOf, inputFromParams } from './client-for-ir.js';
import { findKnownFailure, type KnownFailure } from './known-failures.js';

export interface LiveOptions extends PayloadOptions {
  readonly platform?: string;
  readonly baseUrl?: string;
  readonly auth: AuthConfig;
  readonly allowWrites: boolean;
  readonly record: boolean;
  readonly endpoints?: readonly string[];
  readonly knownFailures?: readonly KnownFailure[];
  readonly transport?: Transport;
  readonly onCase?: (result: CaseResult, done: number, total: number) => void;
}

const WRITE_WORDS =
  /(^|[./_-])(create|update|delete|edit|add|submit|launch|cancel|requestReview|activate|purge)([./_-]|$)/i;

/** Read-only: GET/search/list/count/get/fetch calls that change nothing on the platform. */
export function isReadOnly(endpoint: IrEndpoint): boolean {
  const action = endpoint.params.find((p) => p.name === 'action')?.const ?? '';
  return (
    endpoint.idempotent &&
    !WRITE_WORDS.test(endpoint.id) &&
    !WRITE_WORDS.test(endpoint.path) &&
    !WRITE_WORDS.test(action)
  );
}

export async function runLiveConformance(
  doc: IrDocument,
  options: LiveOptions,
): Promise<RunSummary & { readonly har?: string }> {
  const started = Date.now();
  const inner = options.transport ?? nodeHttpTransport();
  const recorder = options.record ? new RecordTransport(inner) : undefined;
  if (recorder && options.auth.kind === 'basic') {
    recorder.redactor.add(options.auth.password);
    recorder.redactor.add(Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64'));
  }
  const capture = new CaptureTransport(recorder ?? inner);
  const client = clientFor(doc, capture, options.baseUrl, options.auth, options.platform);
  const mode = options.record ? 'record' : 'live';
  const planned = doc.endpoints.filter((e) => !options.endpoints?.length || options.endpoints.includes(e.id));
  const results: CaseResult[] = [];
  for (const endpoint of planned) {
    const example = endpoint.examples.find((x) => x.kind === 'response' && x.expect === 'valid' && x.status < 300);
    const name = example?.name ?? 'default';
    const id = `${endpoint.id}/${name}`;
    const known = findKnownFailure(options.knownFailures ?? [], id, mode);
    let result: CaseResult;
    if (known || (!options.allowWrites && !isReadOnly(endpoint))) {
      const reason = known?.reason ?? 'changes state on the platform; run with --allow-writes to include it';
      result = { id, endpoint: endpoint.id, name, outcome: 'skip', checks: [], durationMs: 0, reason };
    } else {
      const t0 = Date.now();
      const before = capture.exchanges.length;
      let thrown: Error | undefined;
      try {
        await client.exchange(endpointModelOf(doc, endpoint), inputFromParams(endpoint, example?.params ?? {}), {}, {});
      } catch (e) {
        thrown = e as Error;
      }
      const ex = capture.lastCall(before);
      const checks = ex
        ? checkResponse(doc, endpoint, ex, {}, options)
        : [{ check: 'request' as const, ok: false, message: `no exchange: ${thrown?.message ?? 'unknown error'}` }];
      result = {
        id,
        endpoint: endpoint.id,
        name,
        outcome: outcomeOf(checks),
        checks,
        durationMs: Date.now() - t0,
        ...(ex ? { status: ex.status } : {}),
      };
    }
    results.push(result);
    options.onCase?.(result, results.length, planned.length);
  }
  return {
    mode,
    cases: results,
    endpoints: planned.length,
    durationMs: Date.now() - started,
    ...(recorder ? { har: recorder.toHar() } : {}),
  };
}
