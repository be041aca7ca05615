/**
 * Runs XSD suite cases in a pool of child processes (xsd-worker.ts; at most 2 by default, the
 * machine's budget), each case bounded by a time limit: a worker that does not answer in time is
 * killed and replaced, and the case is recorded as `crashed` ("timeout"); a worker that dies takes
 * only its current case with it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { XsdCase } from './xsd-catalog.js';
import type { CaseResult } from './xsd-run.js';
import type { WorkReply, WorkRequest } from './xsd-worker.js';

export interface CaseOutcomes {
  readonly qspec: CaseResult;
  readonly xmllint?: CaseResult;
}

export interface PoolOptions {
  readonly jobs?: number;
  /** Per case, qspec and xmllint each (default 15 s: a loaded 2-core machine). */
  readonly timeoutMs?: number;
  readonly xmllint?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

export async function runCases(
  cases: readonly XsdCase[],
  root: string,
  options: PoolOptions = {},
): Promise<Map<string, CaseOutcomes>> {
  const jobs = Math.max(1, Math.min(options.jobs ?? 2, cases.length));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const out = new Map<string, CaseOutcomes>();
  let next = 0;
  let done = 0;

  const lane = async (): Promise<void> => {
    let child: ChildProcess | undefined;
    const spawnChild = () =>
      fork(path.join(here, 'xsd-worker.ts'), [], {
        cwd: repoRoot,
        execArgv: ['--import', 'tsx', '--max-old-space-size=1024', '--stack-size=2000'],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
    try {
      while (next < cases.length) {
        const n = next++;
        const c = cases[n]!;
        child ??= spawnChild();
        const current = child;
        const result = await new Promise<CaseOutcomes>((resolve) => {
          let stderr = '';
          const onErr = (b: Buffer) => {
            stderr = (stderr + b.toString()).slice(-400);
          };
          const finish = (r: CaseOutcomes, kill: boolean) => {
            clearTimeout(timer);
            current.off('message', onMessage);
            current.off('exit', onExit);
            current.stderr?.off('data', onErr);
            if (kill) {
              current.kill('SIGKILL');
              child = undefined;
            }
            resolve(r);
          };
          const onMessage = (m: WorkReply) => {
            if (m.n === n) finish({ qspec: m.qspec, ...(m.xmllint ? { xmllint: m.xmllint } : {}) }, false);
          };
          const onExit = (code: number | null, signal: string | null) => {
            const last = stderr.trim().split('\n').pop() ?? '';
            finish(
              { qspec: { outcome: 'crashed', detail: `worker died (${signal ?? `exit ${code}`}) ${last}`.trim() } },
              true,
            );
          };
          const timer = setTimeout(
            () => finish({ qspec: { outcome: 'crashed', detail: `timeout: no answer in ${timeoutMs * 2} ms` } }, true),
            timeoutMs * 2,
          );
          current.on('message', onMessage);
          current.on('exit', onExit);
          current.stderr?.on('data', onErr);
          const req: WorkRequest = { n, c, root, xmllint: options.xmllint === true, timeoutMs };
          current.send(req);
        });
        out.set(c.id, result);
        options.onProgress?.(++done, cases.length);
      }
    } finally {
      child?.disconnect();
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return out;
}
