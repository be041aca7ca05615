// Copied by qspec from runtime/xml/xsd-regex/char-set.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Character sets of XSD regular expressions: sorted code-point ranges where the set is known as
 * ranges (characters, ranges, blocks, `\s`, `\i`, `\c`, `.`), Unicode general categories tested per
 * code point (`\p{Lu}`, `\d`, `\w`), and their union, complement and subtraction. Sets made only of
 * ranges are combined exactly as ranges; a set with a category stays a small expression tree.
 * `membership` turns a set into a predicate on one code point (a binary search over the ranges, or
 * one single-character `\p{..}` test per category: constant work per code point).
 *
 * @see XSD 1.0 Part 2 Appendix F (character classes, category and multi-character escapes)
 */

export const MAX_CODE_POINT = 0x10ffff;

export type CharSet =
  /** Sorted, disjoint, non-adjacent inclusive pairs `[lo0, hi0, lo1, hi1, ...]`. */
  | { readonly k: 'ranges'; readonly r: readonly number[] }
  /** A Unicode general category (`L`, `Lu`, `Nd`, ...), as JavaScript's `\p{..}` knows it. */
  | { readonly k: 'cat'; readonly name: string }
  | { readonly k: 'or'; readonly items: readonly CharSet[] }
  | { readonly k: 'not'; readonly s: CharSet }
  | { readonly k: 'minus'; readonly a: CharSet; readonly b: CharSet };

/** Sorts and merges `[lo, hi]` pairs (overlapping or adjacent pairs become one). */
export function normalizeRanges(pairs: readonly number[]): number[] {
  const list: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i]!, pairs[i + 1]!]);
  list.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [lo, hi] of list) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

export function ranges(pairs: readonly number[]): CharSet {
  return { k: 'ranges', r: normalizeRanges(pairs) };
}

export function single(cp: number): CharSet {
  return { k: 'ranges', r: [cp, cp] };
}

function complementRanges(r: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i]! > next) out.push(next, r[i]! - 1);
    next = r[i + 1]! + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

function intersectRanges(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

export function union(items: readonly CharSet[]): CharSet {
  const flat: CharSet[] = [];
  const pairs: number[] = [];
  for (const s of items) {
    if (s.k === 'ranges') pairs.push(...s.r);
    else if (s.k === 'or') flat.push(...s.items);
    else flat.push(s);
  }
  const merged: CharSet = { k: 'ranges', r: normalizeRanges(pairs) };
  if (flat.length === 0) return merged;
  if (pairs.length > 0) flat.unshift(merged);
  return flat.length === 1 ? flat[0]! : { k: 'or', items: flat };
}

export function complement(s: CharSet): CharSet {
  if (s.k === 'ranges') return { k: 'ranges', r: complementRanges(s.r) };
  if (s.k === 'not') return s.s;
  return { k: 'not', s };
}

export function subtract(a: CharSet, b: CharSet): CharSet {
  if (a.k === 'ranges' && b.k === 'ranges') return { k: 'ranges', r: intersectRanges(a.r, complementRanges(b.r)) };
  return { k: 'minus', a, b };
}

export function category(name: string): CharSet {
  return { k: 'cat', name };
}

const catTests = new Map<string, RegExp>();

/** A predicate deciding membership of one code point in `s`. */
export function membership(s: CharSet): (cp: number) => boolean {
  switch (s.k) {
    case 'ranges': {
      const r = s.r;
      if (r.length === 2) {
        const lo = r[0]!;
        const hi = r[1]!;
        return (cp) => cp >= lo && cp <= hi;
      }
      return (cp) => inRanges(r, cp);
    }
    case 'cat': {
      let re = catTests.get(s.name);
      if (!re) {
        re = new RegExp(`^\\p{${s.name}}$`, 'u');
        catTests.set(s.name, re);
      }
      const test = re;
      return (cp) => test.test(String.fromCodePoint(cp));
    }
    case 'or': {
      const parts = s.items.map(membership);
      return (cp) => parts.some((p) => p(cp));
    }
    case 'not': {
      const inner = membership(s.s);
      return (cp) => !inner(cp);
    }
    case 'minus': {
      const a = membership(s.a);
      const b = membership(s.b);
      return (cp) => a(cp) && !b(cp);
    }
  }
}

/** Binary search: is `cp` inside one of the sorted pairs? */
export function inRanges(r: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]!) hi = mid - 1;
    else if (cp > r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
