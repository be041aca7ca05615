/**
 * Reports of large replays (one endpoint, many thousands of recorded entries) are formatted in
 * time linear in the number of cases: grouping cases by endpoint used to copy each group for
 * every case added (quadratic: 100,000 cases took minutes).
 */
import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../../../conformance/reporters/html-reporter.js';
import { formatJunitReport } from '../../../../conformance/reporters/junit-reporter.js';
import { formatTextReport } from '../../../../conformance/reporters/text-reporter.js';
import type { CaseResult, RunSummary } from '../../../../conformance/runner/case-result.js';

const N = 100_000;
const cases: CaseResult[] = Array.from({ length: N }, (_, i) => ({
  id: `big.har#${i + 1}`,
  endpoint: 'was.webapp.search',
  name: `big.har#${i + 1}`,
  outcome: 'pass',
  checks: [{ check: 'status', ok: true, message: 'HTTP 200' }],
  durationMs: 0,
}));
const summary: RunSummary = { mode: 'replay', cases, endpoints: 1, durationMs: 1 };

describe('reports of 100,000 cases', () => {
  it('text, JUnit and HTML each format in well under the time a quadratic grouping takes', () => {
    const t0 = performance.now();
    const text = formatTextReport(summary, { color: false, verbose: false });
    const junit = formatJunitReport(summary);
    const html = formatHtmlReport(summary);
    const ms = performance.now() - t0;
    expect(text).toMatch(/was\.webapp\.search\s+100000\s+100000\s+0\s+0/);
    expect(junit).toContain('tests="100000"');
    expect(html).toContain('was.webapp.search');
    expect(ms).toBeLessThan(8000);
  });
});
