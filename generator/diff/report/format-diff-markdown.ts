/**
 * Markdown diff output laid out like a Qualys release note: one section per affected endpoint
 * with the "API affected", "New or Updated API" and "DTD or XSD changes" lines, then the
 * changes as a list. Findings that reach no endpoint (a schema diffed on its own) go under
 * "Schemas".
 *
 * @see the Qualys release notes' "API changes" sections (the layout followed), docs/diff-rules.md
 */
import type { IrEndpoint } from '../../ir/ir-endpoint.js';
import { type DiffFinding, type DiffReport, formatOrigin } from '../diff-finding.js';

export function formatDiffMarkdown(report: DiffReport, endpoints: ReadonlyMap<string, IrEndpoint>): string {
  const lines: string[] = [`# API changes: ${report.base} → ${report.rev}`, ''];
  const active = report.findings.filter((f) => f.ignored === undefined);
  if (active.length === 0) return `${lines.join('\n')}\nNo changes.\n`;
  const byEndpoint = new Map<string, DiffFinding[]>();
  const loose: DiffFinding[] = [];
  for (const f of active) {
    if (f.endpoints.length === 0) loose.push(f);
    for (const id of f.endpoints) byEndpoint.set(id, [...(byEndpoint.get(id) ?? []), f]);
  }
  for (const id of [...byEndpoint.keys()].sort()) {
    const list = byEndpoint.get(id)!;
    const ep = endpoints.get(id);
    const added = list.some((f) => f.rule === 'endpoint-added');
    const xml = list.filter((f) => f.format === 'xsd' || f.format === 'dtd');
    const json = list.some((f) => f.format === 'json-schema');
    lines.push(`## ${ep?.summary ?? id}`, '');
    lines.push('| | |', '|---|---|');
    lines.push(`| API affected | \`${ep ? `${ep.method} ${ep.path}` : id}\` |`);
    lines.push(`| New or Updated API | ${added ? 'New' : 'Updated'} |`);
    lines.push(`| DTD or XSD changes | ${xml.length > 0 ? 'Yes' : json ? 'Not Applicable' : 'No'} |`, '');
    for (const f of list) lines.push(bullet(f));
    lines.push('');
  }
  if (loose.length > 0) {
    lines.push('## Schemas', '');
    for (const f of loose) lines.push(bullet(f));
    lines.push('');
  }
  const s = report.summary;
  lines.push(`_${s.breaking} breaking, ${s.warning} warning, ${s.info} info._`, '');
  return lines.join('\n');
}

function bullet(f: DiffFinding): string {
  const where = f.rev ? formatOrigin(f.rev) : formatOrigin(f.base);
  return `- **${f.severity}** \`${f.rule}\` (${f.direction}): ${f.message.replace(/[|*_`]/g, (c) => `\\${c}`)} (${where})`;
}
