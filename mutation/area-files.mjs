// The production files an area mutates (its `mutate` globs expanded) and their split into parts
// for `npm run mutation -- --area NAME --part K/N`. Areas use two glob forms only, `dir/**/*.ts`
// and plain file paths; anything else is refused rather than half-understood.
// @see mutation/areas.mjs; docs/testing.md "Mutation testing"
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The area's files, relative to `root` with `/` separators, sorted. */
export function areaFiles(root, area) {
  const files = new Set();
  for (const pattern of area.mutate) {
    if (pattern.endsWith('/**/*.ts')) {
      for (const f of walk(root, pattern.slice(0, -'/**/*.ts'.length))) files.add(f);
    } else if (!/[*?[\]{}]/.test(pattern)) {
      files.add(pattern);
    } else {
      throw new Error(`mutation: area glob ${pattern} is not 'dir/**/*.ts' or a file path`);
    }
  }
  return [...files].sort();
}

function walk(root, dir) {
  const out = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(root, rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/**
 * Splits `files` into `n` parts of about equal size in bytes (mutants grow with code size): the
 * largest file first, each to the lightest part so far. Deterministic for a given tree.
 */
export function splitIntoParts(files, n, sizeOf) {
  const parts = Array.from({ length: n }, () => ({ bytes: 0, files: [] }));
  const bySize = files.map((f) => ({ f, size: sizeOf(f) })).sort((a, b) => b.size - a.size || (a.f < b.f ? -1 : 1));
  for (const { f, size } of bySize) {
    let lightest = parts[0];
    for (const p of parts) if (p.bytes < lightest.bytes) lightest = p;
    lightest.files.push(f);
    lightest.bytes += size;
  }
  return parts.map((p) => p.files.sort());
}

/** Byte size of a file under `root` (the default `sizeOf`). */
export const fileSize = (root) => (f) => statSync(path.join(root, f)).size;

/** `K/N` with 1 ≤ K ≤ N ≤ 64, or undefined. */
export function parsePart(text) {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text ?? '');
  if (m === null) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && k <= n && n <= 64 ? { k, n } : undefined;
}
