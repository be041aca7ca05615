/**
 * `qspec learn`: recordings → proposals (collect-proposals.ts) → optionally written into the
 * schema files (write-proposals.ts), then the spec folder loaded again and the recordings
 * replayed once more, so the report says how many responses still fail after the edit.
 *
 * @see docs/decisions/0008-learn-and-impact.md
 */

import { loadIrDocument } from '../../generator/load/load-ir.js';
import type { KnownFailure } from '../runner/known-failures.js';
import { runReplayConformance } from '../runner/run-replay.js';
import { collectProposals, type LearnCollection } from './collect-proposals.js';
import { type WriteOutcome, writeProposals } from './write-proposals.js';

export interface LearnRun extends LearnCollection {
  /** With --write: what was written. */
  readonly written?: readonly WriteOutcome[];
  /** With --write: replay after the edit (schema failures left). */
  readonly after?: { readonly cases: number; readonly failing: number };
}

export interface LearnOptions {
  readonly specsDir: string;
  readonly inputs: readonly string[];
  readonly write: boolean;
  /** Cases skipped on purpose (conformance/known-failures.yaml): not learned from. */
  readonly knownFailures?: readonly KnownFailure[];
}

export async function runLearn({ specsDir, inputs, write, knownFailures = [] }: LearnOptions): Promise<LearnRun> {
  const doc = await loadIrDocument(specsDir);
  const collection = await collectProposals(doc, inputs, knownFailures);
  if (!write || collection.proposals.length === 0) return collection;
  const written = await writeProposals(specsDir, collection.proposals);
  const again = await runReplayConformance(await loadIrDocument(specsDir), { inputs, knownFailures });
  const failing = again.cases.filter(
    (c) => c.outcome === 'fail' && c.checks.some((k) => k.check === 'schema-valid' && !k.ok),
  ).length;
  return { ...collection, written, after: { cases: again.cases.length, failing } };
}
