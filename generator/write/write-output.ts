/**
 * The write stage: puts the emitted files into the output folder atomically, or compares them with
 * it (`--check`). Before anything is written the folder is checked:
 *
 * - a path naming a file, or a protected folder (output-guard.ts), is refused, even with `force`;
 * - an existing folder must be qspec's (a manifest, or every file marked as generated) or empty;
 *   files qspec generated that were edited since, and files of the user's where the new output
 *   goes, are refused too; `force` overrides these three refusals.
 *
 * The new tree (the emitted files, the manifest, and every entry qspec did not write, carried over
 * by hard link or copy) is built in a sibling temp folder and swapped in with two renames, so a
 * failed run leaves the folder exactly as it was and a reader never sees half a tree. Only files
 * qspec wrote (listed in its manifest) are ever deleted; with `force`, user files standing at a
 * path qspec generates are overwritten.
 *
 * @see README "Generate" (what qspec writes and deletes)
 */

import type { Stats } from 'node:fs';
import {
  chmod,
  copyFile,
  link,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, DiagnosticError, diagnostic } from '../diagnostics.js';
import type { EmittedFile } from '../emit/emitted-file.js';
import { type GuardContext, protectedReason, realpathLoose } from './output-guard.js';
import { MANIFEST_NAME, manifestFile } from './output-manifest.js';
import { inspectOutput, type OutputEntry } from './output-ownership.js';

export interface DriftReport {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  /** Files qspec wrote that it would now delete. */
  readonly removed: readonly string[];
  /** Files qspec did not write: left alone by a write, so not drift (optional for callers). */
  readonly foreign?: readonly string[];
}

export function hasDrift(r: DriftReport): boolean {
  return r.added.length + r.changed.length + r.removed.length > 0;
}

export interface WriteOptions extends Partial<GuardContext> {
  /** Write into a folder qspec does not own, over edited generated files and user files in the way. */
  readonly force?: boolean;
  /** The qspec version recorded in the manifest (default: this package's). */
  readonly version?: string;
}

export interface WriteResult {
  /** The folder did not exist and was created. */
  readonly created: boolean;
  /** Entries qspec did not write, carried over unchanged (sorted). */
  readonly kept: readonly string[];
  /** User files and edited generated files replaced because of `force` (sorted). */
  readonly overwritten: readonly string[];
  /** Files qspec wrote before and no longer generates, deleted (sorted). */
  readonly removed: readonly string[];
}

/** Writes `files` plus the manifest into `outDir`, replacing what qspec wrote there before. */
export async function writeOutputAtomically(
  outDir: string,
  files: readonly EmittedFile[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const output = [...files, manifestFile(files, options.version)];
  assertUniquePaths(output);
  const { real, where, stat } = await assertOutputTarget(outDir, options);

  let kept: OutputEntry[] = [];
  let overwritten: string[] = [];
  let removed: string[] = [];
  if (stat !== undefined) {
    const insp = await inspectOutput(real, output);
    const problems: Diagnostic[] = [];
    if (!insp.qspecOwned && path.dirname(real) === path.parse(real).root) {
      // A system folder such as /tmp or /usr: swapping it out would disturb everything using it.
      throw refusal(
        `${where}/`,
        'OutputProtected',
        protectedMessage('a top-level folder of the filesystem that qspec did not generate'),
      );
    }
    if (!options.force) {
      const foreignFiles = insp.foreign.filter((e) => e.kind !== 'dir').map((e) => e.path);
      if (!insp.qspecOwned) problems.push(problem(`${where}/`, 'OutputNotOwned', notOwnedMessage(foreignFiles)));
      else if (insp.collisions.length)
        problems.push(problem(`${where}/`, 'OutputInTheWay', inTheWayMessage(insp.collisions)));
      if (insp.edited.length) problems.push(problem(`${where}/`, 'OutputEdited', editedMessage(insp.edited)));
    }
    if (problems.length) throw new DiagnosticError(problems);
    const inTheWay = new Set(insp.collisions);
    kept = insp.foreign.filter((e) => !inTheWay.has(e.path));
    const generated = new Set(output.map((f) => f.path));
    overwritten = [...insp.collisions, ...insp.edited].sort();
    removed = insp.owned.filter((p) => !generated.has(p));
  }

  const parent = path.dirname(real);
  const base = path.basename(real);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.${base}.tmp-${stamp}`);
  const old = path.join(parent, `.${base}.old-${stamp}`);
  await mkdir(tmp, { recursive: true });
  try {
    for (const f of output) {
      const target = path.join(tmp, ...f.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.content, 'utf8');
    }
    for (const e of kept) await carryOver(real, tmp, e);
    if (stat !== undefined) await chmod(tmp, stat.mode & 0o7777);
    let moved = false;
    try {
      await rename(real, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      await rename(tmp, real);
    } catch (e) {
      if (moved) await rename(old, real);
      throw e;
    }
    if (moved) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return { created: stat === undefined, kept: kept.map((e) => e.path), overwritten, removed };
}

/**
 * The checks that need no output: refuses (DiagnosticError, even with `force`) a path naming a file
 * and a protected folder. Run before the slow build so these fail at once; the write repeats them.
 */
export async function assertOutputTarget(
  outDir: string,
  options: Partial<GuardContext> = {},
): Promise<{ real: string; where: string; stat: Stats | undefined }> {
  const cwd = options.cwd ?? process.cwd();
  const real = realpathLoose(path.resolve(cwd, outDir));
  const where = displayPath(path.resolve(cwd, outDir), cwd);
  const stat = await lstatOrUndefined(real);
  if (stat !== undefined && !stat.isDirectory()) throw refusal(where, 'OutputIsFile', isFileMessage());
  const reason = protectedReason(real, { ...options, cwd });
  if (reason !== undefined) throw refusal(`${where}/`, 'OutputProtected', protectedMessage(reason));
  return { real, where, stat };
}

/** Compares `files` plus the manifest with the content of `outDir` without writing anything. */
export async function checkOutput(
  outDir: string,
  files: readonly EmittedFile[],
  version?: string,
): Promise<DriftReport> {
  const output = [...files, manifestFile(files, version)];
  assertUniquePaths(output);
  const stat = await lstatOrUndefined(realpathLoose(path.resolve(outDir)));
  if (stat === undefined) return { added: output.map((f) => f.path).sort(), changed: [], removed: [], foreign: [] };
  if (!stat.isDirectory()) throw refusal(displayPath(outDir, process.cwd()), 'OutputIsFile', isFileMessage());
  const insp = await inspectOutput(outDir, output);
  const onDisk = new Set([...insp.owned, ...insp.foreign.filter((e) => e.kind === 'file').map((e) => e.path)]);
  if (insp.manifest === 'valid') onDisk.add(MANIFEST_NAME);
  const added: string[] = [];
  const changed: string[] = [];
  for (const f of output) {
    if (!onDisk.has(f.path)) {
      added.push(f.path);
      continue;
    }
    const current = await readFile(path.join(outDir, ...f.path.split('/')), 'utf8');
    if (current !== f.content) changed.push(f.path);
  }
  const generated = new Set(output.map((f) => f.path));
  const removed = insp.owned.filter((p) => !generated.has(p));
  const foreign = insp.foreign.filter((e) => e.kind !== 'dir' && !generated.has(e.path)).map((e) => e.path);
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort(), foreign };
}

/** Recreates one entry qspec did not write inside the new tree: hard link, else a copy. */
async function carryOver(from: string, to: string, e: OutputEntry): Promise<void> {
  const src = path.join(from, ...e.path.split('/'));
  const dst = path.join(to, ...e.path.split('/'));
  if (e.kind === 'dir') {
    await mkdir(dst, { recursive: true });
    await chmod(dst, (await lstat(src)).mode & 0o7777);
    return;
  }
  await mkdir(path.dirname(dst), { recursive: true });
  if (e.kind === 'symlink') {
    await symlink(await readlink(src), dst);
    return;
  }
  try {
    await link(src, dst);
  } catch (err) {
    if (e.kind !== 'file') throw err;
    await copyFile(src, dst);
  }
}

async function lstatOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await lstat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** `src` for a folder under the working directory, `.` for the working directory, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return abs;
  return rel.split(path.sep).join('/');
}

function problem(where: string, code: string, message: string): Diagnostic {
  return diagnostic(code, message, { file: where });
}

function refusal(where: string, code: string, message: string): DiagnosticError {
  return new DiagnosticError(problem(where, code, message));
}

function isFileMessage(): string {
  return 'refusing to write here: --out names a file, not a folder, and qspec never replaces a file (not even with --force); point --out at a new, empty or qspec-generated folder';
}

function protectedMessage(reason: string): string {
  return `refusing to write into ${reason}: qspec never writes there, not even with --force; point --out at a folder of its own (the default is generated/)`;
}

function notOwnedMessage(files: readonly string[]): string {
  return `refusing to write into this folder: it holds files qspec did not write (${nameSome(files)}); point --out at a new, empty or qspec-generated folder, or pass --force to write there anyway (qspec then keeps those files and overwrites only the ones at paths it generates)`;
}

function inTheWayMessage(files: readonly string[]): string {
  return `refusing to write into this folder: files qspec did not write stand where it now generates (${nameSome(files)}); move them away, or pass --force to overwrite them`;
}

function editedMessage(files: readonly string[]): string {
  return `refusing to write into this folder: files qspec generated were edited since (${nameSome(files)}); move the change into the spec or template and delete the files, or pass --force to overwrite them`;
}

function nameSome(files: readonly string[]): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown}, … and ${files.length - 5} more` : shown;
}

function assertUniquePaths(files: readonly EmittedFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two emitters wrote ${f.path}`);
    if (f.path.startsWith('/') || f.path.split('/').includes('..')) throw new Error(`unsafe output path ${f.path}`);
    seen.add(f.path);
  }
}
