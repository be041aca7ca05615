/**
 * Part runs of a large mutation area (`npm run mutation -- --area xml --part K/N`): the part's
 * results are merged into the area's baseline with test and mutant ids renumbered, and the area's
 * files are split into parts of about equal size, the same way every time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { areaFiles, filesWithCode, namedFiles, parsePart, splitIntoParts } from '../../../mutation/area-files.mjs';
import { CARRIED_OVER, type IncrementalReport, mergeIncremental } from '../../../mutation/merge-report.mjs';

const mutant = (id: string, status: string, coveredBy: string[], killedBy?: string[]) => ({
  id,
  mutatorName: 'EqualityOperator',
  replacement: '<=',
  status,
  coveredBy,
  ...(killedBy ? { killedBy } : {}),
});

const base: IncrementalReport = {
  schemaVersion: '1.0',
  files: {
    'src/a.ts': { language: 'typescript', source: 'a', mutants: [mutant('0', 'Killed', ['0', '1'], ['1'])] },
    'src/b.ts': { language: 'typescript', source: 'b', mutants: [mutant('1', 'Survived', ['0'])] },
  },
  testFiles: {
    'test/a.test.ts': {
      source: 'A',
      tests: [
        { id: '0', name: 'a one' },
        { id: '1', name: 'a two' },
      ],
    },
  },
};

// The part re-measured b.ts with a new test file; its ids collide with the base's on purpose.
const part: IncrementalReport = {
  schemaVersion: '1.0',
  files: { 'src/b.ts': { language: 'typescript', source: 'b2', mutants: [mutant('0', 'Killed', ['0', '1'], ['0'])] } },
  testFiles: {
    'test/b.test.ts': { source: 'B', tests: [{ id: '0', name: 'b one' }] },
    'test/a.test.ts': { source: 'A2', tests: [{ id: '1', name: 'a one' }] },
  },
};

describe('mergeIncremental', () => {
  const merged = mergeIncremental(base, part);
  const testId = (file: string, name: string) => merged.testFiles?.[file]?.tests.find((t) => t.name === name)?.id;

  it("takes the part's files and keeps the base's others", () => {
    expect(Object.keys(merged.files)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(merged.files['src/b.ts']?.source).toBe('b2');
    expect(merged.files['src/a.ts']?.source).toBe('a');
  });

  it("takes the part's version of a test file; a test the part no longer has is gone", () => {
    expect(merged.testFiles?.['test/a.test.ts']?.source).toBe('A2');
    expect(merged.testFiles?.['test/a.test.ts']?.tests.map((t) => t.name)).toEqual(['a one']);
    expect(Object.keys(merged.testFiles ?? {})).toEqual(['test/a.test.ts', 'test/b.test.ts']);
  });

  it('renumbers tests by file and name, so covering and killing tests still point at the same tests', () => {
    const ids = Object.values(merged.testFiles ?? {}).flatMap((f) => f.tests.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    const aOne = testId('test/a.test.ts', 'a one');
    const bOne = testId('test/b.test.ts', 'b one');
    // b.ts from the part: covered by its "b one" (local 0) and "a one" (local 1), killed by "b one".
    expect(merged.files['src/b.ts']?.mutants[0]).toMatchObject({ coveredBy: [bOne, aOne], killedBy: [bOne] });
    // a.ts from the base: "a two" (local 1) is gone, so its kill is dropped and only "a one" covers it.
    expect(merged.files['src/a.ts']?.mutants[0]).toMatchObject({ coveredBy: [aOne], killedBy: [] });
  });

  it('gives every mutant a distinct id and leaves its inputs as they were', () => {
    const ids = Object.values(merged.files).flatMap((f) => f.mutants.map((m) => m.id));
    expect(new Set(ids).size).toBe(2);
    expect(base.files['src/a.ts']?.mutants[0]?.coveredBy).toEqual(['0', '1']);
    expect(part.files['src/b.ts']?.mutants[0]?.id).toBe('0');
  });

  it('starts a baseline from the first part', () => {
    const first = mergeIncremental(undefined, part);
    expect(Object.keys(first.files)).toEqual(['src/b.ts']);
    expect(first.files['src/b.ts']?.mutants[0]?.killedBy).toEqual([first.testFiles?.['test/b.test.ts']?.tests[0]?.id]);
  });
});

describe('mergeIncremental with static mutants a run left out (--ignoreStatic)', () => {
  const at = (line: number) => ({ start: { line, column: 3 }, end: { line, column: 9 } });
  const ignored = { status: 'Ignored', statusReason: 'Static mutant (and "ignoreStatic" was enabled)' };
  const baseStatic: IncrementalReport = {
    files: {
      'src/s.ts': {
        source: 's',
        mutants: [
          { ...mutant('0', 'Killed', ['0', '1'], ['1']), location: at(1), static: true },
          { ...mutant('1', 'Survived', ['0', '1']), location: at(2), static: true },
          { ...mutant('2', 'Survived', ['0']), location: at(3), static: true },
        ],
      },
    },
    testFiles: {
      'test/s.test.ts': {
        tests: [
          { id: '0', name: 's one' },
          { id: '1', name: 's two' },
        ],
      },
    },
  };
  const run = (source: string, line3: Record<string, unknown>): IncrementalReport => ({
    files: {
      'src/s.ts': {
        source,
        mutants: [
          { ...mutant('0', 'Ignored', []), ...ignored, location: at(1), static: true },
          { ...mutant('1', 'Killed', ['0'], ['0']), location: at(2), static: true },
          { ...mutant('2', 'Ignored', []), location: at(3), ...line3 },
        ],
      },
    },
    // Test ids of the run differ from the base's: "s two" is 0 here.
    testFiles: {
      'test/s.test.ts': {
        tests: [
          { id: '0', name: 's two' },
          { id: '1', name: 's one' },
        ],
      },
    },
  });

  it("keeps the baseline's result of a left-out static mutant when the file is unchanged", () => {
    const merged = mergeIncremental(baseStatic, run('s', { ...ignored, replacement: '>=' }));
    const id = (name: string) => merged.testFiles?.['test/s.test.ts']?.tests.find((t) => t.name === name)?.id;
    const [first, second, third] = merged.files['src/s.ts']?.mutants ?? [];
    // Left out, known to the base: the base's verdict, its tests renumbered.
    expect(first).toMatchObject({ status: 'Killed', statusReason: CARRIED_OVER, killedBy: [id('s two')] });
    expect(first?.coveredBy).toEqual([id('s one'), id('s two')]);
    // Run anew: the new result wins, even where the base said otherwise.
    expect(second).toMatchObject({ status: 'Killed', killedBy: [id('s two')] });
    // Left out, but another mutant (replacement differs) than any of the base's: stays left out.
    expect(third).toMatchObject({ status: 'Ignored' });
  });

  it('carries nothing over when the source changed, or for a mutant ignored for another reason', () => {
    const changed = mergeIncremental(baseStatic, run('s2', ignored)).files['src/s.ts']?.mutants ?? [];
    expect(changed.map((m) => m.status)).toEqual(['Ignored', 'Killed', 'Ignored']);
    const otherReason = { status: 'Ignored', statusReason: 'Ignored by a comment' };
    const same = mergeIncremental(baseStatic, run('s', otherReason)).files['src/s.ts']?.mutants ?? [];
    expect(same.map((m) => m.status)).toEqual(['Killed', 'Killed', 'Ignored']);
  });
});

describe('area parts', () => {
  it('splits files by a hash of their paths: each file in one part, the same part whatever else is in the tree', () => {
    const files = Array.from({ length: 40 }, (_, i) => `src/f${i}.ts`);
    const parts = splitIntoParts(files, 4);
    expect(parts.flat().sort()).toEqual([...files].sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const partOf = (ps: string[][], f: string) => ps.findIndex((p) => p.includes(f));
    // A file added or removed elsewhere moves no other file.
    const fewer = splitIntoParts(files.slice(1), 4);
    const more = splitIntoParts([...files, 'src/new.ts'], 4);
    for (const f of files.slice(1)) {
      expect(partOf(fewer, f)).toBe(partOf(parts, f));
      expect(partOf(more, f)).toBe(partOf(parts, f));
    }
    expect(splitIntoParts([...files].reverse(), 4)).toEqual(parts);
  });

  it('reads K/N and refuses anything else', () => {
    expect(parsePart('2/4')).toEqual({ k: 2, n: 4 });
    for (const bad of ['0/4', '5/4', '4', '1/65', 'a/b', ' 1/2', undefined]) expect(parsePart(bad)).toBeUndefined();
  });

  it('takes --files only from the area, sorted and once each, and names the first stranger', () => {
    const area = ['runtime/xml/a.ts', 'runtime/xml/b.ts', 'runtime/xml/c.ts'];
    expect(namedFiles(area, 'runtime/xml/c.ts,runtime/xml/a.ts,runtime/xml/c.ts')).toEqual({
      files: ['runtime/xml/a.ts', 'runtime/xml/c.ts'],
    });
    expect(namedFiles(area, 'runtime/xml/a.ts,xml/b.ts,nope.ts')).toEqual({
      error: '--files: xml/b.ts is not a file of this area',
    });
    for (const empty of ['', ',', undefined]) expect(namedFiles(area, empty).error).toMatch(/one or more/);
  });

  it('expands dir/**/*.ts and plain paths, sorted, without .d.ts; refuses other globs', () => {
    const root = path.join(process.env.TMPDIR ?? '/tmp', `area-files-${process.pid}`);
    mkdirSync(path.join(root, 'src/deep'), { recursive: true });
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    for (const f of ['src/z.ts', 'src/deep/y.ts', 'src/x.d.ts', 'src/readme.md', 'other.ts'])
      writeFileSync(path.join(root, f), '');
    expect(areaFiles(root, { mutate: ['src/**/*.ts', 'other.ts'] })).toEqual(['other.ts', 'src/deep/y.ts', 'src/z.ts']);
    expect(() => areaFiles(root, { mutate: ['src/*.ts'] })).toThrow(/not 'dir\/\*\*\/\*\.ts'/);
  });

  it('leaves out files of types only, which have no mutants, and keeps any file with code', () => {
    const root = path.join(process.env.TMPDIR ?? '/tmp', `files-with-code-${process.pid}`);
    mkdirSync(root, { recursive: true });
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const files: Record<string, string> = {
      'types.ts':
        "/** doc */\nexport interface A { a: number }\nexport type B = A | string;\nimport type { C } from './c.js';\n",
      'empty.ts': '',
      'const.ts': 'export interface A { a: number }\nexport const one = 1;\n',
      'reexport.ts': "export { x } from './x.js';\n",
      'enum.ts': 'export enum E { A }\n',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(root, f), text);
    expect(filesWithCode(root, Object.keys(files))).toEqual(['const.ts', 'reexport.ts', 'enum.ts']);
  });
});
