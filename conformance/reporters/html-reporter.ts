/**
 * The HTML report (`--reporter html --output FILE`): one self-contained file (inline CSS, no
 * script, no external resource; a Content-Security-Policy that forbids both) with the verdict,
 * the counts, a table per endpoint, every failing case with its failed checks and their issues
 * (line:column, path, expected, found), the skipped cases with their reasons, and the passing
 * cases folded away.
 *
 * Everything taken from the run (endpoint ids, case names, requests, messages, which may come
 * from a recording or a server) is HTML-escaped, and passed through the same redaction as
 * recorded traffic first (JWTs, user:password in URLs, secret-named query parameters, and the
 * literal secrets given), so a report never carries a credential. Long texts are cut and long
 * issue lists shortened, so the file stays proportional to the number of cases.
 */

import { type CaseResult, type CheckResult, countOutcomes, type RunSummary } from '../runner/case-result.js';
import { ExchangeRedactor } from '../transports/redact-exchange.js';
import type { PayloadIssue } from '../validate/payload-issue.js';

/** Issues listed per failed check; the rest are counted. */
const MAX_ISSUES = 50;
/** Characters kept of one message, path, expected or found value. */
const MAX_TEXT = 2000;

export interface HtmlReportOptions {
  /** Literal secrets to blank out wherever they appear (the live password, a token). */
  readonly secrets?: readonly string[];
  /** When the report was made (a fixed value keeps tests byte-stable). */
  readonly generatedAt?: Date;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.verdict{padding:.6rem 1rem;border-radius:6px;font-weight:600}
.ok{background:#e6f4ea;color:#14532d}.bad{background:#fde8e8;color:#7f1d1d}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}
td.n{text-align:right}tr.fail td{background:#fff5f5}
.case{border:1px solid #d0d7de;border-radius:6px;margin:.6rem 0;padding:.4rem .8rem}
.case h3{font-size:1rem;margin:.2rem 0}code,pre{font-family:ui-monospace,monospace;font-size:12px}
pre{white-space:pre-wrap;word-break:break-all;margin:.2rem 0}
.tag{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:12px;font-weight:600}
.tag.fail{background:#fde8e8;color:#7f1d1d}.tag.skip{background:#fff4ce;color:#713f12}
.tag.pass{background:#e6f4ea;color:#14532d}.tag.unspecified{background:#e0f2fe;color:#0c4a6e}`;

export function formatHtmlReport(summary: RunSummary, options: HtmlReportOptions = {}): string {
  const redactor = new ExchangeRedactor();
  for (const s of options.secrets ?? []) redactor.add(s);
  const clean = (s: string): string => esc(cut(redactor.text(s)));
  const request = (s: string): string => esc(cut(redactRequest(redactor, s)));
  const n = countOutcomes(summary.cases);
  const failed = n.fail > 0;
  const verdict = `${summary.mode}: ${summary.cases.length} cases over ${summary.endpoints} endpoints: ${n.pass} passed, ${n.fail} failed, ${n.skip} skipped (known failures)${n.unspecified ? `, ${n.unspecified} unspecified` : ''} in ${(summary.durationMs / 1000).toFixed(1)} s`;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>qspec conformance (${esc(summary.mode)}): ${failed ? 'failed' : 'passed'}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>qspec conformance: ${esc(summary.mode)} mode</h1>`,
    `<p class="verdict ${failed ? 'bad' : 'ok'}">${failed ? '✗' : '✓'} ${esc(verdict)}</p>`,
  ];
  if (options.generatedAt) out.push(`<p>Generated ${esc(options.generatedAt.toISOString())}</p>`);
  out.push(...endpointTable(summary.cases, clean));
  const sections: [string, CaseResult['outcome']][] = [
    ['Failed cases', 'fail'],
    ['Skipped cases (known failures)', 'skip'],
    ['Unspecified (no endpoint matched)', 'unspecified'],
  ];
  for (const [title, outcome] of sections) {
    const cases = summary.cases.filter((c) => c.outcome === outcome);
    if (cases.length === 0) continue;
    out.push(`<h2>${title} (${cases.length})</h2>`);
    for (const c of cases) out.push(...caseBlock(c, clean, request));
  }
  const passed = summary.cases.filter((c) => c.outcome === 'pass');
  if (passed.length > 0) {
    out.push(`<details><summary>Passed cases (${passed.length})</summary><ul>`);
    for (const c of passed)
      out.push(`<li><code>${clean(c.id)}</code>${c.request ? ` <code>${request(c.request)}</code>` : ''}</li>`);
    out.push('</ul></details>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function endpointTable(cases: readonly CaseResult[], clean: (s: string) => string): string[] {
  const byEndpoint = new Map<string, CaseResult[]>();
  for (const c of cases) {
    const key = c.endpoint ?? '(unspecified)';
    const list = byEndpoint.get(key);
    if (list) list.push(c);
    else byEndpoint.set(key, [c]);
  }
  const rows = [...byEndpoint.entries()].sort(([a], [b]) => a.localeCompare(b));
  const out = [
    '<h2>Endpoints</h2>',
    '<table><thead><tr><th>endpoint</th><th>cases</th><th>pass</th><th>fail</th><th>skip</th></tr></thead><tbody>',
  ];
  for (const [k, list] of rows) {
    const n = countOutcomes(list);
    out.push(
      `<tr${n.fail > 0 ? ' class="fail"' : ''}><td><code>${clean(k)}</code></td><td class="n">${list.length}</td><td class="n">${n.pass}</td><td class="n">${n.fail}</td><td class="n">${n.skip}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out;
}

function caseBlock(c: CaseResult, clean: (s: string) => string, request: (s: string) => string): string[] {
  const out = [
    `<div class="case"><h3><span class="tag ${c.outcome}">${c.outcome}</span> <code>${clean(c.id)}</code></h3>`,
  ];
  if (c.request) out.push(`<p><code>${request(c.request)}</code> → ${c.status ?? '-'}</p>`);
  if (c.reason) out.push(`<p>${c.outcome === 'skip' ? 'Known failure: ' : ''}${clean(c.reason)}</p>`);
  const shown = c.outcome === 'fail' ? c.checks.filter((k) => !k.ok) : c.outcome === 'unspecified' ? c.checks : [];
  for (const k of shown) out.push(...checkBlock(k, clean));
  out.push('</div>');
  return out;
}

function checkBlock(k: CheckResult, clean: (s: string) => string): string[] {
  const out = [`<p><strong>${esc(k.check)}</strong>: ${clean(k.message)}</p>`];
  const issues = k.issues ?? [];
  if (issues.length === 0) return out;
  out.push('<ul>');
  for (const i of issues.slice(0, MAX_ISSUES)) out.push(`<li>${issueLine(i, clean)}</li>`);
  if (issues.length > MAX_ISSUES) out.push(`<li>… and ${issues.length - MAX_ISSUES} more</li>`);
  out.push('</ul>');
  return out;
}

function issueLine(i: PayloadIssue, clean: (s: string) => string): string {
  const { line, column, path } = i.location;
  const where = line !== undefined ? `${line}${column !== undefined ? `:${column}` : ''}` : '';
  const parts = [
    where ? `<code>${where}</code>` : '',
    path ? `<code>${clean(path)}</code>` : '',
    `${esc(i.severity)} ${esc(i.code)}: ${clean(i.message)}`,
  ].filter(Boolean);
  const expected = i.expected !== undefined && i.expected !== '' ? ` expected <code>${clean(i.expected)}</code>` : '';
  const found = i.found !== undefined && i.found !== '' ? ` found <code>${clean(i.found)}</code>` : '';
  return `${parts.join(' ')}${expected}${found}`;
}

/** `GET /path?query`: the query through the URL redaction (secret-named parameters, user:password). */
function redactRequest(r: ExchangeRedactor, line: string): string {
  const space = line.indexOf(' ');
  if (space < 0) return r.text(line);
  const target = line.slice(space + 1);
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
  const base = 'http://qspec.invalid';
  const redacted = r.url(absolute ? target : `${base}${target.startsWith('/') ? '' : '/'}${target}`);
  return `${line.slice(0, space)} ${absolute || !redacted.startsWith(base) ? redacted : redacted.slice(base.length)}`;
}

function cut(s: string): string {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… (${s.length - MAX_TEXT} more characters)` : s;
}

/** C0 controls other than tab, line feed and carriage return (unprintable in HTML). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text safe in HTML element content and in double- or single-quoted attribute values. */
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(CONTROL, '');
}
