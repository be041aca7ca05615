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

/** A number as `±0.digits × 10^exp` (digits without leading or trailing zeros; '' for zero), or ±∞. */
interface Scaled {
  readonly sign: -1 | 0 | 1;
  readonly infinite: boolean;
  readonly digits: string;
  readonly exp: number;
}

/** Decimal (xs:decimal, integers), exponent (xs:double, JSON numbers such as `1e-7`) lexical forms. */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const INFINITY = /^([+-]?)(?:INF|Infinity)$/;

function countLeading(s: string, ch: string): number {
  let i = 0;
  while (i < s.length && s[i] === ch) i++;
  return i;
}

function countTrailing(s: string, ch: string): number {
  let i = 0;
  while (i < s.length && s[s.length - 1 - i] === ch) i++;
  return i;
}

function scaled(value: string): Scaled | undefined {
  const t = value.trim();
  const inf = INFINITY.exec(t);
  if (inf) return { sign: inf[1] === '-' ? -1 : 1, infinite: true, digits: '', exp: 0 };
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return undefined;
  const all = int + frac;
  const lead = countLeading(all, '0');
  if (lead === all.length) return { sign: 0, infinite: false, digits: '', exp: 0 };
  const digits = all.slice(lead, all.length - countTrailing(all, '0'));
  return { sign: m[1] === '-' ? -1 : 1, infinite: false, digits, exp: int.length - lead + Number(m[4] ?? 0) };
}

/** Compares the magnitudes of two non-zero numbers of the same sign: -1, 0 or 1. */
function compareMagnitude(x: Scaled, y: Scaled): number {
  if (x.infinite || y.infinite) return x.infinite === y.infinite ? 0 : x.infinite ? 1 : -1;
  if (x.exp !== y.exp) return x.exp < y.exp ? -1 : 1;
  const len = Math.max(x.digits.length, y.digits.length);
  const dx = x.digits.padEnd(len, '0');
  const dy = y.digits.padEnd(len, '0');
  return dx === dy ? 0 : dx < dy ? -1 : 1;
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
  if (x.sign !== y.sign) return x.sign < y.sign ? -1 : 1;
  if (x.sign === 0) return 0;
  const m = compareMagnitude(x, y);
  return m === 0 ? 0 : x.sign * m;
}

export function compareFacets(base: IrFacets, rev: IrFacets): FacetChange[] {
  const out: FacetChange[] = [];
  for (const [facet, bound] of NUMERIC) {
    const a = base[facet] as string | number | undefined;
    const b = rev[facet] as string | number | undefined;
    if (a === undefined && b === undefined) continue;
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
