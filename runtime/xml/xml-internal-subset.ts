/**
 * The markup declarations of a DOCTYPE's internal subset, each checked against the grammar and
 * well-formedness constraints of XML 1.0 (fifth edition) as one token of the scanner: element
 * type declarations (with their content models), attribute-list declarations (types, enumerations
 * and default values), entity and notation declarations. Comments, PIs, parameter-entity
 * references between declarations and the closing `]`...`>` are handled by the scanner.
 *
 * Nothing is stored and nothing is expanded: the caller learns of each entity declaration (its
 * name, whether it is a parameter entity and external) and applies the entity policy (see
 * docs/decisions/0007-entity-policy.md). Parameter-entity references inside a declaration, even
 * in an entity value, violate WFC "PEs in Internal Subset". Conditional sections are allowed only
 * in the external subset, which is never read.
 *
 * Each declaration is read in one pass without recursion (content models use an explicit stack),
 * so the work is linear in its length; `MORE` asks for the rest of a cut declaration.
 *
 * @see XML 1.0 §2.8 [28b] intSubset, [29] markupdecl, WFC: PEs in Internal Subset; §3.2 [45]-[51]
 *      (element type declarations); §3.3 [52]-[60] (attribute-list declarations); §4.2 [70]-[76]
 *      (entity declarations); §4.7 [82]-[83] (notation declarations); §4.1 [66] CharRef
 */

import { charRefCode } from './xml-chars.js';
import { BAD, type DeclCursor, MORE } from './xml-doctype.js';
import { nameEnd, nmtokenEnd } from './xml-names.js';
import { decodeReferences } from './xml-references.js';

/** An entity declaration just read (for the entity policy). */
export interface EntityDecl {
  readonly name: string;
  readonly parameter: boolean;
  readonly external: boolean;
}

const ATT_TYPES = new Set(['CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES', 'NMTOKEN', 'NMTOKENS']);

/** Reads the markup declaration at `i` (`<!` and a letter); the index after its `>`, MORE or BAD. */
export function readMarkupDecl(c: DeclCursor, i: number, onEntity: (e: EntityDecl) => void): number {
  for (const [kw, read] of DECLS) {
    const h = c.has(i, kw);
    if (h === MORE) return MORE;
    if (h === 1) {
      const j = c.needS(i + kw.length, `after ${kw}`);
      return j < 0 ? j : read(c, j, onEntity);
    }
  }
  return c.bad('unknown markup declaration (expected ELEMENT, ATTLIST, ENTITY or NOTATION)', i + 2);
}

type DeclReader = (c: DeclCursor, i: number, onEntity: (e: EntityDecl) => void) => number;

const DECLS: ReadonlyArray<readonly [string, DeclReader]> = [
  ['<!ELEMENT', elementDecl],
  ['<!ATTLIST', attlistDecl],
  ['<!ENTITY', entityDecl],
  ['<!NOTATION', notationDecl],
];

/** `S? '>'` closing a declaration at `i`. */
function close(c: DeclCursor, i: number, what: string): number {
  const j = c.skipS(i);
  if (j >= c.cap) return MORE;
  return c.s.charCodeAt(j) === 62 ? j + 1 : c.bad(`expected '>' to end the ${what} declaration`, j);
}

function isOccurrence(ch: number): boolean {
  return ch === 63 || ch === 42 || ch === 43; // ? * +
}

/** `<!ELEMENT` S Name S contentspec S? `>` (from the Name on). */
function elementDecl(c: DeclCursor, i: number): number {
  let j = c.name(i, 'an element name');
  if (j < 0) return j;
  j = c.needS(j, 'after the element name');
  if (j < 0) return j;
  for (const kw of ['EMPTY', 'ANY']) {
    const h = c.has(j, kw);
    if (h === MORE) return MORE;
    if (h === 1) return close(c, j + kw.length, 'element');
  }
  if (c.s.charCodeAt(j) !== 40) return c.bad("expected EMPTY, ANY or '(' in the element declaration", j);
  const k = c.skipS(j + 1);
  const h = c.has(k, '#PCDATA');
  if (h === MORE || k >= c.cap) return MORE;
  j = h === 1 ? mixed(c, k + 7) : children(c, j);
  return j < 0 ? j : close(c, j, 'element');
}

/** Mixed content after `(` S? `#PCDATA`: (S? `|` S? Name)* S? `)*`, or S? `)` without names. */
function mixed(c: DeclCursor, i: number): number {
  let names = false;
  for (;;) {
    const j = c.skipS(i);
    if (j >= c.cap) return MORE;
    const ch = c.s.charCodeAt(j);
    if (ch === 41) {
      if (j + 1 >= c.cap) return MORE;
      if (c.s.charCodeAt(j + 1) === 42) return j + 2;
      return names ? c.bad("mixed content with element names must end with ')*'", j + 1) : j + 1;
    }
    if (ch !== 124) return c.bad("expected '|' or ')' in mixed content", j);
    const k = c.skipS(j + 1);
    const n = c.name(k, 'an element name in mixed content');
    if (n < 0) return n;
    names = true;
    i = n;
  }
}

/** An element content model (choice or seq, nested) at `i` ('('); explicit stack, no recursion. */
function children(c: DeclCursor, i: number): number {
  const s = c.s;
  /** Per open group: 0 no separator yet, else ',' or '|'. */
  const seps: number[] = [0];
  let j = i + 1;
  for (;;) {
    // A content particle: Name or a nested group.
    j = c.skipS(j);
    if (j >= c.cap) return MORE;
    if (s.charCodeAt(j) === 40) {
      seps.push(0);
      j++;
      continue;
    }
    if (s.charCodeAt(j) === 35) return c.bad('#PCDATA is allowed only first in a mixed-content declaration', j);
    const n = c.name(j, 'an element name or ( in the content model');
    if (n < 0) return n;
    j = n;
    if (isOccurrence(s.charCodeAt(j))) j++;
    // After a particle: a separator, or the end of one or more groups.
    for (;;) {
      j = c.skipS(j);
      if (j >= c.cap) return MORE;
      const ch = s.charCodeAt(j);
      if (ch === 41) {
        seps.pop();
        j++;
        if (j >= c.cap) return MORE;
        if (isOccurrence(s.charCodeAt(j))) j++;
        if (seps.length === 0) return j;
        continue;
      }
      if (ch !== 44 && ch !== 124) return c.bad("expected ',', '|' or ')' in the content model", j);
      const top = seps.length - 1;
      if (seps[top] !== 0 && seps[top] !== ch) return c.bad("',' and '|' cannot be mixed in one group", j);
      seps[top] = ch;
      j++;
      break;
    }
  }
}

/** `<!ATTLIST` S Name AttDef* S? `>` (from the Name on). */
function attlistDecl(c: DeclCursor, i: number): number {
  let j = c.name(i, 'an element name');
  if (j < 0) return j;
  const s = c.s;
  for (;;) {
    const k = c.skipS(j);
    if (k >= c.cap) return MORE;
    if (s.charCodeAt(k) === 62) return k + 1;
    if (k === j) return c.bad('expected whitespace before an attribute definition', k);
    j = attDef(c, k);
    if (j < 0) return j;
  }
}

/** Name S AttType S DefaultDecl. */
function attDef(c: DeclCursor, i: number): number {
  const s = c.s;
  let j = c.name(i, 'an attribute name');
  if (j < 0) return j;
  j = c.needS(j, 'after the attribute name');
  if (j < 0) return j;
  if (s.charCodeAt(j) === 40) j = enumeration(c, j, false);
  else {
    const t = c.name(j, 'an attribute type');
    if (t < 0) return t;
    const type = s.slice(j, t);
    if (type === 'NOTATION') {
      j = c.needS(t, 'after NOTATION');
      if (j < 0) return j;
      if (s.charCodeAt(j) !== 40) return c.bad("expected '(' after NOTATION", j);
      j = enumeration(c, j, true);
    } else if (ATT_TYPES.has(type)) j = t;
    else return c.bad(`unknown attribute type '${type}'`, j);
  }
  if (j < 0) return j;
  j = c.needS(j, 'before the attribute default');
  if (j < 0) return j;
  if (s.charCodeAt(j) === 35) {
    for (const kw of ['#REQUIRED', '#IMPLIED']) {
      const h = c.has(j, kw);
      if (h === MORE) return MORE;
      if (h === 1) return j + kw.length;
    }
    const h = c.has(j, '#FIXED');
    if (h === MORE) return MORE;
    if (h === 0) return c.bad('expected #REQUIRED, #IMPLIED, #FIXED or a quoted default value', j);
    j = c.needS(j + 6, 'after #FIXED');
    if (j < 0) return j;
  }
  return attValue(c, j);
}

/** `(` S? token (S? `|` S? token)* S? `)`: Names for NOTATION, Nmtokens for an enumeration. */
function enumeration(c: DeclCursor, i: number, names: boolean): number {
  let j = i + 1;
  for (;;) {
    const k = c.skipS(j);
    if (k >= c.cap) return MORE;
    const e = names ? nameEnd(c.s, k, c.cap) : nmtokenEnd(c.s, k, c.cap);
    if (e >= c.cap) return MORE;
    if (e === k) return c.bad(names ? 'expected a notation name' : 'expected a name token in the enumeration', k);
    j = c.skipS(e);
    if (j >= c.cap) return MORE;
    const ch = c.s.charCodeAt(j);
    if (ch === 41) return j + 1;
    if (ch !== 124) return c.bad("expected '|' or ')' in the enumeration", j);
    j++;
  }
}

/** A default AttValue: no '<', well-formed references to predefined entities and legal characters. */
function attValue(c: DeclCursor, i: number): number {
  const j = c.quoted(i, 'default value', false);
  if (j < 0) return j;
  const lt = c.s.indexOf('<', i + 1);
  if (lt >= 0 && lt < j - 1) return c.bad("'<' is not allowed in an attribute value", lt);
  const r = decodeReferences(c.s, i + 1, j - 1, true, false);
  return typeof r === 'string' ? j : c.bad(r.message, r.at);
}

/** `<!ENTITY` S (`%` S)? Name S (EntityValue | ExternalID NDataDecl?) S? `>` (after the first S). */
function entityDecl(c: DeclCursor, i: number, onEntity: (e: EntityDecl) => void): number {
  const s = c.s;
  let j = i;
  const parameter = s.charCodeAt(j) === 37;
  if (parameter) {
    j = c.needS(j + 1, "after '%' in a parameter-entity declaration");
    if (j < 0) return j;
  }
  const n = c.name(j, 'an entity name');
  if (n < 0) return n;
  const name = s.slice(j, n);
  j = c.needS(n, 'after the entity name');
  if (j < 0) return j;
  const q = s.charCodeAt(j);
  let external = false;
  if (q === 34 || q === 39) {
    j = entityValue(c, j);
  } else {
    external = true;
    const e = c.externalId(j, false);
    if (e === 0) return c.bad('expected a quoted entity value, SYSTEM or PUBLIC', j);
    j = e;
    if (j >= 0 && !parameter) {
      const k = c.skipS(j);
      const h = k > j ? c.has(k, 'NDATA') : 0;
      if (h === MORE) return MORE;
      if (h === 1) {
        const m = c.needS(k + 5, 'after NDATA');
        j = m < 0 ? m : c.name(m, 'a notation name after NDATA');
      }
    }
  }
  if (j < 0) return j;
  j = close(c, j, 'entity');
  if (j >= 0) onEntity({ name, parameter, external });
  return j;
}

/** A quoted EntityValue: references well-formed, no parameter-entity reference (internal subset). */
function entityValue(c: DeclCursor, i: number): number {
  const j = c.quoted(i, 'entity value', false);
  if (j < 0) return j;
  const s = c.s;
  const end = j - 1;
  const pct = s.indexOf('%', i + 1);
  if (pct >= 0 && pct < end)
    return c.bad('a parameter-entity reference is not allowed inside a declaration in the internal subset', pct);
  for (let a = s.indexOf('&', i + 1); a >= 0 && a < end; a = s.indexOf('&', a + 1)) {
    if (s.charCodeAt(a + 1) === 35) {
      const semi = s.indexOf(';', a);
      if (semi < 0 || semi >= end || charRefCode(s.slice(a + 2, semi)) < 0)
        return c.bad('malformed character reference', a);
      a = semi;
      continue;
    }
    const n = nameEnd(s, a + 1, end);
    if (n === a + 1 || n >= end || s.charCodeAt(n) !== 59)
      return c.bad('malformed entity reference (expected a name and ;)', n);
    a = n;
  }
  return j;
}

/** `<!NOTATION` S Name S (ExternalID | PublicID) S? `>` (from the Name on). */
function notationDecl(c: DeclCursor, i: number): number {
  let j = c.name(i, 'a notation name');
  if (j < 0) return j;
  j = c.needS(j, 'after the notation name');
  if (j < 0) return j;
  const e = c.externalId(j, true);
  if (e === 0) return c.bad('expected SYSTEM or PUBLIC in the notation declaration', j);
  return e < 0 ? e : close(c, e, 'notation');
}

export { BAD, MORE };
