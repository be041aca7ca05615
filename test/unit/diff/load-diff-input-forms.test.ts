/**
 * The BASE/REV forms of `qspec diff`: a spec folder, a single schema file, a git ref with or
 * without `:PATH` (in a throw-away repository), the errors for each, the temporary folder a git
 * ref is unpacked into, and how two single schema files are aligned to one schema id.
 *
 * @see docs/diff-rules.md; `qspec diff --help` (the BASE/REV forms)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alignSingleSchemas,
  type DiffInput,
  loadDiffInput,
  rekeySchema,
  trimSlashes,
} from '../../../generator/diff/input/load-diff-input.js';
import { UsageError } from '../../../generator/errors.js';
import type { IrSchema } from '../../../generator/ir/ir-types.js';
import { doc, schema, str } from './ir-builders.js';

const FIXTURE = path.resolve(__dirname, '../../fixtures/specs-mini');
const ALL = ['pci.report.status', 'vm.list.list', 'was.thing.get'];
const ALT = ['vm.list.list', 'was.thing.get'];
const XSD = (name: string) =>
  `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="${name}" type="xs:string"/></xs:schema>\n`;

let dir: string;
const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-diff-input-'));
  cpSync(FIXTURE, path.join(dir, 'specs'), { recursive: true });
  // A second spec folder deeper down, without the pci module.
  cpSync(FIXTURE, path.join(dir, 'alt', 'specs2'), { recursive: true });
  rmSync(path.join(dir, 'alt', 'specs2', 'pci'), { recursive: true });
  mkdirSync(path.join(dir, 'loose'));
  writeFileSync(path.join(dir, 'loose', 'one.xsd'), XSD('One'));
  writeFileSync(path.join(dir, 'loose', 'notes.xsd.txt'), XSD('Notes'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'specs');
  git('branch', 'only-in-temp-repo');
  git('branch', 'rel-');
  mkdirSync(path.join(dir, 'untracked'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ids = (input: DiffInput) => input.doc.endpoints.map((e) => e.id).sort();

async function usageError(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UsageError);
  return (e as Error).message;
}

describe('loadDiffInput: paths on disk', () => {
  it('a spec folder', async () => {
    const input = await loadDiffInput('specs', dir);
    expect(input.label).toBe('specs');
    expect(input.single).toBe(false);
    expect(ids(input)).toEqual(ALL);
  });

  it('a single schema file: one schema, no endpoints or platforms', async () => {
    const input = await loadDiffInput('loose/one.xsd', dir);
    expect(input.label).toBe('loose/one.xsd');
    expect(input.single).toBe(true);
    expect(input.doc.schemas.map((s) => s.id)).toEqual(['one.xsd']);
    expect(input.doc.endpoints).toEqual([]);
    expect(input.doc.platforms).toEqual([]);
  });

  it('a file that is not a schema file (the extension must end the name)', async () => {
    for (const f of ['loose/notes.xsd.txt', 'specs/platforms.yaml']) {
      const abs = path.join(dir, f);
      expect(await usageError(loadDiffInput(f, dir))).toBe(`'${abs}' is not a schema file (.xsd, .dtd, .schema.json)`);
    }
  });
});

describe('loadDiffInput: git refs', () => {
  it('REF:PATH loads that folder of the commit', async () => {
    const input = await loadDiffInput('HEAD:specs', dir);
    expect(input.label).toBe('HEAD:specs');
    expect(input.single).toBe(false);
    expect(ids(input)).toEqual(ALL);
  });

  it('the path loses leading and trailing slashes; the ref is looked up in the cwd repository', async () => {
    const input = await loadDiffInput('only-in-temp-repo:/alt/specs2//', dir);
    expect(ids(input)).toEqual(ALT);
  });

  it('a ref whose name ends with "-" is a ref', async () => {
    expect(ids(await loadDiffInput('rel-:alt/specs2', dir))).toEqual(ALT);
  });

  it('REF:FILE loads one schema file of the commit', async () => {
    const input = await loadDiffInput('HEAD:loose/one.xsd', dir);
    expect(input.single).toBe(true);
    expect(input.doc.schemas.map((s) => s.id)).toEqual(['one.xsd']);
  });

  it('a bare ref means REF:<specs>, relative to the cwd', async () => {
    expect(ids(await loadDiffInput('HEAD', dir))).toEqual(ALL);
    expect(ids(await loadDiffInput('HEAD', dir, 'alt/specs2'))).toEqual(ALT);
    expect(ids(await loadDiffInput('HEAD', dir, path.join(dir, 'alt', 'specs2')))).toEqual(ALT);
  });

  it('from a subfolder, paths are relative to it (the repository prefix is added)', async () => {
    const sub = path.join(dir, 'alt');
    expect(ids(await loadDiffInput('HEAD:specs2', sub))).toEqual(ALT);
    expect(ids(await loadDiffInput('HEAD', sub, 'specs2'))).toEqual(ALT);
    expect(ids(await loadDiffInput('HEAD', path.join(sub, 'specs2'), '.'))).toEqual(ALT);
    expect(ids(await loadDiffInput('HEAD:', path.join(sub, 'specs2')))).toEqual(ALT);
    expect(ids(await loadDiffInput('HEAD:../specs', sub))).toEqual(ALL);
  });

  it('the temporary folder is removed afterwards', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'qspec-diff-tmpdir-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      expect(os.tmpdir()).toBe(tmp);
      expect(ids(await loadDiffInput('HEAD:alt/specs2', dir))).toEqual(ALT);
      await expect(loadDiffInput('HEAD:specs/nothing-here', dir)).rejects.toThrow(UsageError);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('loadDiffInput: errors', () => {
  it.each(['no-such-ref', 'no-such-ref:specs', '-x', '--output=/tmp/qspec-x', '-:specs'])(
    '%s is neither a path nor a ref',
    async (arg) => {
      expect(await usageError(loadDiffInput(arg, dir))).toBe(
        `'${arg}' is not a spec folder, a schema file or a git ref (from ${dir})`,
      );
    },
  );

  it('REF:PATH where the commit has no PATH: the first line of git, no hint', async () => {
    expect(await usageError(loadDiffInput('HEAD:nothing/here/', dir))).toBe(
      "git archive HEAD nothing/here failed: fatal: pathspec 'nothing/here' did not match any files",
    );
  });

  it('a bare ref whose spec folder is not in the commit: the hint says what it meant', async () => {
    expect(await usageError(loadDiffInput('HEAD', dir, 'nospecs'))).toBe(
      "git archive HEAD nospecs failed: fatal: pathspec 'nospecs' did not match any files" +
        " (a bare ref means HEAD:nospecs; name the folder: 'HEAD:DIR', or pass --specs DIR)",
    );
  });

  it('a bare ref from a folder the commit does not have, with the cwd as spec folder', async () => {
    expect(await usageError(loadDiffInput('HEAD', path.join(dir, 'untracked'), '.'))).toBe(
      "git archive HEAD untracked failed: fatal: pathspec 'untracked' did not match any files" +
        " (a bare ref means HEAD:.; name the folder: 'HEAD:DIR', or pass --specs DIR)",
    );
  });
});

describe('trimSlashes', () => {
  it.each([
    ['', ''],
    ['/', ''],
    ['///', ''],
    ['ab', 'ab'],
    ['/ab', 'ab'],
    ['//ab', 'ab'],
    ['ab/', 'ab'],
    ['ab//', 'ab'],
    ['//a/b//', 'a/b'],
    ['a', 'a'],
  ])('%j → %j', (p, want) => {
    expect(trimSlashes(p)).toBe(want);
  });
});

describe('alignSingleSchemas and rekeySchema', () => {
  const one = (id: string, single = true): DiffInput => ({
    label: id,
    single,
    doc: doc([schema({ A: str }, { Root: str }, id)]),
  });

  it('two single files with different ids: the revision takes the base id', () => {
    const rev = one('x/new.xsd');
    const out = alignSingleSchemas(one('x/old.xsd'), rev);
    expect(out.label).toBe('x/new.xsd');
    expect(out.single).toBe(true);
    expect(out.doc.schemas).toHaveLength(1);
    expect(out.doc.schemas[0]!.id).toBe('x/old.xsd');
    expect(out.doc.schemas[0]!.types.map((t) => t.id)).toEqual(['x/old.xsd#A']);
    expect(out.doc.endpoints).toEqual([]);
  });

  it('nothing to align: the revision is returned as it is', () => {
    const rev = one('x/new.xsd');
    expect(alignSingleSchemas(one('x/old.xsd', false), rev)).toBe(rev);
    const folder = one('x/new.xsd', false);
    expect(alignSingleSchemas(one('x/old.xsd'), folder)).toBe(folder);
    expect(alignSingleSchemas(one('x/same.xsd'), one('x/same.xsd')).doc.schemas[0]!.id).toBe('x/same.xsd');
    const same = one('x/same.xsd');
    expect(alignSingleSchemas(one('x/same.xsd'), same)).toBe(same);
    const empty: DiffInput = { label: 'e', single: true, doc: doc([]) };
    expect(alignSingleSchemas(empty, rev)).toBe(rev);
    expect(alignSingleSchemas(rev, empty)).toBe(empty);
  });

  it('rewrites target, id and base values that point into the schema, and nothing else', () => {
    const s = {
      id: 'x/n.xsd',
      file: 'x/n.xsd#keep-file',
      types: [
        {
          id: 'x/n.xsd#A',
          name: 'x/n.xsd#A',
          type: { kind: 'ref', target: 'x/n.xsd#B' },
          base: { target: 'x/n.xsd#C', id: 7, other: 'x/n.xsd#D' },
          list: ['x/n.xsd#E', { base: 'x/n.xsd#F' }, { target: 'y/m.xsd#G' }, { target: 'pre/x/n.xsd#H' }],
          note: null,
          flag: true,
        },
      ],
    } as unknown as IrSchema;
    expect(rekeySchema(s, 'z/o.xsd')).toEqual({
      id: 'z/o.xsd',
      file: 'x/n.xsd#keep-file',
      types: [
        {
          id: 'z/o.xsd#A',
          name: 'x/n.xsd#A',
          type: { kind: 'ref', target: 'z/o.xsd#B' },
          base: { target: 'z/o.xsd#C', id: 7, other: 'x/n.xsd#D' },
          list: ['x/n.xsd#E', { base: 'z/o.xsd#F' }, { target: 'y/m.xsd#G' }, { target: 'pre/x/n.xsd#H' }],
          note: null,
          flag: true,
        },
      ],
    });
  });

  it('a value equal to the prefix alone, and one ending in it, are told apart', () => {
    const s = { id: 'a.xsd', types: [{ target: 'a.xsd#', id: 'q/a.xsd#' }] } as unknown as IrSchema;
    expect(rekeySchema(s, 'b.xsd')).toEqual({ id: 'b.xsd', types: [{ target: 'b.xsd#', id: 'q/a.xsd#' }] });
  });
});
