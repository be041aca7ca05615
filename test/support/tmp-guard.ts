/**
 * Vitest globalSetup (vitest.config.ts, mutation/vitest.config.mjs): catches tests that leave
 * temporary files behind. The run gets its own folder under the system's temp folder
 * (`qspec-test-tmp-PID-XXXXXX`), and test/support/tmp-guard-file.ts points TMPDIR (what
 * `os.tmpdir()` returns, in the worker and in every process a test starts) at a subfolder per test
 * file. At teardown whatever is left is listed under the test file that left it, the run fails
 * (exit code 1), and the folder is removed.
 *
 * With `provide: { qspecTmpGuard: 'report' }` (Stryker's config: a mutant that drops a cleanup is
 * the mutant's doing) leftovers are listed and removed, and the exit code is left alone. A run
 * killed before its teardown leaves its folder; the next run removes it once its process is gone.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temp folder (set by the globalSetup). */
    qspecTmpRoot: string;
    /** 'fail' (default): leftovers fail the run; 'report': they are only listed. */
    qspecTmpGuard: 'fail' | 'report';
  }
}

const PREFIX = 'qspec-test-tmp-';
/** In the run's folder: one line per test file, `subfolder<TAB>test file`. */
const FILES_LIST = '.test-files';
/**
 * Caches tools keep in the temp folder, linked to the system's so they stay warm: tsx (the CLI
 * runs its sources through tsx when dist/ is stale) compiles into `tsx-<euid>`.
 */
const TOOL_CACHES = [`tsx-${process.geteuid ? process.geteuid() : os.userInfo().username}`];

/** Links the tool caches of the system's temp folder `system` into `dir`; a failure only costs warmth. */
export function linkToolCaches(dir: string, system: string): void {
  for (const name of TOOL_CACHES) {
    try {
      mkdirSync(path.join(system, name), { recursive: true });
      symlinkSync(path.join(system, name), path.join(dir, name));
    } catch {
      // the tool makes its own cache in `dir`; it is not counted as left behind
    }
  }
}

/** What a test left in `dir`: every entry but the tool caches (none when `dir` is gone). */
export function leftIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => !TOOL_CACHES.includes(name)).sort();
}

/** Gives the test file `file` its own folder in the run's folder `root`, listed for the teardown. */
export function fileTempDir(root: string, file: string): string {
  const stem = path
    .basename(file)
    .replace(/\.test\.[cm]?[jt]s$/, '')
    .slice(0, 24);
  const dir = mkdtempSync(path.join(root, `${stem}-`));
  appendFileSync(path.join(root, FILES_LIST), `${path.basename(dir)}\t${file}\n`);
  linkToolCaches(dir, path.dirname(root));
  return dir;
}

export default function setup(project: TestProject): () => void {
  const system = os.tmpdir();
  removeAbandoned(system);
  const root = mkdtempSync(path.join(system, `${PREFIX}${process.pid}-`));
  linkToolCaches(root, system);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = root;
  project.provide('qspecTmpRoot', root);
  const mode = project.getProvidedContext().qspecTmpGuard ?? 'fail';
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    const report = leftovers(root);
    rmSync(root, { recursive: true, force: true });
    if (report.length === 0) return;
    process.stderr.write(
      [
        '',
        `${mode === 'fail' ? 'FAIL' : 'NOTE'}  temporary files left behind by tests (now removed):`,
        ...report,
        'A test removes what it creates: afterAll, afterEach, onTestFinished or try/finally (docs/testing.md).',
        '',
      ].join('\n'),
    );
    if (mode === 'fail') process.exitCode = 1;
  };
}

/** Lines naming each leftover under its test file; none when nothing is left. */
function leftovers(root: string): string[] {
  let listed = '';
  try {
    listed = readFileSync(path.join(root, FILES_LIST), 'utf8');
  } catch {
    // no test file ran
  }
  const files = new Map(
    listed.split('\n').flatMap((l) => (l.includes('\t') ? [l.split('\t') as [string, string]] : [])),
  );
  const lines: string[] = [];
  const outside: string[] = [];
  for (const name of leftIn(root)) {
    if (name === FILES_LIST) continue;
    const file = files.get(name);
    if (file === undefined) outside.push(name);
    else {
      const left = leftIn(path.join(root, name));
      if (left.length > 0) lines.push(`  ${file}`, ...shown(left));
    }
  }
  if (outside.length > 0) lines.push('  (outside any test file)', ...shown(outside));
  return lines;
}

function shown(names: readonly string[]): string[] {
  const lines = names.slice(0, 10).map((n) => `    ${n}`);
  if (names.length > 10) lines.push(`    ... and ${names.length - 10} more`);
  return lines;
}

/** Removes the folders of earlier runs whose process is gone (killed before their teardown). */
function removeAbandoned(system: string): void {
  for (const name of readdirSync(system)) {
    const pid = name.startsWith(PREFIX) ? Number.parseInt(name.slice(PREFIX.length), 10) : Number.NaN;
    if (Number.isNaN(pid) || pid === process.pid || running(pid)) continue;
    try {
      rmSync(path.join(system, name), { recursive: true, force: true });
    } catch {
      // another user's folder, or already gone
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
