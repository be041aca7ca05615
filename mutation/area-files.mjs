// The production files an area mutates (its `mutate` globs expanded) and their split into parts
// for `npm run mutation -- --area NAME --part K/N`. Areas use two glob forms only, `dir/**/*.ts`
// and plain file paths; anything else is refused rather than half-understood.
// @see mutation/areas.mjs; docs/testing.md "Mutation testing"
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

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

/**
 * The files among `files` that compile to some JavaScript. A file of types only (interfaces and
 * type aliases) has no mutants: Stryker leaves it out of its report, so it would count as never
 * measured, and given only such files Stryker stops with "No tests were executed".
 */
export function filesWithCode(root, files) {
  return files.filter((f) => {
    const source = readFileSync(path.join(root, f), 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    }).outputText;
    return js.replace(/export \{\};/g, '').trim() !== '';
  });
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
 * Splits `files` into `n` parts by a hash of each path, so a file stays in its part whatever
 * else changes in the tree (splitting by size moved files between parts when one file grew, and
 * a part run then missed some). Parts are only about equal in size; `--missing` measures what
 * the parts left out.
 */
export function splitIntoParts(files, n) {
  const parts = Array.from({ length: n }, () => []);
  for (const f of files) parts[fnv1a(f) % n].push(f);
  return parts.map((p) => p.sort());
}

/** FNV-1a, 32 bits, of the UTF-16 units of `s`. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** `K/N` with 1 ≤ K ≤ N ≤ 64, or undefined. */
export function parsePart(text) {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text ?? '');
  if (m === null) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && k <= n && n <= 64 ? { k, n } : undefined;
}

/**
 * The area files named by `--files A,B` (comma-separated paths as `areaFiles` gives them), or an
 * error naming the first path that is not one of the area's files; a path is never guessed at.
 */
export function namedFiles(areaFileList, text) {
  const names = (text ?? '').split(',').filter((n) => n !== '');
  if (names.length === 0) return { error: '--files wants one or more of the area\'s files, comma-separated' };
  const known = new Set(areaFileList);
  const unknown = names.find((n) => !known.has(n));
  if (unknown !== undefined) return { error: `--files: ${unknown} is not a file of this area` };
  return { files: [...new Set(names)].sort() };
}
