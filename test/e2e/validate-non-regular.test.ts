/**
 * `qspec validate` on inputs that are not regular files, through the real CLI process: a FIFO
 * with no writer (which used to block forever), a FIFO with a writer (which used to fail with
 * ESPIPE), a character device and a FIFO given as --schema. Each must end promptly with exit 2
 * and one clear line. Every child has a kill timer, so a regression fails instead of hanging.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSpecs, repoRoot } from '../unit/conformance/helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-fifo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = path.join(fixtureSpecs, 'vm', 'examples', 'vm.thing.list', 'two-things.response.xml');

/** Generous: a cold tsx start on a busy 2-core machine takes several seconds; a hang takes forever. */
const KILL_AFTER_MS = 45_000;

function runCli(args: string[]): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'bin', 'qspec.js'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
    });
    child.stderr!.on('data', (d) => {
      err += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err });
    });
  });
}

function fifo(name: string): string {
  const p = path.join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
}

describe('qspec validate refuses non-regular files (real CLI, real mkfifo)', () => {
  it(
    'a FIFO with no writer: exit 2 and one line, no hang',
    async () => {
      const p = fifo('no-writer.xml');
      const r = await runCli(['validate', p, '--endpoint', 'vm.thing.list', '--specs', fixtureSpecs]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `qspec validate: ${p}: not a regular file (a FIFO); save the response to a file and validate that\n`,
      );
      expect(r.out).toBe('');
    },
    KILL_AFTER_MS + 10_000,
  );

  it(
    'a FIFO with a writer holding it open: exit 2, no ESPIPE',
    async () => {
      const p = fifo('with-writer.xml');
      // O_RDWR on a FIFO never blocks (Linux) and keeps a writer attached for the whole run.
      const fd = openSync(p, 'r+');
      try {
        writeSync(fd, '<THING_LIST_OUTPUT/>');
        const r = await runCli(['validate', p, '--endpoint', 'vm.thing.list', '--specs', fixtureSpecs]);
        expect(r.signal).toBeNull();
        expect(r.code).toBe(2);
        expect(r.err).toMatch(/not a regular file \(a FIFO\)/);
        expect(r.err).not.toMatch(/ESPIPE/);
      } finally {
        closeSync(fd);
      }
    },
    KILL_AFTER_MS + 10_000,
  );

  it(
    'a character device (/dev/zero) and a FIFO as --schema: exit 2 each',
    async () => {
      const dev = await runCli(['validate', '/dev/zero', '--endpoint', 'vm.thing.list', '--specs', fixtureSpecs]);
      expect(dev.code).toBe(2);
      expect(dev.err).toMatch(/^qspec validate: \/dev\/zero: not a regular file \(a character device\)/);
      const schema = fifo('schema.dtd');
      const r = await runCli(['validate', example, '--schema', `${schema}#THING_LIST_OUTPUT`]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/schema\.dtd: not a regular file \(a FIFO\)/);
    },
    2 * KILL_AFTER_MS + 10_000,
  );

  it(
    'a regular file still validates (exit 0)',
    async () => {
      const r = await runCli(['validate', example, '--endpoint', 'vm.thing.list', '--specs', fixtureSpecs]);
      expect(r.code).toBe(0);
    },
    KILL_AFTER_MS + 10_000,
  );
});
