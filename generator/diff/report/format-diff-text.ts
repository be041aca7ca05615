/**
 * Plain-text diff output: one line per finding, `severity rule direction: message` followed by
 * the affected endpoints and both locations, then a summary line. Ignored findings are listed
 * last with their reason.
 */
import { type DiffReport, formatOrigin } from '../diff-finding.js';

export function formatDiffText(report: DiffReport): string {
  const lines: string[] = [];
  const active = report.findings.filter((f) => f.ignored === undefined);
  const ignored = report.findings.filter((f) => f.ignored !== undefined);
  for (const f of active) {
    lines.push(`${f.severity.padEnd(8)} ${f.rule} (${f.direction}): ${f.message}`);
    const where = [`base ${formatOrigin(f.base)}`, `rev ${formatOrigin(f.rev)}`];
    if (f.endpoints.length > 0) where.unshift(`endpoints ${f.endpoints.join(', ')}`);
    lines.push(`         ${where.join('; ')}`);
  }
  for (const f of ignored) lines.push(`ignored  ${f.rule} (${f.direction}): ${f.message} (reason: ${f.ignored})`);
  const s = report.summary;
  lines.push(
    active.length === 0 && ignored.length === 0
      ? `no changes between ${report.base} and ${report.rev}`
      : `${s.breaking} breaking, ${s.warning} warning, ${s.info} info${ignored.length ? `, ${ignored.length} ignored` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
