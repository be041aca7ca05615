/**
 * The text report: a progress bar on a TTY while cases run (one line per failure as it
 * happens), then the failures with their checks, a summary table per endpoint, and one verdict
 * line (green when nothing failed, on a TTY).
 *
 * @see docs/conformance.md
 */
import { type CaseResult, countOutcomes, type RunSummary } from '../runner/case-result.js';

/**
 * One progress line (written over the last one with `\r`). `total` undefined: the number of
 * cases is not known ahead (replay reads recordings entry by entry), so the line counts the
 * cases done instead of drawing a bar that would always look full.
 */
export function progressLine(done: number, total: number | undefined, result: CaseResult, width = 30): string {
  if (total === undefined) return `\r${done} cases checked ${result.id.slice(0, 60).padEnd(60)}`;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
  return `\r[${bar}] ${done}/${total} ${result.id.slice(0, 60).padEnd(60)}`;
}

export function formatTextReport(summary: RunSummary, options: { color: boolean; verbose: boolean }): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const c of summary.cases) {
    if (c.outcome === 'fail') {
      out.push(`${paint('31', 'FAIL')} ${c.id}${c.request ? `  (${c.request} → ${c.status ?? '-'})` : ''}`);
      for (const k of c.checks.filter((x) => !x.ok)) out.push(`     ${k.check}: ${k.message}`);
    } else if (options.verbose || c.outcome === 'skip') {
      const tag =
        c.outcome === 'pass' ? paint('32', 'pass') : c.outcome === 'skip' ? paint('33', 'skip') : paint('36', 'unsp');
      out.push(
        `${tag} ${c.id}${c.reason ? `  (known failure: ${c.reason})` : c.outcome === 'unspecified' ? `  (${c.checks[0]?.message ?? ''})` : ''}`,
      );
    }
  }
  const byEndpoint = new Map<string, CaseResult[]>();
  for (const c of summary.cases) {
    const key = c.endpoint ?? '(unspecified)';
    const list = byEndpoint.get(key);
    if (list) list.push(c);
    else byEndpoint.set(key, [c]);
  }
  const rows = [...byEndpoint.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(8, ...rows.map(([k]) => k.length));
  out.push('');
  out.push(`${'endpoint'.padEnd(width)}  cases  pass  fail  skip`);
  for (const [k, cases] of rows) {
    const n = countOutcomes(cases);
    const row = `${k.padEnd(width)}  ${String(cases.length).padStart(5)}  ${String(n.pass).padStart(4)}  ${String(n.fail).padStart(4)}  ${String(n.skip).padStart(4)}`;
    out.push(n.fail > 0 ? paint('31', row) : row);
  }
  const n = countOutcomes(summary.cases);
  const verdict = `${summary.mode}: ${summary.cases.length} cases over ${summary.endpoints} endpoints: ${n.pass} passed, ${n.fail} failed, ${n.skip} skipped (known failures)${n.unspecified ? `, ${n.unspecified} unspecified` : ''} in ${(summary.durationMs / 1000).toFixed(1)} s`;
  out.push('');
  out.push(n.fail > 0 ? paint('31;1', `✗ ${verdict}`) : paint('32;1', `✓ ${verdict}`));
  return `${out.join('\n')}\n`;
}
