import { accessSync, constants } from 'node:fs';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDiagnosticError } from '../../../generator/diagnostics.js';
import { MANIFEST_NAME, parseManifest, sha256 } from '../../../generator/write/output-manifest.js';
import { checkOutput, hasDrift, writeOutputAtomically } from '../../../generator/write/write-output.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qspec-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const opts = () => ({ cwd: dir, home: path.join(dir, 'home') });

async function tree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out[path.relative(root, path.join(e.parentPath, e.name))] = await readFile(
        path.join(e.parentPath, e.name),
        'utf8',
      );
  }
  return out;
}

/** The diagnostic codes of a rejected write (fails the test when it did not reject so). */
async function refusedCodes(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isDiagnosticError(e)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e.diagnostics.map((d) => d.code);
}

describe('writeOutputAtomically', () => {
  it('replaces what qspec wrote, removes files it no longer generates, and writes the manifest', async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(out, [{ path: 'old/stale.ts', content: 'x' }], opts());
    const r = await writeOutputAtomically(
      out,
      [
        { path: 'a.ts', content: 'A' },
        { path: 'was/schemas/b.ts', content: 'B' },
      ],
      opts(),
    );
    expect(r.removed).toEqual(['old/stale.ts']);
    expect(await readFile(path.join(out, 'a.ts'), 'utf8')).toBe('A');
    expect(await readFile(path.join(out, 'was/schemas/b.ts'), 'utf8')).toBe('B');
    expect((await readdir(out)).sort()).toEqual([MANIFEST_NAME, 'a.ts', 'was']);
    expect((await readdir(dir)).sort()).toEqual(['generated']);
    const manifest = parseManifest(await readFile(path.join(out, MANIFEST_NAME), 'utf8'))!;
    expect([...manifest.files]).toEqual([
      ['a.ts', sha256('A')],
      ['was/schemas/b.ts', sha256('B')],
    ]);
  });

  it('leaves the folder untouched when a file cannot be written', async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(out, [{ path: 'keep.ts', content: 'keep' }], opts());
    const before = await tree(out);
    await expect(
      writeOutputAtomically(
        out,
        [
          { path: 'a.ts', content: 'A' },
          { path: 'a.ts/child.ts', content: 'cannot be both a file and a folder' },
        ],
        opts(),
      ),
    ).rejects.toThrow();
    expect(await tree(out)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['generated']);
  });

  it('refuses a folder of files qspec did not write, naming them, and touches nothing', async () => {
    const out = path.join(dir, 'src');
    await mkdir(path.join(out, 'lib'), { recursive: true });
    await writeFile(path.join(out, 'app.ts'), 'export const app = 1;\n');
    await writeFile(path.join(out, 'lib', 'util.ts'), 'export {};\n');
    const e = await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A' }], opts()).catch((x: Error) => x);
    expect((e as Error).message).toBe(
      'src/: error OutputNotOwned: refusing to write into this folder: it holds files qspec did not write (app.ts, lib/util.ts); point --out at a new, empty or qspec-generated folder, or pass --force to write there anyway (qspec then keeps those files and overwrites only the ones at paths it generates)',
    );
    expect(await tree(out)).toEqual({ 'app.ts': 'export const app = 1;\n', 'lib/util.ts': 'export {};\n' });
    expect((await readdir(dir)).sort()).toEqual(['src']);
  });

  it('with force, writes into a folder of user files, keeps them (same inode and mode) and overwrites only paths it generates', async () => {
    const out = path.join(dir, 'mixed');
    await mkdir(path.join(out, 'notes', 'empty'), { recursive: true });
    await writeFile(path.join(out, 'notes', 'todo.md'), 'mine');
    await chmod(path.join(out, 'notes', 'todo.md'), 0o640);
    await writeFile(path.join(out, 'a.ts'), 'my a.ts');
    await symlink('notes/todo.md', path.join(out, 'link'));
    const inode = (await stat(path.join(out, 'notes', 'todo.md'))).ino;
    const r = await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A' }], { ...opts(), force: true });
    expect(r.overwritten).toEqual(['a.ts']);
    expect(r.kept).toEqual(['link', 'notes/empty', 'notes/todo.md']);
    const todo = await stat(path.join(out, 'notes', 'todo.md'));
    expect([todo.ino, todo.mode & 0o777]).toEqual([inode, 0o640]);
    expect(await readFile(path.join(out, 'notes', 'todo.md'), 'utf8')).toBe('mine');
    expect((await lstat(path.join(out, 'notes', 'empty'))).isDirectory()).toBe(true);
    expect(await readlink(path.join(out, 'link'))).toBe('notes/todo.md');
    expect(await readFile(path.join(out, 'a.ts'), 'utf8')).toBe('A');
    // From now on the folder is qspec's: a plain run works and still keeps the user's files.
    await writeOutputAtomically(out, [{ path: 'b.ts', content: 'B' }], opts());
    expect(await tree(out)).toEqual({ [MANIFEST_NAME]: expect.any(String), 'b.ts': 'B', 'notes/todo.md': 'mine' });
  });

  it("keeps a user's file in a generated folder across regeneration", async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A1' }], opts());
    await writeFile(path.join(out, 'README.local.md'), 'my notes\n');
    const r = await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A2' }], opts());
    expect(r.kept).toEqual(['README.local.md']);
    expect(await tree(out)).toEqual({
      [MANIFEST_NAME]: expect.any(String),
      'a.ts': 'A2',
      'README.local.md': 'my notes\n',
    });
  });

  it('refuses to overwrite an edited generated file or a user file where output goes, unless forced', async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A' }], opts());
    await writeFile(path.join(out, 'a.ts'), 'A, edited');
    await writeFile(path.join(out, 'b.ts'), 'my b');
    const before = await tree(out);
    const files = [
      { path: 'a.ts', content: 'A2' },
      { path: 'b.ts', content: 'B' },
    ];
    expect(await refusedCodes(writeOutputAtomically(out, files, opts()))).toEqual(['OutputInTheWay', 'OutputEdited']);
    expect(await tree(out)).toEqual(before);
    const r = await writeOutputAtomically(out, files, { ...opts(), force: true });
    expect(r.overwritten).toEqual(['a.ts', 'b.ts']);
    expect(await readFile(path.join(out, 'b.ts'), 'utf8')).toBe('B');
  });

  it('an edited generated file that already holds the new output is no reason to refuse', async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A' }], opts());
    await writeFile(path.join(out, 'a.ts'), 'A2');
    await writeOutputAtomically(out, [{ path: 'a.ts', content: 'A2' }], opts());
    expect(await readFile(path.join(out, 'a.ts'), 'utf8')).toBe('A2');
  });

  it('accepts a folder from before the manifest when every file is marked or identical, and adds the manifest', async () => {
    const out = path.join(dir, 'generated');
    await mkdir(path.join(out, 'was', 'json-schema'), { recursive: true });
    await writeFile(path.join(out, 'index.ts'), '// Generated by qspec from specs/. Do not edit by hand.\nold\n');
    await writeFile(path.join(out, 'gone.ts'), '// Copied by qspec from runtime/x.ts. Do not edit here.\n');
    await writeFile(path.join(out, 'was', 'json-schema', 'x.json'), '{}\n');
    const files = [
      { path: 'index.ts', content: '// Generated by qspec from specs/. Do not edit by hand.\nnew\n' },
      { path: 'was/json-schema/x.json', content: '{}\n' },
    ];
    const r = await writeOutputAtomically(out, files, opts());
    expect(r.removed).toEqual(['gone.ts']);
    expect(Object.keys(await tree(out)).sort()).toEqual([MANIFEST_NAME, 'index.ts', 'was/json-schema/x.json']);
    // An unmarked JSON file that differs from the output is not taken for qspec's.
    await rm(path.join(out, MANIFEST_NAME));
    await writeFile(path.join(out, 'was', 'json-schema', 'x.json'), '{"mine":true}\n');
    expect(await refusedCodes(writeOutputAtomically(out, files, opts()))).toEqual(['OutputNotOwned']);
  });

  it('refuses a path naming a file, even with force, and leaves the file as it was', async () => {
    const file = path.join(dir, 'some-file.txt');
    await writeFile(file, 'precious');
    for (const force of [false, true]) {
      expect(
        await refusedCodes(writeOutputAtomically(file, [{ path: 'a.ts', content: 'A' }], { ...opts(), force })),
      ).toEqual(['OutputIsFile']);
    }
    expect(await readFile(file, 'utf8')).toBe('precious');
    expect(await readdir(dir)).toEqual(['some-file.txt']);
  });

  it('refuses protected folders even with force', async () => {
    const repo = path.join(dir, 'repo');
    await mkdir(path.join(repo, '.git'), { recursive: true });
    await writeFile(path.join(repo, 'main.c'), 'int main;');
    const e = await writeOutputAtomically(repo, [{ path: 'a.ts', content: 'A' }], { ...opts(), force: true }).catch(
      (x: Error) => x,
    );
    expect((e as Error).message).toMatch(
      /^repo\/: error OutputProtected: refusing to write into a git repository \(it holds \.git\): qspec never writes there, not even with --force/,
    );
    expect((await readdir(repo)).sort()).toEqual(['.git', 'main.c']);
    expect(await refusedCodes(writeOutputAtomically(dir, [], { ...opts(), force: true }))).toEqual(['OutputProtected']);
  });

  // Needs a writable filesystem root (root in a container); elsewhere the case cannot be set up.
  const rootWritable = (() => {
    try {
      accessSync('/', constants.W_OK);
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(rootWritable)(
    "refuses, even with force, a top-level folder of the filesystem that is not qspec's",
    async () => {
      const top = await mkdtemp('/qspec-top-');
      try {
        await writeFile(path.join(top, 'system-file'), 'x');
        expect(
          await refusedCodes(writeOutputAtomically(top, [{ path: 'a.ts', content: 'A' }], { ...opts(), force: true })),
        ).toEqual(['OutputProtected']);
        expect(await readdir(top)).toEqual(['system-file']);
        await rm(path.join(top, 'system-file'));
        await writeOutputAtomically(top, [{ path: 'a.ts', content: 'A' }], opts());
        expect((await readdir(top)).sort()).toEqual([MANIFEST_NAME, 'a.ts']);
      } finally {
        await rm(top, { recursive: true, force: true });
      }
    },
  );

  it('creates a missing folder (and its parents) and fills an empty one', async () => {
    const missing = path.join(dir, 'a', 'b', 'out');
    expect((await writeOutputAtomically(missing, [{ path: 'x.ts', content: 'X' }], opts())).created).toBe(true);
    expect(Object.keys(await tree(missing)).sort()).toEqual([MANIFEST_NAME, 'x.ts']);
    const empty = path.join(dir, 'empty');
    await mkdir(empty);
    expect((await writeOutputAtomically(empty, [{ path: 'x.ts', content: 'X' }], opts())).created).toBe(false);
    expect(Object.keys(await tree(empty)).sort()).toEqual([MANIFEST_NAME, 'x.ts']);
  });

  it('refuses duplicate and escaping paths, and an emitted file named like the manifest', async () => {
    await expect(
      writeOutputAtomically(
        path.join(dir, 'g'),
        [
          { path: 'a', content: '' },
          { path: 'a', content: '' },
        ],
        opts(),
      ),
    ).rejects.toThrow(/two emitters/);
    await expect(writeOutputAtomically(path.join(dir, 'g'), [{ path: '../x', content: '' }], opts())).rejects.toThrow(
      /unsafe/,
    );
    await expect(
      writeOutputAtomically(path.join(dir, 'g'), [{ path: MANIFEST_NAME, content: '' }], opts()),
    ).rejects.toThrow(/two emitters/);
  });
});

describe('checkOutput', () => {
  it('reports missing, changed and stale files; the manifest is part of the output', async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(
      out,
      [
        { path: 'same.ts', content: 'S' },
        { path: 'changed.ts', content: 'old' },
        { path: 'stale.ts', content: 'x' },
      ],
      opts(),
    );
    const report = await checkOutput(out, [
      { path: 'same.ts', content: 'S' },
      { path: 'changed.ts', content: 'new' },
      { path: 'new.ts', content: 'N' },
    ]);
    expect(report).toEqual({
      added: ['new.ts'],
      changed: [MANIFEST_NAME, 'changed.ts'],
      removed: ['stale.ts'],
      foreign: [],
    });
    expect(hasDrift(report)).toBe(true);
    const same = [
      { path: 'same.ts', content: 'S' },
      { path: 'changed.ts', content: 'old' },
      { path: 'stale.ts', content: 'x' },
    ];
    expect(hasDrift(await checkOutput(out, same))).toBe(false);
    // A user's file is not drift; a missing manifest is.
    await writeFile(path.join(out, 'mine.md'), 'm');
    expect(await checkOutput(out, same)).toEqual({ added: [], changed: [], removed: [], foreign: ['mine.md'] });
    await rm(path.join(out, MANIFEST_NAME));
    expect((await checkOutput(out, same)).added).toEqual([MANIFEST_NAME]);
  });

  it('refuses a path naming a file', async () => {
    await writeFile(path.join(dir, 'f'), 'x');
    expect(await refusedCodes(checkOutput(path.join(dir, 'f'), []))).toEqual(['OutputIsFile']);
  });
});
