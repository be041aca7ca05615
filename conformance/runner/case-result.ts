/**
 * The result model every mode and reporter shares: one case (an example served by the mock, a
 * recorded HAR entry, a live call) with the checks run on it. A case passes when every check
 * passes; it is skipped only through known-failures.yaml, with the reason carried into reports.
 *
 * @see docs/conformance.md
 */
import type { PayloadIssue } from '../validate/payload-issue.js';

export type CheckName =
  | 'request'
  | 'status'
  | 'content-type'
  | 'well-formed'
  | 'schema-valid'
  | 'doctype'
  | 'drift'
  | 'paging'
  | 'matched'
  /** Replay: the recording or the entry's body could not be read within the limits. */
  | 'recording';

export interface CheckResult {
  readonly check: CheckName;
  readonly ok: boolean;
  readonly message: string;
  readonly issues?: readonly PayloadIssue[];
}

export interface CaseResult {
  /** `endpoint-id/case-name` (mock, live) or `file.har#3` (replay). */
  readonly id: string;
  /** Endpoint id, or undefined for an unspecified replay entry. */
  readonly endpoint?: string;
  readonly name: string;
  readonly outcome: 'pass' | 'fail' | 'skip' | 'unspecified';
  readonly checks: readonly CheckResult[];
  readonly durationMs: number;
  /** Known-failure reason for a skip; a short description otherwise. */
  readonly reason?: string;
  /** `GET /path?query` for reports. */
  readonly request?: string;
  readonly status?: number;
}

export interface RunSummary {
  readonly mode: string;
  readonly cases: readonly CaseResult[];
  readonly endpoints: number;
  readonly durationMs: number;
}

export function outcomeOf(checks: readonly CheckResult[]): 'pass' | 'fail' {
  return checks.every((c) => c.ok) ? 'pass' : 'fail';
}

export function countOutcomes(cases: readonly CaseResult[]): Record<CaseResult['outcome'], number> {
  const counts = { pass: 0, fail: 0, skip: 0, unspecified: 0 };
  for (const c of cases) counts[c.outcome]++;
  return counts;
}
