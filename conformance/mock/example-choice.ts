/**
 * Which spec example answers a request the dataset does not (an endpoint with no collection):
 * only a success example (2xx, valid, not an error envelope: QPS responseCode other than
 * SUCCESS, FO SIMPLE_RETURN with a CODE, gateway `errorCode`), and only one that matches the
 * request: no recorded param given another value by the request (a list parameter sharing an
 * item with the recorded one counts as the same), and at least one recorded param
 * (other than the endpoint's fixed ones like `action`) or the recorded request body (equal up to
 * whitespace between tags) given alike. The example with the most such matches wins. A
 * request no example matches gets a generic success example (one recorded with no params beyond
 * the endpoint's fixed ones and no request body), else the schema-generated body. Error examples
 * are never chosen this way: they answer only when named (`X-Qspec-Example`).
 */
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import type { LoadedExample } from './mock-context.js';

/** Request bodies larger than this are not compared with recorded ones. */
const MAX_COMPARED_BODY = 64 * 1024;

export function isErrorEnvelope(body: string): boolean {
  const code = body.indexOf('<responseCode>');
  if (code >= 0 && !body.startsWith('<responseCode>SUCCESS<', code)) return true;
  if (body.includes('<SIMPLE_RETURN') && body.includes('<CODE>')) return true;
  return /^\s*\{/.test(body) && body.includes('"errorCode"');
}

export function chooseExample(
  endpoint: IrEndpoint,
  examples: readonly LoadedExample[],
  requestBodies: ReadonlyMap<string, string> | undefined,
  params: URLSearchParams,
  body: string,
): LoadedExample | undefined {
  const lists = new Set(endpoint.params.filter((p) => p.list).map((p) => p.name));
  const fixed = new Set(endpoint.params.filter((p) => p.const !== undefined).map((p) => p.name));
  const usable = examples.filter(
    (e) =>
      e.example.expect === 'valid' && e.example.status >= 200 && e.example.status < 300 && !isErrorEnvelope(e.body),
  );
  const wanted = normalize(body);
  let best: LoadedExample | undefined;
  let bestScore = 0;
  let generic: LoadedExample | undefined;
  for (const e of usable) {
    const recorded = Object.entries(e.example.params ?? {}).filter(([k]) => !fixed.has(k));
    const recordedBody = requestBodies?.get(e.example.name);
    if (recorded.length === 0 && recordedBody === undefined) {
      generic ??= e;
      continue;
    }
    // A recorded param the request gives another value: another request.
    if (recorded.some(([k, v]) => params.has(k) && !sameValue(lists.has(k), params.get(k)!, v))) continue;
    // An equal value counts twice, a list sharing an item once.
    const same = recorded.reduce((n, [k, v]) => n + (params.get(k) === v ? 2 : params.has(k) ? 1 : 0), 0);
    let bodyMatch = 0;
    if (recordedBody !== undefined && wanted !== undefined && wanted !== '') {
      if (normalize(recordedBody) !== wanted) continue;
      bodyMatch = 1;
    }
    const score = same + bodyMatch;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best ?? generic;
}

/** Equal, or for a list parameter (`a,b`) sharing an item. */
function sameValue(list: boolean, given: string, recorded: string): boolean {
  if (given === recorded) return true;
  if (!list) return false;
  const items = new Set(recorded.split(','));
  return given.split(',').some((x) => items.has(x));
}

/** The body with whitespace between tags removed (undefined when too large to compare). */
function normalize(body: string): string | undefined {
  if (body.length > MAX_COMPARED_BODY) return undefined;
  return body.replace(/>\s+</g, '><').trim();
}
