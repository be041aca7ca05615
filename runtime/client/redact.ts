/**
 * Credential redaction, the second line of defence behind the rule that request bodies and
 * credentials are never put into an error (client-core.ts, jwt-token-source.ts). Everything the
 * client shows (errors, debug hooks, warnings) goes through a Redactor that knows the secrets in
 * use (passwords, `user:password`, tokens) and masks them as `***` in every encoding a server
 * echo can carry them in:
 *
 * - raw, percent-encoded (encodeURIComponent, URLSearchParams/form with `+`, either hex case,
 *   any mix), JSON/JavaScript-escaped, XML/HTML-escaped: one decoding matcher (secret-match.ts);
 * - double percent-encoded (a URL inside a query string): literal forms;
 * - base64 and base64url of the secret (raw, JSON-escaped, percent- and form-encoded), at each
 *   of the three byte alignments, so it is also found inside a longer encoded blob (the `Basic`
 *   header of `user:password`, a base64 JSON or form body): literal forms.
 *
 * Sensitive headers are masked outright, and `safeCopy` makes a redacted copy of a foreign error
 * (message, stack, code, nested causes) for `QualysTransportError.cause`.
 *
 * @see docs/client.md and docs/security.md (credentials never appear in errors, logs or debug output)
 */
import { decodeEscapes, findDecoded, findLiteral } from './secret-match.js';

const SENSITIVE_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-api-key']);
const MASK = '***';
/** Secrets shorter than this are not registered (they would mask ordinary words). */
const MIN_SECRET = 3;
/** Base64 fragments shorter than this are not registered (they would mask random text). */
const MIN_FRAGMENT = 6;
/** Longest text unit one character of a secret can take (4 UTF-8 bytes double percent-encoded). */
const MAX_UNIT = 20;

/** The base64 characters that only depend on `bytes`, with `shift` bytes before them, in both alphabets. */
function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = [bytes.toString('base64'), bytes.toString('base64url')];
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes, Buffer.alloc(2)]).toString('base64');
    const from = Math.ceil((8 * shift) / 6);
    const to = Math.floor((8 * (shift + bytes.length)) / 6);
    const fragment = padded.slice(from, to);
    if (fragment.length >= MIN_FRAGMENT) forms.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

export class Redactor {
  /** Secrets, matched by the decoding matcher. */
  private readonly secrets = new Set<string>();
  /** Encoded forms the matcher does not decode, matched literally. */
  private readonly literals = new Set<string>();
  private longestSecret = 0;

  /** Registers a secret (and every form of it) to be masked from now on. */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.longestSecret = Math.max(this.longestSecret, secret.length);
    // A lone surrogate cannot be percent-encoded (encodeURIComponent throws); on the wire (UTF-8,
    // URLSearchParams) it is U+FFFD, so the encoded forms are those of the well-formed string.
    const wellFormed = secret.replace(/\p{Cs}/gu, '\uFFFD');
    if (wellFormed !== secret) this.add(wellFormed);
    const once = encodeURIComponent(wellFormed);
    const form = new URLSearchParams({ s: wellFormed }).toString().slice(2);
    for (const twice of [encodeURIComponent(once), encodeURIComponent(form)]) this.literals.add(twice);
    // Inside base64 the secret is found as the bytes it was written with: raw, or escaped by the
    // JSON or form body around it.
    for (const inner of new Set([secret, JSON.stringify(secret).slice(1, -1), once, form])) {
      for (const b of base64Forms(Buffer.from(inner, 'utf8'))) this.literals.add(b);
    }
  }

  /** How many characters a registered secret can take in text at most (for callers that cut text). */
  get maxEncodedLength(): number {
    return this.longestSecret * MAX_UNIT;
  }

  /** Masks every known secret inside `text`, plus the `extra` strings given literally (e.g. a request body). */
  text(text: string, extra: readonly string[] = []): string {
    return this.masked(text, text.length, extra);
  }

  /**
   * The first `max` characters of `text` (counted in the original) with secrets masked: the
   * secrets are looked for in a window long enough that one starting before the cut is masked
   * whole, and nothing from beyond the cut comes through.
   */
  excerpt(text: string, max: number, extra: readonly string[] = []): string {
    const window = max + this.maxEncodedLength + Math.max(0, ...extra.map((e) => e.length));
    return this.masked(text.length > window ? text.slice(0, window) : text, max, extra);
  }

  /** `text` up to original index `limit`, each secret occurrence starting before it replaced by the mask. */
  private masked(text: string, limit: number, extra: readonly string[]): string {
    if (text.length === 0) return text;
    const ranges: [number, number][] = [];
    const readings = this.secrets.size > 0 ? [decodeEscapes(text, true), decodeEscapes(text, false)] : [];
    for (const s of this.secrets) {
      findLiteral(text, s, ranges);
      for (const reading of readings) findDecoded(reading, s, ranges);
    }
    for (const lit of [...this.literals, ...extra]) if (lit.length >= MIN_SECRET) findLiteral(text, lit, ranges);
    if (ranges.length === 0) return text.slice(0, limit);
    ranges.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of ranges) {
      if (start >= limit) break;
      if (end <= at) continue;
      if (start >= at) out += `${text.slice(at, start)}${MASK}`;
      at = end;
    }
    return at < limit ? out + text.slice(at, limit) : out;
  }

  /** A copy of the headers with sensitive values masked (scheme kept: `Basic ***`). */
  headers(headers: Readonly<Record<string, string>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) {
      if (SENSITIVE_HEADERS.has(k.toLowerCase())) {
        const space = v.indexOf(' ');
        const scheme = space > 0 ? v.slice(0, space) : '';
        out[k] = scheme !== '' && /^\w+$/.test(scheme) ? `${scheme} ${MASK}` : MASK;
      } else out[k] = this.text(v);
    }
    return out;
  }

  /**
   * A redacted copy of a foreign error (a fetch/undici TypeError, a socket error): name, message,
   * stack, `code` and nested `cause`s (4 deep) with every secret masked. The original is dropped.
   */
  safeCopy(err: unknown, depth = 0): Error {
    const source = err as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; cause?: unknown };
    const message = this.excerpt(
      typeof source?.message === 'string' ? source.message : String(err ?? 'unknown error'),
      2000,
    );
    const copy = new Error(message);
    copy.name = typeof source?.name === 'string' ? source.name.slice(0, 100) : 'Error';
    copy.stack = typeof source?.stack === 'string' ? this.excerpt(source.stack, 8000) : `${copy.name}: ${message}`;
    if (typeof source?.code === 'string' || typeof source?.code === 'number') {
      (copy as { code?: unknown }).code =
        typeof source.code === 'string' ? this.excerpt(source.code, 100) : source.code;
    }
    if (source?.cause !== undefined && source.cause !== null && depth < 4) {
      Object.defineProperty(copy, 'cause', {
        value: this.safeCopy(source.cause, depth + 1),
        enumerable: false,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
}
