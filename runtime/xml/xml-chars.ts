/**
 * Character classes of XML 1.0 (fifth edition) for the tokenizer: name characters (an ASCII
 * lookup table, with the Unicode ranges checked only for non-ASCII code points), the characters a
 * document may not contain at all, whitespace, and the predefined entities.
 *
 * @see XML 1.0 §2.2 (Char), §2.3 (NameStartChar, NameChar, S), §4.6 (predefined entities)
 */

/** 1: name start char, 2: name char (not start), 0: neither; ASCII only. */
export const ASCII_NAME: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58) t[c] = 1;
    else if ((c >= 48 && c <= 57) || c === 45 || c === 46) t[c] = 2;
  }
  return t;
})();

/** XML 1.0 §2.3 NameStartChar for a code point >= 0x80. */
export function isNameStartCode(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 §2.3 NameChar for a code point >= 0x80. */
export function isNameCode(c: number): boolean {
  return isNameStartCode(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/**
 * UTF-16 units that can never stand in a document: C0 controls other than tab/LF/CR, U+FFFE,
 * U+FFFF, and any surrogate (a surrogate found by this search is then checked for a proper pair).
 */
export const SUSPECT_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/**
 * Index of the first unit at or after `from` in `s` that is not an XML Char, or -1. A high
 * surrogate in the last unit is not judged (its pair may come with the next chunk): it is
 * reported only when `final`.
 */
export function firstBadChar(s: string, from: number, final: boolean): number {
  SUSPECT_CHAR.lastIndex = from;
  for (;;) {
    const m = SUSPECT_CHAR.exec(s);
    if (!m) return -1;
    const i = m.index;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 === s.length) return final ? i : -1;
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        SUSPECT_CHAR.lastIndex = i + 2;
        continue;
      }
      return i;
    }
    return i;
  }
}

/** XML whitespace: space, tab, LF, CR. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The five predefined entities. */
export const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/** The code point a character reference names, or -1 when it is not a legal XML Char. */
export function charRefCode(body: string): number {
  const hex = body.charCodeAt(0) === 120; // 'x'
  const digits = hex ? body.slice(1) : body;
  if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return -1;
  // Leading zeros are allowed (`&#x0000000041;`); past 8 significant digits no code point is legal.
  let z = 0;
  while (z < digits.length - 1 && digits.charCodeAt(z) === 48) z++;
  if (digits.length - z > 8) return -1;
  const c = Number.parseInt(digits.slice(z), hex ? 16 : 10);
  const legal =
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff);
  return legal ? c : -1;
}
