/**
 * Many small files (the CI use, "validate every recorded response"): `count` WAS search
 * responses of about 1.7 KB each (deterministic, one seed per file) written into bench/.data/batch,
 * checked by one `qspec validate FILES --endpoint was.webapp.search` (default `--jobs`, one thread
 * per core for large batches, and `--jobs 1`) against one `xmllint --noout --schema webapp.xsd
 * FILES` (native libxml2), interleaved. Every tool must find every file valid. A reference row runs
 * the default command under `node --v8-pool-size=1`, the README's `NODE_OPTIONS` tip for small-file
 * batches on 2-core runners, so the tip is measured in every run (not a target: qspec's default
 * keeps Node's pool of 4, which one big file on every core wants).
 *
 * @see docs/performance.md "Many small files"
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { webappDocument } from '../inputs/webapp-record.js';
import { writeRecordFile } from '../inputs/write-record-file.js';
import type { BenchEnv } from '../lib/bench-env.js';
import { type BenchTool, exitVerdict, measureTools, type ToolResult } from '../lib/measure-tools.js';
import { NATIVE } from './xml-tools.js';

export const BATCH_JOBS = 'qspec validate FILES (CLI, default --jobs)';
export const BATCH_ONE = 'qspec validate FILES --jobs 1 (CLI)';
export const BATCH_POOL_ONE = 'ref: qspec validate FILES, node --v8-pool-size=1';

export interface BatchSuiteResult {
  readonly files: number;
  readonly bytes: number;
  readonly tools: ToolResult[];
}

/** Writes the files (repo-relative paths, short enough for one command line). */
export function writeBatchFiles(env: BenchEnv, count: number): { files: string[]; bytes: number } {
  const dir = path.join(env.dataDir, 'batch');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `r${String(i).padStart(5, '0')}.xml`);
    bytes += writeRecordFile(file, webappDocument, 1700, 0x5eed_1000 + i).bytes;
    files.push(path.relative(env.repoRoot, file));
  }
  return { files, bytes };
}

export async function runBatchSuite(
  env: BenchEnv,
  count: number,
  runs: number,
  progress: (m: string) => void,
): Promise<BatchSuiteResult> {
  progress(`batch: writing ${count} small WAS search responses`);
  const { files, bytes } = writeBatchFiles(env, count);
  const cli = (extra: string[]): string[] => [
    'bin/qspec.js',
    'validate',
    ...files,
    '--endpoint',
    'was.webapp.search',
    '--quiet',
    ...extra,
  ];
  const tools: BenchTool[] = [];
  if (env.cli.validate) {
    tools.push(
      {
        name: BATCH_JOBS,
        role: 'qspec',
        command: process.execPath,
        args: cli([]),
        verdict: exitVerdict([1]),
        expectValid: true,
      },
      {
        name: BATCH_ONE,
        role: 'qspec',
        command: process.execPath,
        args: cli(['--jobs', '1']),
        verdict: exitVerdict([1]),
        expectValid: true,
      },
      {
        name: BATCH_POOL_ONE,
        role: 'reference',
        command: process.execPath,
        args: ['--v8-pool-size=1', ...cli([])],
        verdict: exitVerdict([1]),
        expectValid: true,
      },
    );
  }
  if (env.xmllint) {
    tools.push({
      name: NATIVE,
      role: 'peer',
      command: 'xmllint',
      args: ['--noout', '--nonet', '--schema', path.join(env.repoRoot, 'specs/was/schemas/webapp.xsd'), ...files],
      verdict: exitVerdict([3, 4]),
      expectValid: true,
    });
  }
  try {
    return { files: count, bytes, tools: await measureTools(tools, runs, NATIVE, env.repoRoot, progress) };
  } finally {
    rmSync(path.join(env.dataDir, 'batch'), { recursive: true, force: true });
  }
}
