/**
 * The whole pipeline behind `qspec generate`: load → parse → IR → passes → emit → write (or
 * check). Returns what happened; the CLI decides what to print and the exit code.
 *
 * @see ../shared/DESIGN.md §1 (the shape)
 */
import type { GeneratorContext } from './context.js';
import type { Diagnostic } from './diagnostics.js';
import { emitAll } from './emit/emit-all.js';
import type { EmittedFile } from './emit/emitted-file.js';
import type { IrDocument } from './ir/ir-types.js';
import { loadIr } from './load/load-ir.js';
import { loadRuntimeSources } from './load/runtime-sources.js';
import { runPasses } from './passes/run-passes.js';
import { checkOutput, type DriftReport, writeOutputAtomically } from './write/write-output.js';

export interface GenerateResult {
  readonly doc: IrDocument;
  readonly files: readonly EmittedFile[];
  readonly warnings: readonly Diagnostic[];
  /** Present with `check: true`. */
  readonly drift?: DriftReport;
}

/** Front half + passes + emit, without writing: used by generate, tests and the bench. */
export async function buildOutput(ctx: GeneratorContext): Promise<Omit<GenerateResult, 'drift'>> {
  const loaded = await loadIr(ctx.specsDir);
  const { doc, warnings } = runPasses(loaded.doc);
  const runtime = await loadRuntimeSources(ctx.runtimeDir);
  const problems: Diagnostic[] = [...loaded.warnings, ...warnings];
  const files = emitAll(doc, runtime, problems);
  return { doc, files, warnings: problems };
}

export async function generate(ctx: GeneratorContext, options: { check: boolean }): Promise<GenerateResult> {
  const built = await buildOutput(ctx);
  if (options.check) return { ...built, drift: await checkOutput(ctx.outDir, built.files) };
  await writeOutputAtomically(ctx.outDir, built.files);
  return built;
}
