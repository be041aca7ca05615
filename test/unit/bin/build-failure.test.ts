/**
 * bin/build.js when esbuild fails: the build goes to a staging folder (`dist.new-PID`) beside
 * dist/, and a failed run must leave dist/ as it was and no staging folder behind (d8d2f0a: the
 * generated-module scratch in `dist.new-PID/.build` was left when the CLI's own bundle failed).
 * The build runs in a copy of the sources whose cli/main.ts does not parse, so the generated
 * modules build first and the main bundle then fails.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const work = path.join(repoRoot, '.tmp', `build-failure-${process.pid}`);
const SOURCES = ['bin', 'cli', 'generator', 'runtime', 'conformance', 'templates', 'tsconfig.json', 'package.json'];

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  for (const entry of SOURCES) cpSync(path.join(repoRoot, entry), path.join(work, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  appendFileSync(path.join(work, 'cli/main.ts'), '\nexport const = ;\n');
  mkdirSync(path.join(work, 'dist'));
  writeFileSync(path.join(work, 'dist/cli.js'), '// the previous build\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bin/build.js, failed build', () => {
  it('exits non-zero naming the error, keeps dist/ and leaves no staging folder', () => {
    const r = spawnSync(process.execPath, ['bin/build.js', '--quiet'], { cwd: work, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cli\/main\.ts:\d+:\d+/);
    expect(
      readdirSync(work)
        .filter((e) => e.startsWith('dist'))
        .sort(),
    ).toEqual(['dist']);
    expect(readdirSync(path.join(work, 'dist'))).toEqual(['cli.js']);
    expect(readFileSync(path.join(work, 'dist/cli.js'), 'utf8')).toBe('// the previous build\n');
  }, 120_000);
});
