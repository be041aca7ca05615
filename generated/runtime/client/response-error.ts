// Copied by qspec from runtime/client/response-error.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Maps a final response to a typed error, or undefined when it is a success:
 * SIMPLE_RETURN with a CODE -> QualysSimpleReturnError (unless SIMPLE_RETURN is the endpoint's
 * declared success payload and the status is 2xx); QPS ServiceResponse (or gateway JSON) with a
 * `responseCode` other than SUCCESS -> QualysApiError; any other status >= 400 -> QualysHttpError.
 * Only the server's words are quoted, cut and redacted (redact.ts: every registered secret in
 * every encoding, and the request body itself should the server echo it); the request body is
 * never put into an error by the client.
 *
 * @see docs/client.md (errors as typed classes); the Qualys VM/PC API guide (SIMPLE_RETURN codes such as 1905, 2000)
 */
import type { EndpointModel } from '../endpoint-model.js';
import { QualysApiError, type QualysError, QualysHttpError, QualysSimpleReturnError } from './qualys-error.js';
import type { Redactor } from './redact.js';
import { qpsStatusOf, simpleReturnOf, type XmlEnvelope } from './xml-envelope.js';

/** A server text (SIMPLE_RETURN TEXT, errorMessage...) is quoted up to this many characters. */
const MAX_TEXT = 2000;
/** A QualysHttpError quotes this many characters of the body. */
const MAX_EXCERPT = 300;
/** A request body this long or longer is masked should the server echo it. */
const MIN_ECHO = 16;

export function responseError(
  endpoint: EndpointModel,
  status: number,
  text: string,
  envelope: XmlEnvelope | undefined,
  json: unknown,
  redactor: Redactor,
  url: string,
  requestBody?: string,
): QualysError | undefined {
  const ctx = { endpoint: endpoint.id, status, url };
  const extra = requestBody !== undefined && requestBody.length >= MIN_ECHO ? [requestBody] : [];
  const r = (s: string | undefined) => (s === undefined ? undefined : redactor.excerpt(s, MAX_TEXT, extra));
  if (envelope !== undefined) {
    const sr = simpleReturnOf(envelope);
    const declared = endpoint.responses.some((x) => x.status === status && x.schema?.root === 'SIMPLE_RETURN');
    if (sr?.code !== undefined && !(declared && status < 400)) {
      const items: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(sr.items)) items[k] = v.map((s) => r(s) ?? '');
      return new QualysSimpleReturnError(sr.code, r(sr.text) ?? '', items, ctx);
    }
    const qps = qpsStatusOf(envelope);
    if (qps?.responseCode !== undefined && qps.responseCode !== 'SUCCESS') {
      return new QualysApiError(qps.responseCode, r(qps.errorMessage), r(qps.errorResolution), ctx);
    }
  }
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const code = (json as Record<string, unknown>)['responseCode'];
    if (typeof code === 'string' && code !== 'SUCCESS') {
      const msg = (json as Record<string, unknown>)['responseMessage'];
      return new QualysApiError(code, typeof msg === 'string' ? r(msg) : undefined, undefined, ctx);
    }
  }
  if (status >= 400) {
    const excerpt = redactor.excerpt(text, MAX_TEXT, extra).replace(/\s+/g, ' ').trim().slice(0, MAX_EXCERPT);
    return new QualysHttpError(status, excerpt, ctx);
  }
  return undefined;
}
