/**
 * Replay at scale: one HAR recording of `count` WAS search exchanges (bench/inputs/write-har.ts),
 * replayed and validated by `qspec conformance --mode replay HAR` (routing, redaction, status,
 * content type, schema validity of every entry), next to the peer: native `xmllint --noout
 * --schema webapp.xsd` over the same response bodies saved as files. Entries/s is `count` over
 * the whole command's wall time (Node start and spec loading included); peak RSS shows whether
 * memory stays constant in the number of entries.
 *
 * @see docs/performance.md "Replay"
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { webappSearchBody, writeHar } from '../inputs/write-har.js';
import type { BenchEnv } from '../lib/bench-env.js';
import { type BenchTool, exitVerdict, measureTools, type ToolResult, type Verdict } from '../lib/measure-tools.js';
import type { ChildRun } from '../lib/run-child.js';

export const REPLAY_QSPEC = 'qspec conformance --mode replay (CLI)';
export const REPLAY_NATIVE = 'xmllint --noout --schema, same bodies as files (native libxml2)';
const SEED = 0x5eed_2000;

export interface ReplaySuiteResult {
  readonly entries: number;
  readonly harBytes: number;
  readonly tools: ToolResult[];
}

/** "replay: N cases, P passed, F failed..." → valid when every case passed. */
function replayVerdict(count: number) {
  return (run: ChildRun): Verdict => {
    const m = /replay: (\d+) cases, (\d+) passed, (\d+) failed/.exec(run.stdout + run.stderr);
    if (!m) return { valid: undefined, note: `exit ${run.code}: ${run.stderr.slice(0, 300)}` };
    const ok = Number(m[1]) === count && Number(m[2]) === count;
    return { valid: ok, records: Number(m[1]), ...(ok ? {} : { note: m[0] }) };
  };
}

export async function runReplaySuite(
  env: BenchEnv,
  count: number,
  runs: number,
  progress: (m: string) => void,
): Promise<ReplaySuiteResult> {
  const dir = path.join(env.dataDir, 'replay');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'bodies'), { recursive: true });
  try {
    progress(`replay: writing a HAR of ${count} WAS search exchanges and the same bodies as files`);
    const har = path.join(dir, 'recording.har');
    const written = writeHar(har, count, SEED);
    const bodies: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = path.join(dir, 'bodies', `e${String(i).padStart(5, '0')}.xml`);
      writeFileSync(file, webappSearchBody(SEED + i));
      bodies.push(path.relative(env.repoRoot, file));
    }
    const tools: BenchTool[] = [];
    if (env.cli.conformance) {
      tools.push({
        name: REPLAY_QSPEC,
        role: 'qspec',
        command: process.execPath,
        args: ['bin/qspec.js', 'conformance', '--mode', 'replay', har, '--output', path.join(dir, 'report.txt')],
        verdict: replayVerdict(count),
        expectValid: true,
      });
    }
    if (env.xmllint) {
      tools.push({
        name: REPLAY_NATIVE,
        role: 'peer',
        command: 'xmllint',
        args: ['--noout', '--nonet', '--schema', path.join(env.repoRoot, 'specs/was/schemas/webapp.xsd'), ...bodies],
        verdict: exitVerdict([3, 4]),
        expectValid: true,
      });
    }
    return {
      entries: count,
      harBytes: written.bytes,
      tools: await measureTools(tools, runs, REPLAY_NATIVE, env.repoRoot, progress),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
