/**
 * The write stage: puts the emitted files into the output folder atomically, or compares them with
 * it (`--check`). The new tree is built in a sibling temp folder and swapped in with two renames,
 * so a failed run leaves `generated/` exactly as it was, and a reader never sees half a tree.
 *
 * @see issue 2 §3 (deterministic, written atomically); DESIGN §5 rule 6 (drift-checked)
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmittedFile } from '../emit/emitted-file.js';

export interface DriftReport {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export function hasDrift(r: DriftReport): boolean {
  return r.added.length + r.changed.length + r.removed.length > 0;
}

/** Writes `files` as the complete content of `outDir` (anything else there is removed). */
export async function writeOutputAtomically(outDir: string, files: readonly EmittedFile[]): Promise<void> {
  assertUniquePaths(files);
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}-${Date.now()}`);
  const old = path.join(parent, `.${base}.old-${process.pid}-${Date.now()}`);
  await mkdir(tmp, { recursive: true });
  try {
    for (const f of files) {
      const target = path.join(tmp, ...f.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.content, 'utf8');
    }
    let moved = false;
    try {
      await rename(outDir, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      await rename(tmp, outDir);
    } catch (e) {
      if (moved) await rename(old, outDir);
      throw e;
    }
    if (moved) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Compares `files` with the content of `outDir` without writing anything. */
export async function checkOutput(outDir: string, files: readonly EmittedFile[]): Promise<DriftReport> {
  assertUniquePaths(files);
  const existing = new Set(await listFiles(outDir));
  const added: string[] = [];
  const changed: string[] = [];
  for (const f of files) {
    if (!existing.has(f.path)) {
      added.push(f.path);
      continue;
    }
    existing.delete(f.path);
    const current = await readFile(path.join(outDir, ...f.path.split('/')), 'utf8');
    if (current !== f.content) changed.push(f.path);
  }
  return { added: added.sort(), changed: changed.sort(), removed: [...existing].sort() };
}

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: string[] = [];
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, child)));
    else out.push(child);
  }
  return out;
}

function assertUniquePaths(files: readonly EmittedFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two emitters wrote ${f.path}`);
    if (f.path.startsWith('/') || f.path.split('/').includes('..')) throw new Error(`unsafe output path ${f.path}`);
    seen.add(f.path);
  }
}
