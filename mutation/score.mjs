// Reads a Stryker JSON report (mutation-testing-report-schema) and counts mutants by status, per
// file and in total, for the score tables in docs/testing.md.
import { readFileSync } from 'node:fs';

export const STATUSES = ['Killed', 'Survived', 'NoCoverage', 'Timeout', 'CompileError', 'RuntimeError', 'Ignored'];

export function readScore(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const total = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const files = {};
  for (const [file, entry] of Object.entries(report.files)) {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const m of entry.mutants) {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      total[m.status] = (total[m.status] ?? 0) + 1;
    }
    files[file] = counts;
  }
  return { total, files };
}

/** Mutation score as Stryker computes it: detected / valid (killed + timeout over all but errors and ignored). */
export function score(c) {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
}

export function formatScore(area, { total }) {
  return (
    `mutation score ${area}: ${score(total).toFixed(1)}% ` +
    `(killed ${total.Killed}, survived ${total.Survived}, no coverage ${total.NoCoverage}, ` +
    `timeout ${total.Timeout}, compile error ${total.CompileError}, ignored ${total.Ignored})`
  );
}

// `node mutation/score.mjs AREA [--files]`: the area's line, and with --files one line per file.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop())) {
  const area = process.argv[2];
  const result = readScore(`reports/mutation/${area}/mutation.json`);
  console.log(formatScore(area, result));
  if (process.argv.includes('--files')) {
    for (const [file, c] of Object.entries(result.files)) {
      console.log(
        `${score(c).toFixed(1).padStart(6)}%  K${c.Killed} S${c.Survived} N${c.NoCoverage} T${c.Timeout}  ${file}`,
      );
    }
  }
}
