/**
 * A bare git ref (`HEAD`) given to `qspec diff` stands for that commit's spec folder: --specs,
 * or the qspec config file's `specs`, not always `specs/`. When the folder is not in the commit,
 * the error says what the bare ref meant and how to name another folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../cli/command.js';
import { main } from '../../../cli/main.js';

const FIXTURE = path.resolve(__dirname, '../../fixtures/specs-mini');
let dir: string;

function io(cwd = dir): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, isTty: false, env: {} };
}

const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-diff-specs-'));
  cpSync(FIXTURE, path.join(dir, 'myspecs'), { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'specs');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('qspec diff: a bare git ref means the configured spec folder', () => {
  it('--specs DIR: HEAD is HEAD:DIR', async () => {
    const a = io();
    expect(await main(['diff', 'HEAD', 'myspecs', '--specs', 'myspecs'], a)).toBe(0);
    expect(a.err.join('')).toBe('');
    expect(a.out.join('')).toMatch(/no changes|0 findings|No changes/i);
  });

  it('without it, the error names what HEAD meant and how to name the folder', async () => {
    const a = io();
    expect(await main(['diff', 'HEAD', 'myspecs'], a)).toBe(2);
    expect(a.err.join('')).toContain("a bare ref means HEAD:specs; name the folder: 'HEAD:DIR', or pass --specs DIR");
  });

  it('the config file sets it (specs: myspecs)', async () => {
    writeFileSync(path.join(dir, 'qspec.config.json'), '{ "specs": "myspecs" }\n');
    try {
      const a = io();
      expect(await main(['diff', 'HEAD', 'myspecs'], a)).toBe(0);
      expect(a.err.join('')).toBe('');
    } finally {
      rmSync(path.join(dir, 'qspec.config.json'));
    }
  });
});
