/**
 * Runs one tool as a child process and measures it: wall time (including process start, as a
 * user sees it) and peak RSS, read from GNU time (`/usr/bin/time -f %M`, Debian package `time`)
 * when it is installed; without it, RSS is reported as unknown. Output is captured (stdout is
 * kept for the child's JSON verdict line; stderr for diagnostics).
 *
 * @see docs/performance.md
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export interface ChildRun {
  readonly ms: number;
  /** Peak resident set size in KiB; undefined when GNU time is not available. */
  readonly rssKb: number | undefined;
  /** CPU time (user + system, all threads) in ms, from GNU time; undefined without it. */
  readonly cpuMs?: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runChild(
  command: string,
  args: readonly string[],
  options: { cwd: string; stdin?: string; timeoutMs?: number },
): Promise<ChildRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-bench-'));
  const rssFile = path.join(dir, 'rss');
  const [cmd, argv] = hasGnuTime
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', rssFile, command, ...args]]
    : [command, [...args]];
  const start = process.hrtime.bigint();
  try {
    return await new Promise<ChildRun>((resolve, reject) => {
      const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        if (stderr.length < 64 * 1024) stderr += d;
      });
      const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs).unref() : undefined;
      child.on('error', reject);
      child.on('close', (code, signal) => {
        if (timer) clearTimeout(timer);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        let rssKb: number | undefined;
        let cpuMs: number | undefined;
        if (hasGnuTime && existsSync(rssFile)) {
          // "user system maxrss" on the last line (GNU time puts "Command exited..." lines first).
          const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'));
          rssKb = m ? Number(m[3]) : undefined;
          cpuMs = m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
        }
        resolve({
          ms,
          rssKb,
          ...(cpuMs !== undefined ? { cpuMs } : {}),
          code: code ?? (signal ? 128 : 1),
          stdout,
          stderr,
        });
      });
      child.stdin.end(options.stdin ?? '');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
