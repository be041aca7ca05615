/**
 * `qspec generate --out` as a real process (`node bin/qspec.js generate`) in temp projects: qspec
 * writes only into a missing, empty or qspec-generated folder, refuses anything else with exit 2
 * and one line saying why, never touches a refused folder, keeps the user's own files across
 * regeneration, and even with --force never writes into a git repository, the current folder or
 * above it, the home folder, or over a file.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin', 'qspec.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'specs-mini');
const MANIFEST = '.qspec-manifest.json';
// Each case starts a few CLI processes (about 1-5 s each on a loaded 2-core machine, more when
// they fall back to tsx); the limit only guards against a hang.
const SLOW = 180_000;

let root: string;
let n = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qspec-out-safety-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function qspec(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const { QSPEC_DEBUG: _ignored, ...base } = process.env;
    execFile(
      process.execPath,
      [BIN, 'generate', ...args],
      { cwd, env: { ...base, ...env }, encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

/** A fresh project: package.json, src/ with the user's code, specs/ (the mini fixture). */
async function project(): Promise<string> {
  const dir = path.join(root, `p${++n}`);
  await mkdir(path.join(dir, 'src', 'lib'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "name": "victim", "version": "1.0.0" }\n');
  await writeFile(path.join(dir, 'src', 'app.ts'), 'export const app = 1;\n');
  await writeFile(path.join(dir, 'src', 'lib', 'util.ts'), 'export const util = 2;\n');
  await writeFile(path.join(dir, 'src', 'logo.bin'), Buffer.from([0, 255, 1, 254, 10, 13]));
  await cp(FIXTURE, path.join(dir, 'specs'), { recursive: true });
  return dir;
}

/** Every file under `dir` with its bytes (base64), so "intact" means byte for byte. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(e.parentPath, e.name);
    out[path.relative(dir, full)] = e.isFile()
      ? (await readFile(full)).toString('base64')
      : e.isDirectory()
        ? 'dir'
        : 'other';
  }
  return out;
}

function oneLine(r: Run): string {
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('qspec generate --out: what it may write into', () => {
  it(
    'a folder of user files: exit 2, one line naming them and --force, files intact byte for byte',
    async () => {
      const p = await project();
      const before = await snapshot(p);
      const r = await qspec(p, ['--out', 'src']);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(
        /^src\/: error OutputNotOwned: refusing to write into this folder: it holds files qspec did not write \(app\.ts, lib\/util\.ts, logo\.bin\); point --out at a new, empty or qspec-generated folder, or pass --force/,
      );
      expect(await snapshot(p)).toEqual(before);
    },
    SLOW,
  );

  it(
    '--out naming a file: exit 2, with or without --force, the file intact',
    async () => {
      const p = await project();
      await writeFile(path.join(p, 'some-file.txt'), 'precious\n');
      const before = await snapshot(p);
      for (const extra of [[], ['--force']]) {
        const r = await qspec(p, ['--out', 'some-file.txt', ...extra]);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(/^some-file\.txt: error OutputIsFile: refusing to write here: --out names a file/);
      }
      expect(await snapshot(p)).toEqual(before);
    },
    SLOW,
  );

  it(
    '--out . in a project: exit 2, with or without --force, nothing touched',
    async () => {
      const p = await project();
      const before = await snapshot(p);
      for (const extra of [[], ['--force']]) {
        const r = await qspec(p, ['--out', '.', ...extra]);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(
          /^\.\/: error OutputProtected: refusing to write into the current folder: .*not even with --force/,
        );
      }
      expect(await snapshot(p)).toEqual(before);
      expect(await readdir(root)).not.toContainEqual(expect.stringMatching(/\.tmp-|\.old-/));
    },
    SLOW,
  );

  it(
    '--force never writes into a folder holding .git, nor into the home folder',
    async () => {
      const p = await project();
      const repo = path.join(p, 'vendor-repo');
      await mkdir(path.join(repo, '.git'), { recursive: true });
      await writeFile(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
      await writeFile(path.join(repo, 'main.c'), 'int main(void) { return 0; }\n');
      const home = path.join(root, `home${n}`);
      await mkdir(home);
      await writeFile(path.join(home, '.bashrc'), 'export PS1=x\n');
      const before = [await snapshot(p), await snapshot(home)];
      const git = await qspec(p, ['--out', 'vendor-repo', '--force']);
      expect(git.code).toBe(2);
      expect(oneLine(git)).toMatch(
        /^vendor-repo\/: error OutputProtected: refusing to write into a git repository \(it holds \.git\)/,
      );
      const h = await qspec(p, ['--out', home, '--force'], { HOME: home });
      expect(h.code).toBe(2);
      expect(oneLine(h)).toMatch(/error OutputProtected: refusing to write into your home folder/);
      expect([await snapshot(p), await snapshot(home)]).toEqual(before);
    },
    SLOW,
  );

  it(
    "--force into a folder of user files writes the output and keeps the user's files; afterwards it is qspec's",
    async () => {
      const p = await project();
      const before = await snapshot(path.join(p, 'src'));
      const r = await qspec(p, ['--out', 'src', '--force']);
      expect(r.stderr).toBe('note: kept 3 files in src/ that qspec did not write: app.ts, lib/util.ts, logo.bin\n');
      expect(r.code).toBe(0);
      const after = await snapshot(path.join(p, 'src'));
      for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
      expect(after).toHaveProperty([MANIFEST]);
      expect(after).toHaveProperty(['schema-registry.ts']);
      const again = await qspec(p, ['--out', 'src']);
      expect(again.code).toBe(0);
    },
    SLOW,
  );

  it(
    "regenerating over a generated folder keeps the user's extra file and removes what qspec no longer generates",
    async () => {
      const p = await project();
      expect((await qspec(p, [])).code).toBe(0);
      const gen = path.join(p, 'generated');
      expect(await readdir(path.join(gen, 'pci'))).toContain('client.ts');
      await writeFile(path.join(gen, 'LOCAL-NOTES.md'), 'my notes, not generated\n');
      await rm(path.join(p, 'specs', 'pci'), { recursive: true });
      const r = await qspec(p, []);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('note: kept 1 file in generated/ that qspec did not write: LOCAL-NOTES.md\n');
      expect(await readFile(path.join(gen, 'LOCAL-NOTES.md'), 'utf8')).toBe('my notes, not generated\n');
      expect(await readdir(gen)).not.toContain('pci');
      const check = await qspec(p, ['--check']);
      expect(check.code).toBe(0);
      expect(check.stderr).toMatch(/holds 1 file qspec did not write, left alone: LOCAL-NOTES\.md/);
    },
    SLOW,
  );

  it(
    'an empty folder is filled and a missing one is created, each with the manifest',
    async () => {
      const p = await project();
      await mkdir(path.join(p, 'empty'));
      for (const out of ['empty', 'missing/deeper/out']) {
        const r = await qspec(p, ['--out', out]);
        expect(r.code).toBe(0);
        const files = await readdir(path.join(p, out));
        expect(files).toContain(MANIFEST);
        expect(files).toContain('schema-registry.ts');
      }
    },
    SLOW,
  );
});
