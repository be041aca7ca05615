/**
 * The body family of a response whose media type is unknown (a recording stored without its
 * response headers): XML when the first significant character is `<` (XML 1.0 §2.8: a document
 * starts with its prolog, `<?xml`, a comment, a DOCTYPE or the root element), JSON when it is
 * `{` or `[` (RFC 8259 §2: an object or an array at top level, the shapes the Qualys APIs
 * answer). Reads at most `SNIFF_WINDOW` characters: a byte-order mark and leading whitespace
 * are skipped, nothing else is parsed.
 */

/** Longest run of leading whitespace looked through. */
export const SNIFF_WINDOW = 4096;

export type SniffedBody = 'xml' | 'json';

export function sniffBody(text: string): SniffedBody | undefined {
  const end = Math.min(text.length, SNIFF_WINDOW);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) return undefined;
  const c = text[i];
  if (c === '<') return 'xml';
  if (c === '{' || c === '[') return 'json';
  return undefined;
}

/** XML 1.0 §2.3 S, which also covers JSON's insignificant whitespace (RFC 8259 §2). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
