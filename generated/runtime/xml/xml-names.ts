// Copied by qspec from runtime/xml/xml-names.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Where an XML name ends: ASCII characters through a lookup table, the Unicode ranges of
 * NameStartChar/NameChar only from the first non-ASCII character on (surrogate pairs read as one
 * code point). Used by the tokenizer for element, attribute, PI and entity names.
 *
 * @see XML 1.0 §2.3 (Name, NameStartChar, NameChar)
 */
import { ASCII_NAME, isNameCode, isNameStartCode } from './xml-chars.js';

/** End of the name starting at `i` in `s` (`i` itself when there is none), scanning below `to`. */
export function nameEnd(s: string, i: number, to: number): number {
  if (i >= to) return i;
  const c0 = s.charCodeAt(i);
  if (c0 >= 128) return nameEndSlow(s, i, i, to);
  if (ASCII_NAME[c0] !== 1) return i;
  let j = i + 1;
  for (;;) {
    if (j >= to) return j;
    const c = s.charCodeAt(j);
    if (c >= 128) return nameEndSlow(s, i, j, to);
    if (ASCII_NAME[c] === 0) return j;
    j++;
  }
}

/** nameEnd() of the name starting at `start`, from its first non-ASCII character at `j` on. */
function nameEndSlow(s: string, start: number, j: number, to: number): number {
  while (j < to) {
    const c = s.charCodeAt(j);
    if (c < 128) {
      if (ASCII_NAME[c] === 0 || (j === start && ASCII_NAME[c] !== 1)) break;
      j++;
    } else {
      const cp = s.codePointAt(j)!;
      if (!(j === start ? isNameStartCode(cp) : isNameCode(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
  }
  return j;
}

/** End of the Nmtoken (one or more NameChars) starting at `i` in `s`, scanning below `to`. */
export function nmtokenEnd(s: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = s.charCodeAt(j);
    if (c < 128) {
      if (ASCII_NAME[c] === 0) break;
      j++;
    } else {
      const cp = s.codePointAt(j)!;
      if (!isNameCode(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
  }
  return j;
}
