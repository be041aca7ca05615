/**
 * `qspec impact BASE REV --project DIR`: runs the diff engine on the two spec states (folders or
 * git refs, as `qspec diff` takes them), turns the findings that can break a reader into targets
 * in the generated TypeScript (impact-targets.ts), loads the user's project through ts-morph
 * (its tsconfig, or every .ts file of DIR) and lists every use of those targets.
 *
 * @see docs/decisions/0008-learn-and-impact.md
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runDiff } from '../diff/run-diff.js';
import { UsageError } from '../errors.js';
import { findReferences, type ImpactUse } from './find-references.js';
import { type ImpactTarget, impactTargets } from './impact-targets.js';
import { loadTsMorph } from './load-ts-morph.js';

export interface ImpactRun {
  readonly projectDir: string;
  readonly base: string;
  readonly rev: string;
  readonly targets: readonly ImpactTarget[];
  readonly uses: readonly ImpactUse[];
  /** Source files the project has (generated ones included). */
  readonly files: number;
}

export interface ImpactOptions {
  readonly base: string;
  readonly rev: string;
  readonly cwd: string;
  readonly project: string;
  readonly tsconfig?: string;
}

export async function runImpact(o: ImpactOptions): Promise<ImpactRun> {
  const projectDir = path.resolve(o.cwd, o.project);
  if (!existsSync(projectDir)) throw new UsageError(`qspec impact: --project ${o.project}: no such folder`);
  const tsconfig = o.tsconfig
    ? path.resolve(o.cwd, o.tsconfig)
    : existsSync(path.join(projectDir, 'tsconfig.json'))
      ? path.join(projectDir, 'tsconfig.json')
      : undefined;
  if (o.tsconfig && !existsSync(tsconfig!))
    throw new UsageError(`qspec impact: --tsconfig ${o.tsconfig}: no such file`);
  const diff = await runDiff(o.base, o.rev, o.cwd);
  const targets = impactTargets(diff.base.doc, diff.report.findings);
  const tm = await loadTsMorph();
  const project = tsconfig
    ? new tm.Project({ tsConfigFilePath: tsconfig })
    : new tm.Project({ compilerOptions: { strict: true, noEmit: true } });
  if (!tsconfig) project.addSourceFilesAtPaths([`${projectDir}/**/*.ts`, `!${projectDir}/**/node_modules/**`]);
  project.resolveSourceFileDependencies();
  const uses = targets.length === 0 ? [] : findReferences(tm, project, targets);
  return { projectDir, base: o.base, rev: o.rev, targets, uses, files: project.getSourceFiles().length };
}
