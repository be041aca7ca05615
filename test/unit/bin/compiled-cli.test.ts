/**
 * bin/qspec.js end to end: a build of the CLI (bin/build.js into .tmp/, pointed at with
 * QSPEC_DIST) prints exactly what the TypeScript sources print through tsx, for help, a valid, an
 * invalid and an unknown-endpoint validation and a broken spec (the build swaps in precompiled
 * spec-format validators, so their errors are compared too); and bin falls back to the sources when the build is
 * missing or its stamp no longer matches.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const work = path.join(repoRoot, '.tmp', `compiled-cli-${process.pid}`);
const dist = path.join(work, 'dist');
const examples = 'test/fixtures/conformance/specs/vm/examples/vm.thing.list';
const specs = ['--specs', 'test/fixtures/conformance/specs'];

function qspec(args: readonly string[], distDir: string) {
  const r = spawnSync(process.execPath, ['bin/qspec.js', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, QSPEC_DIST: distDir, QSPEC_DEBUG: '1' },
  });
  const [how = '', ...rest] = r.stderr.split('\n');
  return { code: r.status, stdout: r.stdout, stderr: rest.join('\n'), how };
}

const broken = path.join(work, 'broken-specs');

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  cpSync(path.join(repoRoot, 'test/fixtures/conformance/specs'), broken, { recursive: true });
  const yaml = readdirSync(path.join(broken, 'vm')).find((f) => f.endsWith('.yaml'))!;
  const file = path.join(broken, 'vm', yaml);
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/\bsummary:/g, 'sumary:')
      .replace(/\bmethod: GET/, 'method: FETCH'),
  );
  const r = spawnSync(process.execPath, ['bin/build.js', '--outdir', dist, '--quiet'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('compiled CLI', () => {
  const commands: [string, string[]][] = [
    ['--help', ['--help']],
    ['validate --help', ['validate', '--help']],
    ['a valid file', ['validate', `${examples}/two-things.response.xml`, '--endpoint', 'vm.thing.list', ...specs]],
    [
      'an invalid file, JSON',
      ['validate', `${examples}/damaged.response.xml`, '--endpoint', 'vm.thing.list', '--format', 'json', ...specs],
    ],
    [
      'an unknown endpoint',
      ['validate', `${examples}/two-things.response.xml`, '--endpoint', 'vm.thing.lsit', ...specs],
    ],
  ];
  it.each(commands)('%s: same output as the sources', (_, args) => {
    const compiled = qspec(args, dist);
    const sources = qspec(args, path.join(work, 'none'));
    expect(compiled.how).toMatch(/running the compiled CLI/);
    expect(sources.how).toMatch(/no compiled CLI in .*; running the sources through tsx/);
    expect({ ...compiled, how: '' }).toEqual({ ...sources, how: '' });
  });

  it('falls back to the sources when an input changed since the build', () => {
    const stale = path.join(work, 'stale');
    cpSync(dist, stale, { recursive: true });
    const file = path.join(stale, 'stamp.json');
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as { inputs: [string, number, number, string][] };
    const entry = stamp.inputs.find(([rel]) => rel === 'cli/main.ts')!;
    entry[1] += 1; // as if cli/main.ts had grown by a byte
    writeFileSync(file, JSON.stringify(stamp));
    const r = qspec(['--version'], stale);
    expect(r.how).toBe('qspec: cli/main.ts changed since the build; running the sources through tsx (npm run build)');
    expect(r.stdout).toBe('qspec 0.1.0\n');
  });
});
