/**
 * Renders bench rows as an aligned plain-text table (for the terminal and for
 * docs/performance.md, which takes it as a Markdown table with `markdown: true`).
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], markdown = false): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[-+]?[\d.,×x%]*$|^n\/a$|^$/.test((r[i] ?? '').trim())));
  const cell = (s: string, i: number) => (numeric[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!));
  const line = (r: readonly string[]) =>
    markdown ? `| ${r.map(cell).join(' | ')} |` : r.map(cell).join('  ').trimEnd();
  const rule = markdown
    ? `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`
    : widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
