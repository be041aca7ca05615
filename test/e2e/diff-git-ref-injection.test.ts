/**
 * `qspec diff BASE REV` with hostile git refs, through the real CLI in a throwaway repository:
 * a ref or a `ref:path` can never become a git option (`--output=FILE` wrote an arbitrary file
 * through `git archive`) or reach a shell. Each attempt ends with exit 2 and creates nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../unit/conformance/helpers.js';

const repo = mkdtempSync(path.join(tmpdir(), 'qspec-diff-refs-'));
const loot = mkdtempSync(path.join(tmpdir(), 'qspec-diff-loot-'));
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(loot, { recursive: true, force: true });
});

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
  });
mkdirSync(path.join(repo, 'specs'));
writeFileSync(path.join(repo, 'specs', 'platforms.yaml'), 'platforms: []\n');
git('init', '-q');
git('add', '.');
git('commit', '-q', '-m', 'init');

const target = (name: string) => path.join(loot, name);
const hostile: string[] = [
  `HEAD:--output=${target('archive-output.tar')}`,
  `--output=${target('ref-output')}`,
  `HEAD:--remote=${loot}`,
  `--remote=${loot}`,
  `HEAD;touch ${target('semicolon')}`,
  `$(touch ${target('subshell')})`,
  `\`touch ${target('backtick')}\``,
  `HEAD:$(touch ${target('path-subshell')})`,
  '--exec=touch',
];

describe('qspec diff: git refs cannot inject options or shell', () => {
  it.each(hostile)(
    '%s → exit 2, nothing written',
    (ref) => {
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'qspec.js'), 'diff', '--', ref, 'specs'], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(readdirSync(loot)).toEqual([]);
      expect(existsSync(path.join(repo, 'specs', 'platforms.yaml'))).toBe(true);
    },
    70_000,
  );
});
