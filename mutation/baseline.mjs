// The committed mutation baseline of each area: Stryker's incremental file from the last whole-area
// run, gzipped (mutation/baseline/AREA.json.gz, about 100 kB an area), and that run's counts
// (mutation/baseline/scores.json). A fresh clone starts from it, so `npm run mutation -- --area
// NAME` re-tests only the mutants in changed code or covered by changed tests (minutes), not the
// whole area (hours). Stryker checks every reused result against the current source and tests
// itself; a stale baseline costs time, never a wrong result.
// @see docs/testing.md "Mutation testing"; docs/decisions/0017-mutation-baseline.md
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

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
  const scores = existsSync(scoresFile(root)) ? JSON.parse(readFileSync(scoresFile(root), 'utf8')) : {};
  scores[area] = { commit, date: new Date().toISOString().slice(0, 10), ...total };
  const sorted = Object.fromEntries(Object.entries(scores).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(scoresFile(root), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The committed counts per area (empty when no area has a baseline). */
export function readBaselineScores(root) {
  return existsSync(scoresFile(root)) ? JSON.parse(readFileSync(scoresFile(root), 'utf8')) : {};
}
