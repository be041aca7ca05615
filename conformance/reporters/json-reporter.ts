/**
 * The JSON report of `qspec conformance --reporter json` (stable; `version: 1`; documented in
 * docs/json-output.md): the summary counts and every case with its checks and issues.
 *
 * @see docs/json-output.md "qspec conformance"
 */
import { type CaseResult, countOutcomes, type RunSummary } from '../runner/case-result.js';
import { issueRecord } from '../validate/payload-issue.js';

export const CONFORMANCE_JSON_VERSION = 1;

export function formatJsonReport(summary: RunSummary): string {
  const n = countOutcomes(summary.cases);
  return `${JSON.stringify(
    {
      version: CONFORMANCE_JSON_VERSION,
      command: 'conformance',
      mode: summary.mode,
      ok: n.fail === 0,
      summary: { cases: summary.cases.length, endpoints: summary.endpoints, ...n, durationMs: summary.durationMs },
      cases: summary.cases.map(caseRecord),
    },
    null,
    2,
  )}\n`;
}

/** A case as printed: its checks' issues as the flat records of the stable JSON shape. */
function caseRecord(c: CaseResult): unknown {
  return {
    ...c,
    checks: c.checks.map((k) => (k.issues ? { ...k, issues: k.issues.map(issueRecord) } : k)),
  };
}
