/**
 * Hand-made diff findings and reports for the report-formatter unit tests (no diff run involved).
 */
import type { DiffFinding, DiffReport } from '../../../generator/diff/diff-finding.js';
import { buildDiffReport } from '../../../generator/diff/report/build-diff-report.js';

export function finding(extra: Partial<DiffFinding> = {}): DiffFinding {
  return {
    rule: 'element-removed',
    severity: 'breaking',
    direction: 'response',
    message: 'element b removed',
    name: 'b',
    path: 'T/b',
    endpoints: [],
    ...extra,
  };
}

export function report(findings: DiffFinding[], base = 'main', rev = 'HEAD'): DiffReport {
  return buildDiffReport(base, rev, findings);
}
