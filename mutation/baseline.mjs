// The committed mutation baseline of each area: Stryker's incremental file from the last whole-area
// run, gzipped (mutation/baseline/AREA.json.gz, about 100 kB an area), and that run's counts
// (mutation/baseline/scores.json). A fresh clone starts from it, so `npm run mutation -- --area
// NAME` re-tests only the mutants in changed code or covered by changed tests (minutes), not the
// whole area (hours). Stryker checks every reused result against the current source and tests
// itself; a stale baseline costs time, never a wrong result.
// @see docs/testing.md "Mutation testing"; docs/decisions/0017-mutation-baseline.md
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CARRIED_OVER, mergeIncremental } from './merge-report.mjs';
import { STATUSES } from './score.mjs';

/** Where Stryker reads and writes the area's incremental file (stryker.config.mjs). */
export const incrementalFile = (root, area) => path.join(root, 'reports/mutation', area, 'stryker-incremental.json');
const baselineFile = (root, area) => path.join(root, 'mutation/baseline', `${area}.json.gz`);
const scoresFile = (root) => path.join(root, 'mutation/baseline/scores.json');

/** Unpacks the committed baseline when there is no incremental file yet; true when it did. */
export function restoreBaseline(root, area) {
  const target = incrementalFile(root, area);
  const source = baselineFile(root, area);
  if (existsSync(target) || !existsSync(source)) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, gunzipSync(readFileSync(source)));
  return true;
}

/** Stores the incremental file of a whole-area run as the area's baseline, with its counts. */
export function saveBaseline(root, area, total, commit) {
  mkdirSync(path.dirname(baselineFile(root, area)), { recursive: true });
  writeFileSync(baselineFile(root, area), gzipSync(readFileSync(incrementalFile(root, area)), { level: 9 }));
  writeScores(root, area, { commit, date: today(), ...total });
}

const today = () => new Date().toISOString().slice(0, 10);

function writeScores(root, area, entry) {
  const scores = readBaselineScores(root);
  scores[area] = entry;
  const sorted = Object.fromEntries(Object.entries(scores).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(scoresFile(root), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The area's committed baseline report, or undefined. */
export function readBaseline(root, area) {
  const source = baselineFile(root, area);
  return existsSync(source) ? JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')) : undefined;
}

/** Writes the area's baseline (`base`, already read; undefined: none) as the incremental file a part run starts from. */
export function preparePartRun(partDir, base) {
  const target = path.join(partDir, 'stryker-incremental.json');
  mkdirSync(partDir, { recursive: true });
  if (base === undefined) rmSync(target, { force: true });
  else writeFileSync(target, JSON.stringify(base));
}

/**
 * Drops the Timeout results of the files `only` (every file when undefined) from an incremental
 * file, so Stryker tests those mutants again (a timeout measured on a loaded machine may be a
 * survivor); returns how many it dropped. A part run must name its files: Stryker copies the
 * other files' results into its report as it read them, and the merge takes them from there.
 */
export function dropTimeouts(file, only) {
  if (!existsSync(file)) return 0;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const chosen = only === undefined ? undefined : new Set(only);
  let dropped = 0;
  for (const [name, entry] of Object.entries(report.files)) {
    if (chosen !== undefined && !chosen.has(name)) continue;
    const kept = entry.mutants.filter((m) => m.status !== 'Timeout');
    dropped += entry.mutants.length - kept.length;
    entry.mutants = kept;
  }
  writeFileSync(file, JSON.stringify(report));
  return dropped;
}

/**
 * Merges a part run's incremental file into the area's baseline and stores the counts of every
 * file the baseline now holds; `partial` says how many of the area's files that is while some
 * are still missing.
 */
export function savePartIntoBaseline(root, area, partDir, areaFileList, commit) {
  const part = JSON.parse(readFileSync(path.join(partDir, 'stryker-incremental.json'), 'utf8'));
  const merged = mergeIncremental(readBaseline(root, area), part);
  // Files no longer in the area (deleted or moved) leave the baseline.
  const current = new Set(areaFileList);
  for (const f of Object.keys(merged.files)) if (!current.has(f)) delete merged.files[f];
  mkdirSync(path.dirname(baselineFile(root, area)), { recursive: true });
  writeFileSync(baselineFile(root, area), gzipSync(JSON.stringify(merged), { level: 9 }));
  const total = countStatuses(merged);
  const measured = Object.keys(merged.files).length;
  const partial = measured < areaFileList.length ? { files: measured, of: areaFileList.length } : undefined;
  writeScores(root, area, { commit, date: today(), ...total, ...(partial ? { partial } : {}) });
  let carried = 0;
  for (const f of Object.keys(part.files)) for (const m of merged.files[f]?.mutants ?? []) if (m.statusReason === CARRIED_OVER) carried++;
  return { total, partial, carried };
}

/** Mutant counts by status over every file of an incremental report. */
export function countStatuses(report) {
  const total = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const entry of Object.values(report.files)) {
    for (const m of entry.mutants) total[m.status] = (total[m.status] ?? 0) + 1;
  }
  return total;
}

/**
 * Counts for a subset area (one with `within`) read from its parent area's committed baseline: the
 * mutants of the subset's files as the parent's run left them, or undefined when the parent has no
 * baseline or it holds none of the files.
 */
export function subsetFromParent(root, parentName, files) {
  const parent = readBaseline(root, parentName);
  if (parent === undefined) return undefined;
  const held = files.filter((f) => parent.files[f] !== undefined);
  if (held.length === 0) return undefined;
  return { total: countStatuses({ files: Object.fromEntries(held.map((f) => [f, parent.files[f]])) }), held: held.length };
}

/** The committed counts per area (empty when no area has a baseline). */
export function readBaselineScores(root) {
  return existsSync(scoresFile(root)) ? JSON.parse(readFileSync(scoresFile(root), 'utf8')) : {};
}
