/**
 * The `qspec` entry as a real process (`node bin/qspec.js`): every version spelling prints the
 * version of package.json, `qspec help CMD` prints what `qspec CMD --help` prints, and a
 * `qspec mock` launched by npm through `sh -c` (as `npx qspec mock` is) stops gracefully when
 * that shell is killed instead of running on as an orphan; a reader that closes qspec's output early
 * ends it quietly with 141, as SIGPIPE ends a Unix tool.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function qspec(args: readonly string[]) {
  return spawnSync(process.execPath, ['bin/qspec.js', ...args], { cwd: repoRoot, encoding: 'utf8' });
}

describe('qspec entry', () => {
  it.each([['--version'], ['-v'], ['-V'], ['version']])('%s prints the package.json version', (flag) => {
    const r = qspec([flag]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`qspec ${version}\n`);
    expect(r.status).toBe(0);
  });

  it('help CMD prints the same as CMD --help', () => {
    const viaHelp = qspec(['help', 'mock']);
    const viaFlag = qspec(['mock', '--help']);
    expect(viaHelp.stdout).toContain('Usage: qspec mock');
    expect(viaHelp).toMatchObject({ status: 0, stdout: viaFlag.stdout, stderr: '' });
    expect(qspec(['help', 'nope'])).toMatchObject({ status: 2, stdout: '' });
  });

  it('a mock launched by npm through sh stops when the shell is killed', async () => {
    const specs = 'test/fixtures/conformance/specs';
    const sh = spawn('sh', ['-c', `'${process.execPath}' bin/qspec.js mock --port 0 --specs ${specs}`], {
      cwd: repoRoot,
      env: { ...process.env, npm_command: 'exec' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const ended = new Promise<void>((resolve) => sh.stdout.on('end', resolve));
    await new Promise<void>((resolve, reject) => {
      sh.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('(Ctrl-C to stop)')) resolve();
      });
      sh.on('exit', () => reject(new Error(`mock did not start: ${out}`)));
    });
    const child = spawnSync('pgrep', ['-P', String(sh.pid)], { encoding: 'utf8' }).stdout.trim();
    expect(child).toMatch(/^\d+$/);
    sh.kill('SIGTERM'); // the shell dies; the signal is not passed on to qspec
    // The mock holds the pipe until it exits: its end means qspec stopped (generous bound: a
    // loaded 2-core machine; the guard polls every 500 ms).
    const stopped = await Promise.race([
      ended.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 20_000)),
    ]);
    if (!stopped) process.kill(Number(child), 'SIGKILL');
    expect(stopped).toBe(true);
    expect(out).toMatch(/qspec mock: stopped after 0 requests/);
  }, 60_000);

  it('a reader that closes the output early ends qspec quietly with 141 (SIGPIPE), not a stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-epipe-'));
    try {
      // 4,000 report lines (~300 KB) against a 64 KB pipe: the write is still going when the
      // reader goes away after its first chunk.
      const file = path.join(dir, 'broken.xml');
      writeFileSync(file, '<a><b></a>');
      const child = spawn(process.execPath, ['bin/qspec.js', 'validate', '--well-formed', ...Array(4000).fill(file)], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      let first = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
      });
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString();
        child.stdout.destroy();
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      expect(first).toContain('broken.xml');
      expect(err).toBe('');
      expect(status).toBe(141);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
