/**
 * Measurement 5: peak RSS of qspec validation on a 1 GB input, generated on the fly into
 * bench/.data, verified by libxml2, streamed through qspec (the CLI when it exists, and the
 * engine on plain node) next to native `xmllint --stream`, then deleted at once.
 *
 * @see docs/performance.md
 */
import { rmSync } from 'node:fs';
import type { BenchInput } from '../inputs/bench-inputs.js';
import { prepareInput } from '../inputs/prepare-input.js';
import type { BenchEnv } from '../lib/bench-env.js';
import { measureTools, type ToolResult } from '../lib/measure-tools.js';
import { NATIVE, validateTools } from './xml-tools.js';

export interface BigInputSuiteResult {
  readonly bytes: number;
  readonly records: number;
  readonly tools: ToolResult[];
}

export async function runBigInputSuite(
  env: BenchEnv,
  input: BenchInput,
  bytes: number,
  progress: (m: string) => void,
): Promise<BigInputSuiteResult> {
  const written = prepareInput(
    input,
    bytes,
    env.dataDir,
    env.repoRoot,
    env.xmllint !== undefined,
    progress,
    `big-${input.fileName}`,
  );
  try {
    const tools = validateTools(input, written.file, env).filter((t) => t.role === 'qspec' || t.name === NATIVE);
    return {
      bytes: written.bytes,
      records: written.records,
      tools: await measureTools(tools, 1, NATIVE, env.repoRoot, progress),
    };
  } finally {
    rmSync(written.file, { force: true });
    progress(`deleted ${written.file}`);
  }
}
