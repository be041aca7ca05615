/**
 * mutation/load-failure-reporter.mjs: in a mutation run, a test file whose module throws while it
 * loads must count as a failed test, or Stryker's vitest runner (which builds a mutant's result
 * from the collected tests only) reports the mutant that broke the load as Survived. Checked with
 * a real vitest run in a temporary folder, read the way Stryker reads it (ctx.state.getFiles()).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createVitest } from 'vitest/node';
import LoadFailureReporter from '../../../mutation/load-failure-reporter.mjs';

interface TaskLike {
  type: string;
  name: string;
  tasks?: TaskLike[];
  result?: { state?: string; errors?: Array<{ message?: string }> };
}

/** The tests of a file task at any depth, as Stryker's runner collects them. */
function testsOf(task: TaskLike): TaskLike[] {
  return (task.tasks ?? []).flatMap((t) => (t.type === 'suite' ? testsOf(t) : t.type === 'test' ? [t] : []));
}

/** Runs vitest on the files given (name → source) and returns the file tasks it reports. */
async function runFiles(files: Record<string, string>, withReporter: boolean): Promise<TaskLike[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'qspec-load-failure-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(root, name), source);
  const ctx = await createVitest(
    'test',
    {
      root,
      config: false,
      watch: false,
      include: ['*.test.mjs'],
      // An object with no hooks: a quiet run (an empty list would mean the default reporter).
      reporters: withReporter ? [new LoadFailureReporter()] : [{}],
      pool: 'threads',
    },
    {},
  );
  try {
    await ctx.start();
    return ctx.state.getFiles() as unknown as TaskLike[];
  } finally {
    await ctx.close();
  }
}

const FILES = {
  'broken.mjs': "throw new TypeError('Cannot convert a BigInt value to a number');\nexport const x = 1;\n",
  'broken.test.mjs':
    "import { it, expect } from 'vitest';\nimport { x } from './broken.mjs';\nit('reads x', () => expect(x).toBe(1));\n",
  'fine.test.mjs': "import { it, expect } from 'vitest';\nit('passes', () => expect(1).toBe(1));\n",
};

describe('load-failure reporter', () => {
  it('without it, a file that fails to load holds no test: a mutant breaking the load looks alive', async () => {
    const files = await runFiles(FILES, false);
    const broken = files.find((f) => f.name.endsWith('broken.test.mjs'));
    expect(broken?.result?.state).toBe('fail');
    expect(testsOf(broken!)).toEqual([]);
  }, 60_000);

  it('with it, that file holds one failed test carrying the load error; a file that loaded is unchanged', async () => {
    const files = await runFiles(FILES, true);
    const broken = files.find((f) => f.name.endsWith('broken.test.mjs'))!;
    const tests = testsOf(broken);
    expect(tests.map((t) => [t.name, t.result?.state])).toEqual([['the test file loads', 'fail']]);
    expect(tests[0]?.result?.errors?.[0]?.message).toContain('Cannot convert a BigInt value to a number');
    const fine = files.find((f) => f.name.endsWith('fine.test.mjs'))!;
    expect(testsOf(fine).map((t) => [t.name, t.result?.state])).toEqual([['passes', 'pass']]);
  }, 60_000);
});
