// Copied by qspec from runtime/client/secret-match.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Finds a secret in text whatever way the text escapes it, for the redactor (redact.ts). The
 * text is decoded once into plain characters, keeping for each where it came from, and the
 * secret is looked for in the raw text and in the decoded text. The decoder reads `+` as a space
 * (HTML forms, URLSearchParams; a second decoding keeps `+` as is), `%HH...` percent-encoded UTF-8
 * in either hex case (encodeURIComponent, encodeURI, Python quote, any mix), `%uXXXX`
 * (JavaScript `escape`), JSON/JavaScript escapes (`\uXXXX` incl. surrogate pairs, `\"`, `\\`,
 * `\/`, `\'`, `\b\f\n\r\t`) and XML/HTML references (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
 * `&apos;`, `&#NN;`, `&#xHH;`). So a password echoed raw, URL-encoded, form-encoded,
 * JSON-escaped or XML-escaped is found without enumerating encoders.
 *
 * No regular expression: one linear decoding pass per reading, then `indexOf` searches.
 *
 * @see redact.ts
 */

interface Unit {
  readonly cp: number;
  readonly end: number;
}

const NAMED: Readonly<Record<string, number>> = { amp: 38, lt: 60, gt: 62, quot: 34, apos: 39 };
const JSON_SHORT: Readonly<Record<string, number>> = {
  '"': 34,
  '\\': 92,
  '/': 47,
  "'": 39,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
};

function hexAt(text: string, i: number, n: number): number {
  if (i + n > text.length) return -1;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(i + k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** A UTF-16 unit at `i` given as 4 hex digits after `prefix` (`\u`, `%u`), joined with a following low surrogate. */
function utf16Escape(text: string, i: number, prefix: string): Unit | undefined {
  if (!text.startsWith(prefix, i)) return undefined;
  const hi = hexAt(text, i + 2, 4);
  if (hi < 0) return undefined;
  if (hi >= 0xd800 && hi <= 0xdbff && text.startsWith(prefix, i + 6)) {
    const lo = hexAt(text, i + 8, 4);
    if (lo >= 0xdc00 && lo <= 0xdfff) return { cp: 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00), end: i + 12 };
  }
  return { cp: hi, end: i + 6 };
}

/** Percent-encoded UTF-8 (one code point) at `i`. */
function percentUtf8(text: string, i: number): Unit | undefined {
  const b0 = hexAt(text, i + 1, 2);
  if (b0 < 0) return undefined;
  // UTF-8 lead bytes: 00-7F one byte, C0-DF two, E0-EF three, F0-F7 four; 80-BF and F8-FF lead nothing.
  const n = b0 < 0x80 ? 1 : b0 < 0xc0 ? 0 : b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : b0 < 0xf8 ? 4 : 0;
  if (n === 0) return undefined;
  let cp = n === 1 ? b0 : b0 & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const at = i + 3 * k;
    if (text.charCodeAt(at) !== 37) return undefined;
    const b = hexAt(text, at + 1, 2);
    if (b < 0 || (b & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Four bytes can spell up to U+1FFFFF; past U+10FFFF it is no character (RFC 3629 §3).
  return cp <= 0x10ffff ? { cp, end: i + 3 * n } : undefined;
}

/** An XML/HTML reference at `i` (`&...;`). */
function reference(text: string, i: number): Unit | undefined {
  const semi = text.indexOf(';', i + 1);
  if (semi < 0 || semi - i > 12) return undefined;
  const body = text.slice(i + 1, semi);
  const named = NAMED[body];
  if (named !== undefined) return { cp: named, end: semi + 1 };
  if (body.length < 2 || body[0] !== '#') return undefined;
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0) return undefined;
  let cp = 0;
  for (const d of digits) {
    const v = hex ? hexAt(d, 0, 1) : d >= '0' && d <= '9' ? d.charCodeAt(0) - 48 : -1;
    if (v < 0) return undefined;
    cp = cp * (hex ? 16 : 10) + v;
  }
  return cp <= 0x10ffff ? { cp, end: semi + 1 } : undefined;
}

/** The escaped unit at `i` (when the text there is one), decoded. */
function escapeAt(text: string, i: number, plusIsSpace: boolean): Unit | undefined {
  const c = text.charCodeAt(i);
  if (c === 43) return plusIsSpace ? { cp: 32, end: i + 1 } : undefined;
  if (c === 37) return text[i + 1] === 'u' ? utf16Escape(text, i, '%u') : percentUtf8(text, i);
  if (c === 92) {
    const short = JSON_SHORT[text[i + 1] ?? ''];
    return short !== undefined ? { cp: short, end: i + 2 } : utf16Escape(text, i, '\\u');
  }
  if (c === 38) return reference(text, i);
  return undefined;
}

/** `text` with every escape decoded, and for each UTF-16 unit of it the index in `text` it starts at (plus the end). */
export interface DecodedText {
  readonly text: string;
  readonly starts: readonly number[];
}

export function decodeEscapes(text: string, plusIsSpace: boolean): DecodedText {
  const parts: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const unit = escapeAt(text, i, plusIsSpace);
    if (unit === undefined) {
      parts.push(text[i]!);
      starts.push(i);
      i++;
      continue;
    }
    const decoded = String.fromCodePoint(unit.cp);
    parts.push(decoded);
    for (let k = 0; k < decoded.length; k++) starts.push(i);
    i = unit.end;
  }
  starts.push(text.length);
  return { text: parts.join(''), starts };
}

/** Adds the ranges `[start, end)` of `text` where `needle` occurs literally. */
export function findLiteral(text: string, needle: string, out: [number, number][]): void {
  if (needle.length === 0) return;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push([i, i + needle.length]);
  }
}

/** Adds the ranges of the original text where `needle` occurs in its decoded form. */
export function findDecoded(decoded: DecodedText, needle: string, out: [number, number][]): void {
  if (needle.length === 0) return;
  const { text, starts } = decoded;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push([starts[i]!, starts[i + needle.length]!]);
  }
}
