/**
 * Compares the constraining facets of two primitive types and reports each one that got
 * stricter (`facet-narrowed`) or looser (`facet-widened`). Bounds are compared numerically as
 * decimals held in strings, so xs:long bounds beyond 2^53 stay exact; a bound that only changed
 * its spelling (`1.50` → `1.5`, `100` → `1e2`) is no change.
 *
 * @see XSD 1.1 Part 2 §4.3 (constraining facets)
 */
import type { IrFacets } from '../../ir/ir-types.js';

export interface FacetChange {
  readonly facet: string;
  readonly narrowed: boolean;
  readonly from?: string;
  readonly to?: string;
}

type Bound = 'lower' | 'upper' | 'exact';

const NUMERIC: readonly [keyof IrFacets, Bound][] = [
  ['minLength', 'lower'],
  ['maxLength', 'upper'],
  ['length', 'exact'],
  ['minInclusive', 'lower'],
  ['minExclusive', 'lower'],
  ['maxInclusive', 'upper'],
  ['maxExclusive', 'upper'],
  ['totalDigits', 'upper'],
  ['fractionDigits', 'upper'],
];

/**
 * A number as `±0.digits × 10^exp` (digits without leading zeros; zero has sign 0), ±∞ as an
 * infinite `exp`. Trailing zeros may stay: digits are compared padded to the same length.
 */
interface Scaled {
  readonly sign: -1 | 0 | 1;
  readonly digits: string;
  readonly exp: number;
}

/** Decimal (xs:decimal, integers), exponent (xs:double, JSON numbers such as `1e-7`) lexical forms. */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const INFINITY = /^([+-]?)(?:INF|Infinity)$/;
const ZERO: Scaled = { sign: 0, digits: '', exp: 0 };

function countLeadingZeros(s: string): number {
  let i = 0;
  while (s[i] === '0') i++;
  return i;
}

function scaled(value: string): Scaled | undefined {
  const t = value.trim();
  const inf = INFINITY.exec(t);
  if (inf) return { sign: inf[1] === '-' ? -1 : 1, digits: '', exp: Number.POSITIVE_INFINITY };
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  const int = m[2] as string;
  const frac = m[3] ?? '';
  const all = int + frac;
  if (all === '') return undefined;
  const lead = countLeadingZeros(all);
  if (lead === all.length) return ZERO;
  return { sign: m[1] === '-' ? -1 : 1, digits: all.slice(lead), exp: int.length - lead + Number(m[4] ?? 0) };
}

/** Compares the magnitudes of two numbers: -1, 0 or 1. */
function compareMagnitude(x: Scaled, y: Scaled): number {
  if (x.exp < y.exp) return -1;
  if (x.exp > y.exp) return 1;
  const len = Math.max(x.digits.length, y.digits.length);
  const dx = x.digits.padEnd(len, '0');
  const dy = y.digits.padEnd(len, '0');
  if (dx < dy) return -1;
  if (dx > dy) return 1;
  return 0;
}

/**
 * Compares two numeric facet values exactly, like the sign of `a - b`: -1, 0 or 1; NaN when
 * either is not a number. Takes decimals of any size (`-9223372036854775808`, `.5`, `5.`),
 * exponents (`1.5E2`, `1e-7`) and `INF` / `-INF`.
 */
export function compareDecimal(a: string, b: string): number {
  const x = scaled(a);
  const y = scaled(b);
  if (!x || !y) return Number.NaN;
  if (x.sign < y.sign) return -1;
  if (x.sign > y.sign) return 1;
  // Same sign: for negative numbers the larger magnitude is the smaller number.
  return x.sign < 0 ? compareMagnitude(y, x) : compareMagnitude(x, y);
}

export function compareFacets(base: IrFacets, rev: IrFacets): FacetChange[] {
  const out: FacetChange[] = [];
  for (const [facet, bound] of NUMERIC) {
    const a = base[facet] as string | number | undefined;
    const b = rev[facet] as string | number | undefined;
    const from = a === undefined ? undefined : String(a);
    const to = b === undefined ? undefined : String(b);
    if (from === to) continue;
    let narrowed: boolean;
    if (from === undefined) narrowed = true;
    else if (to === undefined) narrowed = false;
    else if (bound === 'exact') narrowed = true;
    else {
      const cmp = compareDecimal(to, from);
      if (cmp === 0) continue; // the same bound written differently (`1.50` and `1.5`)
      // A value that is not a number cannot be ordered: report the change as narrowed, the safe side.
      narrowed = Number.isNaN(cmp) || (bound === 'lower' ? cmp > 0 : cmp < 0);
    }
    out.push({ facet, narrowed, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  }
  const pa = new Set(base.patterns ?? []);
  const pb = new Set(rev.patterns ?? []);
  for (const p of pb) if (!pa.has(p)) out.push({ facet: 'pattern', narrowed: true, to: p });
  for (const p of pa) if (!pb.has(p)) out.push({ facet: 'pattern', narrowed: false, from: p });
  for (const facet of ['whiteSpace', 'format'] as const) {
    const a = base[facet];
    const b = rev[facet];
    if (a === b) continue;
    out.push({
      facet,
      narrowed: b !== undefined,
      ...(a !== undefined ? { from: a } : {}),
      ...(b !== undefined ? { to: b } : {}),
    });
  }
  return out;
}
