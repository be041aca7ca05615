/**
 * Values of the built-in types as the facets see them: the order the bounds facets use (decimals
 * exactly, float/double as numbers, calendar types and durations by their XSD order relations),
 * equality for enumerations (by value: `1.0` is `1`, `2000-01-01T00:00:00Z` is
 * `2000-01-01T00:00:00+00:00`, `0A` is `0a`), and the length the length facets measure (octets
 * of binary types, items of the built-in list types; none for QName and NOTATION).
 *
 * @see XSD 1.0 Part 2 §4.2.1 (equal), §4.2.2 (order), §4.3.1-4.3.3 (length facets; on QName and
 *      NOTATION every value is facet-valid), §3.2.4-3.2.5 (float, double), §3.3.3, §3.3.10,
 *      §3.3.12 (NMTOKENS, IDREFS, ENTITIES)
 */
import { isDecimalBuiltin } from './builtin-lexical.js';
import { compareCalendar, compareDuration } from './calendar-order.js';
import { isCalendarBuiltin } from './date-time-lexical.js';
import { compareDecimal } from './decimal-compare.js';

/** The number a float/double lexical value stands for. */
export function numberOf(v: string): number {
  if (v === 'INF') return Number.POSITIVE_INFINITY;
  if (v === '-INF') return Number.NEGATIVE_INFINITY;
  return Number(v);
}

/** -1/0/1 comparing `a` with `b` in the value space of `builtin`; NaN if incomparable. */
export function compareIn(builtin: string, a: string, b: string): number {
  if (isDecimalBuiltin(builtin)) return compareDecimal(a, b);
  if (builtin === 'float' || builtin === 'double') {
    const x = numberOf(a);
    const y = numberOf(b);
    if (Number.isNaN(x) && Number.isNaN(y) && a === 'NaN' && b === 'NaN') return 0;
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  }
  if (isCalendarBuiltin(builtin)) return compareCalendar(builtin, a, b);
  if (builtin === 'duration') return compareDuration(a, b);
  return Number.NaN;
}

/** True when `builtin` has an order (bounds facets apply) or a value equality beyond the text. */
function byValue(builtin: string): boolean {
  return (
    isDecimalBuiltin(builtin) ||
    builtin === 'float' ||
    builtin === 'double' ||
    builtin === 'duration' ||
    isCalendarBuiltin(builtin)
  );
}

/** Equality of two normalized values of `builtin` (its value space, not the lexical form). */
export function equalIn(builtin: string, a: string, b: string): boolean {
  if (a === b) return true;
  if (byValue(builtin)) return compareIn(builtin, a, b) === 0;
  if (builtin === 'boolean') return (a === 'true' || a === '1') === (b === 'true' || b === '1');
  if (builtin === 'hexBinary') return a.toUpperCase() === b.toUpperCase();
  if (builtin === 'base64Binary') return a.replace(/[ \t\n\r]/g, '') === b.replace(/[ \t\n\r]/g, '');
  return false;
}

const LIST_BUILTINS: ReadonlySet<string> = new Set(['NMTOKENS', 'IDREFS', 'ENTITIES']);

/**
 * The length the length facets measure of a normalized value of `builtin`: octets for hexBinary
 * and base64Binary, items for the built-in list types, characters otherwise; undefined for QName
 * and NOTATION, whose length facets every value satisfies.
 */
export function lengthOf(builtin: string, v: string): number | undefined {
  if (builtin === 'hexBinary') return v.length / 2;
  if (builtin === 'base64Binary') {
    const s = v.replace(/[ \t\n\r]/g, '');
    return (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
  }
  if (builtin === 'QName' || builtin === 'NOTATION') return undefined;
  if (LIST_BUILTINS.has(builtin)) return v === '' ? 0 : v.split(' ').length;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
