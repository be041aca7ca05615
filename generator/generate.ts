/**
 * The whole pipeline behind `qspec generate`: load → parse → IR → passes → emit → write (or
 * check). Returns what happened; the CLI decides what to print and the exit code.
 *
 * @see docs/decisions/0012-layout.md (load → parse → IR → passes → compile/emit → write)
 */
import type { GeneratorContext } from './context.js';
import type { Diagnostic } from './diagnostics.js';
import { emitAll } from './emit/emit-all.js';
import type { EmittedFile } from './emit/emitted-file.js';
import { emitJs } from './emit/js/emit-js.js';
import type { IrDocument } from './ir/ir-document.js';
import { loadIr } from './load/load-ir.js';
import { loadTemplates, type TemplateOverrides } from './load/load-templates.js';
import { loadRuntimeSources } from './load/runtime-sources.js';
import { runPasses } from './passes/run-passes.js';
import {
  assertOutputTarget,
  checkOutput,
  type DriftReport,
  type WriteResult,
  writeOutputAtomically,
} from './write/write-output.js';

export interface GenerateResult {
  readonly doc: IrDocument;
  readonly files: readonly EmittedFile[];
  readonly warnings: readonly Diagnostic[];
  /** Present with `check: true`. */
  readonly drift?: DriftReport;
  /** Present without `check`: what the write kept, overwrote and removed. */
  readonly written?: WriteResult;
}

/** What `generate` writes: TypeScript sources, or (`--emit js`) JavaScript with declarations. */
export type EmitLanguage = 'ts' | 'js';

/**
 * Front half + passes + emit, without writing: used by generate, tests and the bench. `templates`:
 * a folder whose `*.hbs` files replace the built-in templates of the same name.
 */
export async function buildOutput(
  ctx: GeneratorContext,
  emit: EmitLanguage = 'ts',
  templates?: TemplateOverrides,
): Promise<Omit<GenerateResult, 'drift'>> {
  const compiled = loadTemplates(templates);
  const loaded = await loadIr(ctx.specsDir);
  const { doc, warnings } = runPasses(loaded.doc);
  const runtime = await loadRuntimeSources(ctx.runtimeDir);
  const problems: Diagnostic[] = [...loaded.warnings, ...warnings];
  const ts = emitAll(doc, runtime, problems, compiled);
  const files = emit === 'js' ? await emitJs(ts, ctx.outDir) : ts;
  return { doc, files, warnings: problems };
}

/**
 * `force` lets the write go into a folder qspec does not own (see write/write-output.ts); `cwd`
 * is the folder the command runs in, which is never written into.
 */
export async function generate(
  ctx: GeneratorContext,
  options: { check: boolean; emit?: EmitLanguage; force?: boolean; cwd?: string; templates?: TemplateOverrides },
): Promise<GenerateResult> {
  const target = { force: options.force, cwd: options.cwd, specsDir: ctx.specsDir };
  if (!options.check) await assertOutputTarget(ctx.outDir, target);
  const built = await buildOutput(ctx, options.emit, options.templates);
  if (options.check) return { ...built, drift: await checkOutput(ctx.outDir, built.files) };
  const written = await writeOutputAtomically(ctx.outDir, built.files, target);
  return { ...built, written };
}
