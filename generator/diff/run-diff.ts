/**
 * The whole `qspec diff` pipeline as one function (for the CLI, the notes check and tests):
 * load both sides, diff the IR, apply the config, build the report.
 *
 * @see cli/commands/diff.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../diagnostics.js';
import type { IrEndpoint } from '../ir/ir-endpoint.js';
import { applyDiffConfig, type DiffConfig, EMPTY_DIFF_CONFIG, parseDiffConfig } from './diff-config.js';
import { diffDocuments } from './diff-documents.js';
import type { DiffReport } from './diff-finding.js';
import { alignSingleSchemas, type DiffInput, loadDiffInput } from './input/load-diff-input.js';
import { buildDiffReport } from './report/build-diff-report.js';

export interface DiffRun {
  readonly report: DiffReport;
  readonly base: DiffInput;
  readonly rev: DiffInput;
  /** Endpoints of both sides by id (revision wins), for report layouts. */
  readonly endpoints: ReadonlyMap<string, IrEndpoint>;
}

export async function loadDiffConfig(file: string | undefined, cwd: string): Promise<DiffConfig> {
  if (file === undefined) return EMPTY_DIFF_CONFIG;
  const abs = path.resolve(cwd, file);
  const text = await readFile(abs, 'utf8').catch(() =>
    fail('DiffConfigInvalid', `config file not found: ${file}`, { file }),
  );
  return parseDiffConfig(file, text);
}

export async function runDiff(
  baseArg: string,
  revArg: string,
  cwd: string,
  config: DiffConfig = EMPTY_DIFF_CONFIG,
  /** The spec folder a bare git ref stands for (default `specs`). */
  specs?: string,
): Promise<DiffRun> {
  const base = await loadDiffInput(baseArg, cwd, specs);
  const rev = alignSingleSchemas(base, await loadDiffInput(revArg, cwd, specs));
  const findings = applyDiffConfig(diffDocuments(base.doc, rev.doc), config);
  const endpoints = new Map<string, IrEndpoint>();
  for (const e of base.doc.endpoints) endpoints.set(e.id, e);
  for (const e of rev.doc.endpoints) endpoints.set(e.id, e);
  return { report: buildDiffReport(base.label, rev.label, findings), base, rev, endpoints };
}
