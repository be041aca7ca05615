/**
 * Measurement 4: `qspec conformance --mode mock` over every endpoint, wall time. Reported as n/a
 * (with the reason) while the command does not exist in this checkout.
 *
 * @see docs/performance.md
 */
import type { BenchEnv } from '../lib/bench-env.js';
import { exitVerdict, measureTools, type ToolResult } from '../lib/measure-tools.js';

export type ConformanceSuiteResult = { readonly tools: ToolResult[] } | { readonly na: string };

export async function runConformanceSuite(
  env: BenchEnv,
  runs: number,
  progress: (m: string) => void,
): Promise<ConformanceSuiteResult> {
  if (!env.cli.conformance) {
    return { na: "'qspec conformance' is not registered in cli/commands/index.ts yet" };
  }
  const tools = await measureTools(
    [
      {
        name: 'qspec conformance --mode mock',
        role: 'qspec',
        command: process.execPath,
        args: ['bin/qspec.js', 'conformance', '--mode', 'mock', '--reporter', 'json'],
        verdict: exitVerdict([1]),
      },
    ],
    runs,
    '',
    env.repoRoot,
    progress,
  );
  return { tools };
}
