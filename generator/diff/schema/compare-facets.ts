/**
 * Compares the constraining facets of two primitive types and reports each one that got
 * stricter (`facet-narrowed`) or looser (`facet-widened`). Bounds are compared numerically as
 * decimals held in strings, so xs:long bounds beyond 2^53 stay exact.
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

/** Compares decimal strings exactly: negative, zero or positive like `a - b`. */
export function compareDecimal(a: string, b: string): number {
  const parse = (s: string): { neg: boolean; int: string; frac: string } => {
    const t = s.trim();
    const neg = t.startsWith('-');
    const [i = '0', f = ''] = t.replace(/^[+-]/, '').split('.');
    return { neg, int: i.replace(/^0+(?=\d)/, ''), frac: f.replace(/0+$/, '') };
  };
  const x = parse(a);
  const y = parse(b);
  const zero = (v: { int: string; frac: string }) => /^0*$/.test(v.int) && v.frac === '';
  if (zero(x) && zero(y)) return 0;
  if (x.neg !== y.neg) return x.neg ? -1 : 1;
  const sign = x.neg ? -1 : 1;
  if (x.int.length !== y.int.length) return sign * (x.int.length - y.int.length);
  if (x.int !== y.int) return sign * (x.int < y.int ? -1 : 1);
  const len = Math.max(x.frac.length, y.frac.length);
  const fx = x.frac.padEnd(len, '0');
  const fy = y.frac.padEnd(len, '0');
  return fx === fy ? 0 : sign * (fx < fy ? -1 : 1);
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
      narrowed = bound === 'lower' ? cmp > 0 : cmp < 0;
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
