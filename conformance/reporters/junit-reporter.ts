/**
 * The JUnit XML report (`--reporter junit --output FILE`): one `<testsuite>` per endpoint, one
 * `<testcase>` per case (classname = endpoint id), `<failure>` listing the failed checks,
 * `<skipped>` with the known-failure reason. Unspecified replay entries go to a suite named
 * `unspecified` as skipped cases, so CI dashboards show them without failing the build.
 *
 * @see docs/conformance.md
 */
import { type CaseResult, countOutcomes, type RunSummary } from '../runner/case-result.js';

export function formatJunitReport(summary: RunSummary): string {
  const suites = new Map<string, CaseResult[]>();
  for (const c of summary.cases) {
    const key = c.endpoint ?? 'unspecified';
    const list = suites.get(key);
    if (list) list.push(c);
    else suites.set(key, [c]);
  }
  const total = countOutcomes(summary.cases);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="qspec conformance (${esc(summary.mode)})" tests="${summary.cases.length}" failures="${total.fail}" skipped="${total.skip + total.unspecified}" time="${secs(summary.durationMs)}">`,
  );
  for (const [name, cases] of [...suites.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const n = countOutcomes(cases);
    const time = cases.reduce((t, c) => t + c.durationMs, 0);
    out.push(
      `  <testsuite name="${esc(name)}" tests="${cases.length}" failures="${n.fail}" errors="0" skipped="${n.skip + n.unspecified}" time="${secs(time)}">`,
    );
    for (const c of cases) {
      const open = `    <testcase classname="${esc(name)}" name="${esc(c.name)}" time="${secs(c.durationMs)}"`;
      if (c.outcome === 'pass') {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      if (c.outcome === 'fail') {
        const failed = c.checks.filter((k) => !k.ok);
        out.push(
          `      <failure message="${esc(failed.map((k) => k.check).join(', '))} failed" type="ConformanceFailure">${esc(failed.map((k) => `${k.check}: ${k.message}`).join('\n'))}</failure>`,
        );
      } else if (c.outcome === 'skip') {
        out.push(`      <skipped message="${esc(`known failure: ${c.reason ?? ''}`)}"/>`);
      } else {
        out.push(`      <skipped message="${esc(`unspecified: ${c.checks[0]?.message ?? ''}`)}"/>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** C0 controls XML 1.0 forbids (built from a string so the source holds no control characters). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function secs(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_FORBIDDEN, '');
}
