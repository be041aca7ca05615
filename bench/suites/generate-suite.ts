/**
 * Measurement 3: `qspec generate` on the whole spec set and on a synthetic spec set 10× larger
 * (see synthetic-spec-set.ts), into bench/.data (never over generated/). Node start-up
 * (`qspec --help`) is measured alongside, so the growth factor can be read both raw and net of
 * the fixed start-up cost.
 *
 * @see docs/performance.md
 */
import path from 'node:path';
import { buildSyntheticSpecSet, type SpecSetStats } from '../inputs/synthetic-spec-set.js';
import type { BenchEnv } from '../lib/bench-env.js';
import { type BenchTool, exitVerdict, measureTools, type ToolResult } from '../lib/measure-tools.js';

export const GEN_1X = 'qspec generate: specs/';
export const GEN_10X = 'qspec generate: 10× synthetic';
export const NODE_START = 'ref: node start (qspec --help)';

export interface GenerateSuiteResult {
  readonly tools: ToolResult[];
  readonly synthetic: SpecSetStats;
  readonly factor: number;
  /** median(10×) / median(1×), start-up included. */
  readonly growth: number;
  /** (median(10×) − start) / (median(1×) − start): the work itself. */
  readonly growthNet: number;
}

export async function runGenerateSuite(
  env: BenchEnv,
  runs: number,
  progress: (m: string) => void,
): Promise<GenerateSuiteResult> {
  const factor = 10;
  progress(`building the ${factor}× synthetic spec set`);
  const synthetic = buildSyntheticSpecSet(
    path.join(env.repoRoot, 'specs'),
    path.join(env.dataDir, `specs-${factor}x`),
    factor,
  );
  const qspec = (name: string, args: string[]): BenchTool => ({
    name,
    role: name === NODE_START ? 'reference' : 'qspec',
    command: process.execPath,
    args: ['bin/qspec.js', ...args],
    verdict: exitVerdict([]),
    expectValid: true,
  });
  const tools = [
    qspec(NODE_START, ['--help']),
    qspec(GEN_1X, ['generate', '--specs', 'specs', '--out', path.join(env.dataDir, 'generated-1x')]),
    qspec(GEN_10X, ['generate', '--specs', synthetic.dir, '--out', path.join(env.dataDir, `generated-${factor}x`)]),
  ];
  const results = await measureTools(tools, runs, GEN_1X, env.repoRoot, progress);
  const m = (n: string) => results.find((r) => r.name === n)!.ms.median;
  return {
    tools: results,
    synthetic,
    factor,
    growth: m(GEN_10X) / m(GEN_1X),
    growthNet: (m(GEN_10X) - m(NODE_START)) / (m(GEN_1X) - m(NODE_START)),
  };
}
