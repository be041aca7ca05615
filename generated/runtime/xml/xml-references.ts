// Copied by qspec from runtime/xml/xml-references.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Character data as the application sees it: references resolved (the five predefined entities
 * and character references only: nothing else is ever expanded) and line ends normalized, or,
 * in attribute values, each literal tab, CR, LF or CRLF turned into one space (a `&#10;`
 * reference stays a line feed).
 *
 * @see XML 1.0 §4.1 (references), §4.6 (predefined entities), §2.11 (line ends),
 *      §3.3.3 (attribute-value normalization)
 */
import { charRefCode, PREDEFINED_ENTITIES } from './xml-chars.js';
import { nameEnd } from './xml-names.js';

/** A malformed or undefined reference: what is wrong, and the index of the character it was found at. */
export interface ReferenceError {
  readonly message: string;
  readonly at: number;
}

/** Literal text (no references) as the application sees it. */
export function literalText(t: string, attr: boolean, hasCR: boolean): string {
  if (attr) return /[\t\n\r]/.test(t) ? t.replace(/\r\n|[\t\n\r]/g, ' ') : t;
  return hasCR ? t.replace(/\r\n?/g, '\n') : t;
}

/** `s[from, to)` with its references resolved, or the first bad reference. */
export function decodeReferences(
  s: string,
  from: number,
  to: number,
  attr: boolean,
  hasCR: boolean,
): string | ReferenceError {
  let out = '';
  let seg = from;
  let a = s.indexOf('&', from);
  while (a >= 0 && a < to) {
    out += literalText(s.slice(seg, a), attr, hasCR);
    let k = a + 1;
    if (s.charCodeAt(k) === 35) {
      k++;
      while (k < to && /[0-9a-fA-Fx]/.test(s.charAt(k))) k++;
      const code = k < to && s.charCodeAt(k) === 59 ? charRefCode(s.slice(a + 2, k)) : -1;
      if (code < 0) return { message: 'malformed character reference', at: k };
      out += String.fromCodePoint(code);
    } else {
      const n = nameEnd(s, k, to);
      if (n === k || n >= to || s.charCodeAt(n) !== 59)
        return { message: 'malformed entity reference (expected a name and ;)', at: n };
      const v = PREDEFINED_ENTITIES.get(s.slice(k, n));
      if (v === undefined) return { message: `undefined entity &${s.slice(k, n)};`, at: n };
      out += v;
      k = n;
    }
    seg = k + 1;
    a = s.indexOf('&', seg);
  }
  return out + literalText(s.slice(seg, to), attr, hasCR);
}
