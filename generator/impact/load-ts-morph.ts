/**
 * Loads ts-morph for `qspec impact` only: resolved at run time from qspec's own install (never
 * bundled into the compiled CLI, so no other command pays for the TypeScript compiler it carries).
 * A missing package is a usage error saying how to get it.
 *
 * @see docs/decisions/0008-learn-and-impact.md ("why ts-morph")
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as TsMorph from 'ts-morph';
import { UsageError } from '../errors.js';

export type TsMorphModule = typeof TsMorph;

export async function loadTsMorph(): Promise<TsMorphModule> {
  let resolved: string;
  try {
    resolved = createRequire(import.meta.url).resolve('ts-morph');
  } catch {
    throw new UsageError("qspec impact: needs the ts-morph package: run 'npm install ts-morph' and try again");
  }
  const mod = (await import(pathToFileURL(resolved).href)) as { default?: TsMorphModule } & TsMorphModule;
  return mod.Project ? mod : (mod.default ?? mod);
}
