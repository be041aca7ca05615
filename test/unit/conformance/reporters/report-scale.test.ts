/**
 * Reports of large replays (one endpoint, many thousands of recorded entries) are formatted in
 * time linear in the number of cases: grouping cases by endpoint used to copy each group for
 * every case added (quadratic: 100,000 cases took minutes). Like the scanner's linear-time tests
 * (docs/testing.md, "Timing-sensitive tests"), no wall-clock bound: the CPU time of 8 times the
 * cases must stay far below the 64 times a quadratic grouping costs.
 */
import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../../../conformance/reporters/html-reporter.js';
import { formatJunitReport } from '../../../../conformance/reporters/junit-reporter.js';
import { formatTextReport } from '../../../../conformance/reporters/text-reporter.js';
import type { CaseResult, RunSummary } from '../../../../conformance/runner/case-result.js';
import { bestCpuMicros } from '../../../support/cpu-time.js';

const summaryOf = (n: number): RunSummary => ({
  mode: 'replay',
  cases: Array.from(
    { length: n },
    (_, i): CaseResult => ({
      id: `big.har#${i + 1}`,
      endpoint: 'was.webapp.search',
      name: `big.har#${i + 1}`,
      outcome: 'pass',
      checks: [{ check: 'status', ok: true, message: 'HTTP 200' }],
      durationMs: 0,
    }),
  ),
  endpoints: 1,
  durationMs: 1,
});

/** CPU microseconds of formatting `summary` with all three reporters (best of 3). */
const cpuOf = (summary: RunSummary): number =>
  bestCpuMicros(() => {
    formatTextReport(summary, { color: false, verbose: false });
    formatJunitReport(summary);
    formatHtmlReport(summary);
  });

describe('reports of many cases', () => {
  it('text, JUnit and HTML report 100,000 cases of one endpoint', () => {
    const summary = summaryOf(100_000);
    expect(formatTextReport(summary, { color: false, verbose: false })).toMatch(
      /was\.webapp\.search\s+100000\s+100000\s+0\s+0/,
    );
    expect(formatJunitReport(summary)).toContain('tests="100000"');
    expect(formatHtmlReport(summary)).toContain('was.webapp.search');
  });

  it('format in linear time: 8 times the cases cost well under the 64 times of a quadratic grouping', () => {
    const small = summaryOf(5_000);
    const large = summaryOf(40_000);
    cpuOf(small); // warm-up
    const ratio = cpuOf(large) / Math.max(1, cpuOf(small));
    expect(ratio).toBeLessThan(32);
  });
});
