/**
 * Runs a set of tools on the same input, interleaved (run 1 of every tool, then run 2 ...), so a
 * noisy machine slows all of them alike and the ratios, taken within each run, stay meaningful.
 * Each tool's verdict is read from its output on every run; a tool that gives a wrong verdict (or
 * crashes) is flagged, never silently averaged in.
 *
 * @see docs/performance.md
 */
import { type ChildRun, runChild } from './run-child.js';
import { type Summary, summarize } from './stats.js';

export interface Verdict {
  readonly valid: boolean | undefined;
  readonly records?: number;
  readonly note?: string;
}

export interface BenchTool {
  readonly name: string;
  /** 'qspec' rows are ours; 'peer' rows are what users would use instead; 'reference' rows explain. */
  readonly role: 'qspec' | 'peer' | 'reference';
  readonly command: string;
  readonly args: readonly string[];
  readonly verdict: (run: ChildRun) => Verdict;
  /** Verdict this tool must give on the input (undefined: not checked, e.g. parse-only). */
  readonly expectValid?: boolean;
}

export interface ToolResult {
  readonly name: string;
  readonly role: BenchTool['role'];
  readonly ms: Summary;
  readonly rssMb: Summary;
  /** CPU time (user + system, all threads), for a loaded machine where wall time mostly measures waiting. */
  readonly cpuMs?: Summary;
  /** Per-run ratio of the baseline's CPU time to this tool's. */
  readonly cpuSpeedupVsBaseline?: Summary;
  /** Per-run ratio of the baseline's time to this tool's time (>1: this tool is faster). */
  readonly speedupVsBaseline: Summary;
  readonly verdict: Verdict;
  readonly ok: boolean;
  readonly samples: { ms: number[]; rssMb: number[] };
}

export async function measureTools(
  tools: readonly BenchTool[],
  runs: number,
  baseline: string,
  cwd: string,
  progress: (message: string) => void,
): Promise<ToolResult[]> {
  const ms = tools.map(() => [] as number[]);
  const rss = tools.map(() => [] as number[]);
  const cpu = tools.map(() => [] as number[]);
  const verdicts: Verdict[] = tools.map(() => ({ valid: undefined }));
  const ok = tools.map(() => true);
  for (let run = 0; run < runs; run++) {
    for (const [i, tool] of tools.entries()) {
      progress(`  run ${run + 1}/${runs}: ${tool.name}`);
      const r = await runChild(tool.command, tool.args, { cwd, timeoutMs: 30 * 60_000 });
      const v = safeVerdict(tool, r);
      ms[i]!.push(r.ms);
      if (r.rssKb !== undefined) rss[i]!.push(r.rssKb / 1024);
      if (r.cpuMs !== undefined) cpu[i]!.push(r.cpuMs);
      if (run === 0 || v.valid !== verdicts[i]!.valid) verdicts[i] = v;
      if (tool.expectValid !== undefined && v.valid !== tool.expectValid) {
        ok[i] = false;
        progress(`  ! ${tool.name}: verdict ${String(v.valid)}, expected ${tool.expectValid}: ${v.note ?? ''}`);
      }
    }
  }
  const base = tools.findIndex((t) => t.name === baseline);
  return tools.map((tool, i) => ({
    name: tool.name,
    role: tool.role,
    ms: summarize(ms[i]!),
    rssMb: summarize(rss[i]!),
    speedupVsBaseline: summarize(base < 0 ? [] : ms[i]!.map((t, run) => ms[base]![run]! / t)),
    cpuMs: summarize(cpu[i]!),
    cpuSpeedupVsBaseline: summarize(
      base < 0 || cpu[base]!.length !== cpu[i]!.length ? [] : cpu[i]!.map((t, run) => cpu[base]![run]! / t),
    ),
    verdict: verdicts[i]!,
    ok: ok[i]!,
    samples: { ms: ms[i]!, rssMb: rss[i]! },
  }));
}

function safeVerdict(tool: BenchTool, run: ChildRun): Verdict {
  try {
    return tool.verdict(run);
  } catch (e) {
    return { valid: undefined, note: `exit ${run.code}: ${(e as Error).message}; ${run.stderr.slice(0, 300)}` };
  }
}

/** Verdict of a child that prints one JSON line `{ valid, records?, errors? }`. */
export function jsonVerdict(run: ChildRun): Verdict {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !line.startsWith('{')) {
    return {
      valid: undefined,
      note: `exit ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`,
    };
  }
  const out = JSON.parse(line) as { valid: boolean; records?: number; errors?: string[] };
  return {
    valid: out.valid,
    ...(out.records !== undefined ? { records: out.records } : {}),
    ...(out.errors?.length ? { note: out.errors.join(' | ').slice(0, 400) } : {}),
  };
}

/** Verdict from an exit code: 0 valid, `invalidCodes` invalid, anything else a failure. */
export function exitVerdict(invalidCodes: readonly number[]) {
  return (run: ChildRun): Verdict =>
    run.code === 0
      ? { valid: true }
      : invalidCodes.includes(run.code)
        ? {
            valid: false,
            note: run.stderr.trim().split('\n').slice(0, 2).join(' | ').slice(0, 400) || run.stdout.slice(0, 400),
          }
        : {
            valid: undefined,
            note: `exit ${run.code}: ${run.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 400)}`,
          };
}
