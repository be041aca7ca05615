// Copied by qspec from runtime/client/redirect.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Redirects are never followed (the fetch transport asks for `redirect: 'manual'`): a 3xx answer
 * becomes a QualysRedirectError naming the target's origin only (scheme, host, port; no user
 * info, path or query, which may carry credentials or user data), so credentials are never sent
 * to another origin and a redirect never passes for an empty success.
 *
 * @see fetch-transport.ts; client-core.ts; jwt-token-source.ts; docs/client.md "Errors"
 */
import { type QualysErrorContext, QualysRedirectError } from './qualys-error.js';
import type { TransportResponse } from './transport.js';

/** The redirect error for a 3xx answer to `requestUrl`, else undefined. */
export function redirectError(
  res: TransportResponse,
  requestUrl: string,
  context: QualysErrorContext,
): QualysRedirectError | undefined {
  if (res.status < 300 || res.status > 399) return undefined;
  const location = res.headers['location'];
  let origin: string | undefined;
  if (location !== undefined) {
    try {
      const target = new URL(location, requestUrl).origin;
      origin = target === 'null' ? undefined : target;
    } catch {
      origin = undefined;
    }
  }
  return new QualysRedirectError(res.status, origin, context);
}
