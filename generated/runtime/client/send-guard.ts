// Copied by qspec from runtime/client/send-guard.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The one way the client core and the token source hand a request to a transport:
 *
 * - header values fetch would refuse (control characters, characters beyond Latin-1, leading or
 *   trailing whitespace) are refused here first, naming the header but never its value: fetch's
 *   own refusal (`Headers.append: "Bearer ..." is an invalid header value`) quotes the credential;
 * - any error the transport throws (fetch/undici TypeError, socket error) becomes a
 *   QualysTransportError whose message and `cause` are redacted copies: a foreign error object
 *   never reaches the caller, so `String(err)`, `err.stack`, `util.inspect(err)` and
 *   `JSON.stringify(err)` show no secret. QualysErrors (timeouts) and the caller's own abort
 *   reason pass through unchanged;
 * - `guardBody` does the same for an error met while reading a body.
 *
 * @see redact.ts; qualys-error.ts; docs/client.md "Limits"
 */
import { QualysError, type QualysErrorContext, QualysTransportError } from './qualys-error.js';
import type { Redactor } from './redact.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/** A header value fetch accepts as is: visible Latin-1 and inner spaces/tabs only. */
export function isSendableHeaderValue(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff || c === 0x7f || (c < 0x20 && c !== 0x09)) return false;
  }
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return !(first === 0x20 || first === 0x09 || last === 0x20 || last === 0x09);
}

/** The error to throw for `err`, met while sending or reading: ours as is, foreign ones wrapped and redacted. */
export function guardError(
  err: unknown,
  redactor: Redactor,
  context: QualysErrorContext,
  what: string,
  signal?: AbortSignal,
): unknown {
  if (err instanceof QualysError) return err;
  if (signal?.aborted && err === signal.reason) return err;
  const copy = redactor.safeCopy(err);
  return new QualysTransportError(`${what} failed: ${copy.name}: ${copy.message}`, context, copy);
}

export async function guardedSend(
  transport: Transport,
  request: TransportRequest,
  redactor: Redactor,
  context: QualysErrorContext,
): Promise<TransportResponse> {
  for (const [name, value] of Object.entries(request.headers)) {
    if (!isSendableHeaderValue(value)) {
      throw new QualysTransportError(
        `header ${name} has a value HTTP cannot carry (control character, non-Latin-1 character or outer whitespace); request not sent`,
        context,
      );
    }
  }
  try {
    return await transport.send(request);
  } catch (err) {
    throw guardError(err, redactor, context, 'request', request.signal);
  }
}
