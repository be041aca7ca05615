/**
 * The JSON report of `qspec conformance --reporter json` (stable; `version: 1`; documented in
 * docs/json-output.md): the summary counts and every case with its checks and issues.
 *
 * @see docs/json-output.md "qspec conformance"
 */
import { countOutcomes, type RunSummary } from '../runner/case-result.js';

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
      cases: summary.cases,
    },
    null,
    2,
  )}\n`;
}
