// Copied by qspec from templates/runtime/client/redact.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * Credential redaction: everything the client shows (errors, debug hooks, warnings) goes
 * through a Redactor that knows the secrets in use (passwords, tokens, basic-auth blobs) and
 * replaces them, and masks sensitive header values outright.
 *
 * @see issue 3 "Credentials never appear in errors, logs or debug output"
 */

const SENSITIVE_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-api-key']);
const MASK = '***';

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret (and its URL-encoded and base64 forms) to be masked from now on. */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < 3) return;
    this.secrets.add(secret);
    this.secrets.add(encodeURIComponent(secret));
    this.secrets.add(Buffer.from(secret, 'utf8').toString('base64'));
  }

  /** Masks every known secret inside `text`. */
  text(text: string): string {
    let out = text;
    // Longest first so that a secret containing another one is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    return out;
  }

  /** A copy of the headers with sensitive values masked (scheme kept: `Basic ***`). */
  headers(headers: Readonly<Record<string, string>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) {
      if (SENSITIVE_HEADERS.has(k.toLowerCase())) {
        const scheme = /^(\w+)\s/.exec(v)?.[1];
        out[k] = scheme ? `${scheme} ${MASK}` : MASK;
      } else out[k] = this.text(v);
    }
    return out;
  }
}
