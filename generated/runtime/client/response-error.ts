// Copied by qspec from templates/runtime/client/response-error.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * Maps a final response to a typed error, or undefined when it is a success:
 * SIMPLE_RETURN with a CODE → QualysSimpleReturnError (unless SIMPLE_RETURN is the endpoint's
 * declared success payload and the status is 2xx); QPS ServiceResponse (or gateway JSON) with a
 * `responseCode` other than SUCCESS → QualysApiError; any other status ≥ 400 → QualysHttpError.
 * Messages pass through the redactor.
 *
 * @see issue 3 "Errors as typed classes"; corpus recordings (1905, 2000 SIMPLE_RETURNs)
 */
import type { EndpointModel } from '../endpoint-model.js';
import { QualysApiError, type QualysError, QualysHttpError, QualysSimpleReturnError } from './qualys-error.js';
import type { Redactor } from './redact.js';
import { qpsStatusOf, simpleReturnOf, type XmlEnvelope } from './xml-envelope.js';

export function responseError(
  endpoint: EndpointModel,
  status: number,
  text: string,
  envelope: XmlEnvelope | undefined,
  json: unknown,
  redactor: Redactor,
  url: string,
): QualysError | undefined {
  const ctx = { endpoint: endpoint.id, status, url };
  const r = (s: string | undefined) => (s === undefined ? undefined : redactor.text(s));
  if (envelope !== undefined) {
    const sr = simpleReturnOf(envelope);
    const declared = endpoint.responses.some((x) => x.status === status && x.schema?.root === 'SIMPLE_RETURN');
    if (sr?.code !== undefined && !(declared && status < 400)) {
      const items: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(sr.items)) items[k] = v.map((s) => redactor.text(s));
      return new QualysSimpleReturnError(sr.code, r(sr.text) ?? '', items, ctx);
    }
    const qps = qpsStatusOf(envelope);
    if (qps?.responseCode !== undefined && qps.responseCode !== 'SUCCESS') {
      return new QualysApiError(qps.responseCode, r(qps.errorMessage), r(qps.errorResolution), ctx);
    }
  }
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const code = (json as Record<string, unknown>).responseCode;
    if (typeof code === 'string' && code !== 'SUCCESS') {
      const msg = (json as Record<string, unknown>).responseMessage;
      return new QualysApiError(code, typeof msg === 'string' ? r(msg) : undefined, undefined, ctx);
    }
  }
  if (status >= 400)
    return new QualysHttpError(status, redactor.text(text.replace(/\s+/g, ' ').trim().slice(0, 300)), ctx);
  return undefined;
}
