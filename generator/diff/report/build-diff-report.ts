/**
 * Wraps findings into the stable `DiffReport` (with `version`) and decides the exit code for
 * `--fail-on`: 1 when a non-ignored finding reaches the threshold, else 0.
 *
 * @see docs/json-output.md (diff report)
 */
import { type DiffFinding, type DiffReport, type DiffSeverity, SEVERITY_RANK } from '../diff-finding.js';

export function buildDiffReport(base: string, rev: string, findings: readonly DiffFinding[]): DiffReport {
  const summary: Record<DiffSeverity, number> = { breaking: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.ignored === undefined) summary[f.severity] += 1;
  return { version: 1, base, rev, findings: [...findings], summary };
}

/** Whether the report fails `--fail-on <threshold>`. */
export function failsThreshold(report: DiffReport, threshold: DiffSeverity | 'none'): boolean {
  if (threshold === 'none') return false;
  return report.findings.some((f) => f.ignored === undefined && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}
