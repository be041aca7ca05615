/**
 * Output of `qspec notes check`: text (one line per issue, errors first, then a verdict) or the
 * stable JSON `NotesCheckReport` documented in docs/json-output.md.
 */
import type { NotesCheckReport } from './check-release-note.js';

export function formatNotesText(report: NotesCheckReport): string {
  const lines: string[] = [];
  const order = [...report.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const i of order)
    lines.push(`${report.note}${i.line ? `:${i.line}` : ''}: ${i.severity} ${i.kind}: ${i.message}`);
  const { blocks, claims, findings } = report.counts;
  lines.push(
    `${report.agree ? 'note and diff agree' : 'note and diff disagree'} (${blocks} API blocks, ${claims} claims, ${findings} diff findings, ${report.issues.filter((i) => i.kind === 'contradiction').length} contradictions in the note)`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatNotesJson(report: NotesCheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
