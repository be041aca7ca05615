/**
 * JUnit XML diff output for CI: one test suite, one test case per finding (named by rule and
 * path); findings at or above the `--fail-on` threshold are failures, ignored ones are skipped.
 *
 * @see https://github.com/testmoapp/junitxml (the de-facto JUnit XML format)
 */
import { type DiffReport, type DiffSeverity, formatOrigin, SEVERITY_RANK } from '../diff-finding.js';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function formatDiffJunit(report: DiffReport, failOn: DiffSeverity | 'none'): string {
  const failing = (s: DiffSeverity): boolean => failOn !== 'none' && SEVERITY_RANK[s] >= SEVERITY_RANK[failOn];
  const cases = report.findings.map((f) => {
    const name = esc(`${f.rule} ${f.path} (${f.direction})`);
    const cls = esc(f.schema ?? f.endpoints[0] ?? 'qspec.diff');
    const detail = esc(
      `${f.message}\nendpoints: ${f.endpoints.join(', ') || '-'}\nbase: ${formatOrigin(f.base)}\nrev: ${formatOrigin(f.rev)}`,
    );
    if (f.ignored !== undefined)
      return `    <testcase classname="${cls}" name="${name}"><skipped message="${esc(f.ignored)}"/></testcase>`;
    if (failing(f.severity)) {
      return `    <testcase classname="${cls}" name="${name}"><failure type="${f.severity}" message="${esc(f.message)}">${detail}</failure></testcase>`;
    }
    return `    <testcase classname="${cls}" name="${name}"><system-out>${detail}</system-out></testcase>`;
  });
  const failures = report.findings.filter((f) => f.ignored === undefined && failing(f.severity)).length;
  const skipped = report.findings.filter((f) => f.ignored !== undefined).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="qspec diff" tests="${report.findings.length}" failures="${failures}">`,
    `  <testsuite name="${esc(`${report.base} → ${report.rev}`)}" tests="${report.findings.length}" failures="${failures}" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
