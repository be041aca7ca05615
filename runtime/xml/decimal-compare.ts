/**
 * Exact comparison and digit counting of xs:decimal lexical values (integers included), so
 * bounds facets on xs:long / xs:unsignedLong / xs:decimal are checked beyond 2^53 without loss.
 *
 * @see XSD 1.1 Part 2 §3.3.3 (decimal), §4.3.7-4.3.13 (bounds and digits facets)
 */

interface DecimalParts {
  readonly negative: boolean;
  /** Integer digits without leading zeros ('' for zero). */
  readonly int: string;
  /** Fraction digits without trailing zeros. */
  readonly frac: string;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Splits a decimal lexical value; undefined if it is not one. */
export function decimalParts(value: string): DecimalParts | undefined {
  const m = DECIMAL.exec(value);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return undefined;
  const int = (m[2] ?? '').replace(/^0+/, '');
  // trailing zeros dropped by a scan (`/0+$/` re-scans a long zero run from every zero)
  const digits = m[3] ?? '';
  let fracEnd = digits.length;
  while (fracEnd > 0 && digits.charCodeAt(fracEnd - 1) === 0x30) fracEnd -= 1;
  const frac = digits.slice(0, fracEnd);
  const zero = int === '' && frac === '';
  return { negative: m[1] === '-' && !zero, int, frac };
}

function compareMagnitude(a: DecimalParts, b: DecimalParts): number {
  if (a.int.length !== b.int.length) return a.int.length < b.int.length ? -1 : 1;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const n = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(n, '0');
  const fb = b.frac.padEnd(n, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** Compares two decimal lexical values exactly: -1, 0, 1; NaN if either is not a decimal. */
export function compareDecimal(a: string, b: string): number {
  const pa = decimalParts(a);
  const pb = decimalParts(b);
  if (!pa || !pb) return Number.NaN;
  if (pa.negative !== pb.negative) return pa.negative ? -1 : 1;
  const m = compareMagnitude(pa, pb);
  return pa.negative ? -m : m;
}

/** Significant digits (totalDigits) and fraction digits of a decimal lexical value. */
export function decimalDigits(value: string): { total: number; fraction: number } | undefined {
  const p = decimalParts(value);
  if (!p) return undefined;
  const total = p.int.length + p.frac.length;
  return { total: total === 0 ? 1 : total, fraction: p.frac.length };
}
