/**
 * The bench report: one JSON-able object (printed with --json) and its rendering as plain-text
 * tables (default) or Markdown tables (docs/performance.md), with the issue's targets checked
 * against the measured medians (met / missed, and by how much).
 *
 * @see docs/performance.md
 */

import { formatTable } from './format-table.js';
import type { ToolResult } from './measure-tools.js';

export interface InputInfo {
  readonly key: string;
  readonly label: string;
  readonly bytes: number;
  readonly records: number;
  readonly verified: boolean;
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: Record<string, unknown>;
  readonly options: Record<string, unknown>;
  readonly inputs: InputInfo[];
  readonly validate: Record<string, ToolResult[]>;
  readonly records: Record<string, ToolResult[]>;
  readonly generate?: {
    tools: ToolResult[];
    factor: number;
    growth: number;
    growthNet: number;
    synthetic: { endpoints: number; specFiles: number; schemaFiles: number };
  };
  readonly conformance?: { tools: ToolResult[] } | { na: string };
  readonly big?: { bytes: number; records: number; tools: ToolResult[] };
  /** `--only client`: the client and naive rows of measurement 2 alone. */
  readonly client?: Record<string, ToolResult[]>;
  readonly batch?: { files: number; bytes: number; tools: ToolResult[] };
  readonly replay?: { entries: number; harBytes: number; tools: ToolResult[] };
  readonly detection?: { bytes: number; records: number; verified: boolean; tools: ToolResult[] };
  readonly targets: TargetCheck[];
  readonly notes: string[];
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const spread = (r: ToolResult) => (r.ms.n > 1 ? `${f2(r.ms.min / 1000)}–${f2(r.ms.max / 1000)}` : '');
const verdictCell = (r: ToolResult) =>
  `${r.verdict.valid === undefined ? 'n/a' : r.verdict.valid ? 'valid' : 'INVALID'}${r.ok ? '' : ' (WRONG)'}`;

function xmlTable(rows: ToolResult[], bytes: number, baseline: string, markdown: boolean): string {
  return formatTable(
    ['tool', 'median s', 'min–max s', 'MB/s', 'peak RSS MB', `speed × ${baseline}`, 'CPU s', 'verdict'],
    rows.map((r) => [
      r.name,
      f2(r.ms.median / 1000),
      spread(r),
      f1(bytes / 1e6 / (r.ms.median / 1000)),
      f1(r.rssMb.median),
      f2(r.speedupVsBaseline.median),
      cpuCell(r),
      verdictCell(r),
    ]),
    markdown,
  );
}

function recordTable(rows: ToolResult[], markdown: boolean): string {
  return formatTable(
    ['tool', 'median s', 'min–max s', 'records', 'records/s', 'peak RSS MB', 'speed × naive', 'verdict'],
    rows.map((r) => [
      r.name,
      f2(r.ms.median / 1000),
      spread(r),
      int(r.verdict.records ?? Number.NaN),
      int((r.verdict.records ?? Number.NaN) / (r.ms.median / 1000)),
      f1(r.rssMb.median),
      f2(r.speedupVsBaseline.median),
      verdictCell(r),
    ]),
    markdown,
  );
}

const cpuCell = (r: ToolResult) => (r.cpuMs?.n ? f2(r.cpuMs.median / 1000) : 'n/a');

/** Rows over many items (files, HAR entries): items/s and ms per item. */
function perItemTable(rows: ToolResult[], items: number, item: string, markdown: boolean): string {
  return formatTable(
    [
      'tool',
      'median s',
      'min–max s',
      `${item === 'entry' ? 'entries' : `${item}s`}/s`,
      `ms per ${item}`,
      'peak RSS MB',
      'speed × native',
      'CPU s',
      'CPU × native',
      'verdict',
    ],
    rows.map((r) => [
      r.name,
      f2(r.ms.median / 1000),
      spread(r),
      int(items / (r.ms.median / 1000)),
      f2(r.ms.median / items),
      f1(r.rssMb.median),
      f2(r.speedupVsBaseline.median),
      cpuCell(r),
      r.cpuSpeedupVsBaseline?.n ? f2(r.cpuSpeedupVsBaseline.median) : 'n/a',
      verdictCell(r),
    ]),
    markdown,
  );
}

function plainTable(rows: ToolResult[], markdown: boolean): string {
  return formatTable(
    ['tool', 'median s', 'min–max s', 'peak RSS MB', 'result'],
    rows.map((r) => [
      r.name,
      f2(r.ms.median / 1000),
      spread(r),
      f1(r.rssMb.median),
      r.ok ? 'ok' : `FAILED ${r.verdict.note ?? ''}`,
    ]),
    markdown,
  );
}

export function renderReport(report: BenchReport, markdown = false): string {
  const h = (t: string) => (markdown ? `### ${t}` : `== ${t}`);
  const out: string[] = [];
  const m = report.machine;
  out.push(
    `${markdown ? '' : 'qspec bench: '}${report.date}, ${String(m.cpus)} × ${String(m.cpuModel)}, ${String(m.memGb)} GB, node ${String(m.node)}, libxml2 ${String(m.libxml2)}; medians of ${String(report.options.runs)} interleaved runs; times include process start.`,
  );
  for (const input of report.inputs) {
    const validate = report.validate[input.key];
    const head = `${input.label}: ${f1(input.bytes / 1e6)} MB, ${int(input.records)} records${input.verified ? ', verified valid by xmllint' : ', NOT verified'}`;
    if (validate) out.push('', h(`1. Validate: ${head}`), xmlTable(validate, input.bytes, 'native', markdown));
    const records = report.records[input.key];
    if (records) out.push('', h(`2. Typed records: ${head}`), recordTable(records, markdown));
    const client = report.client?.[input.key];
    if (client) out.push('', h(`7. Typed records through the client: ${head}`), recordTable(client, markdown));
  }
  if (report.generate) {
    const g = report.generate;
    out.push(
      '',
      h(
        `3. qspec generate (10× synthetic set: ${g.synthetic.endpoints} + originals, ${g.synthetic.schemaFiles} schema files)`,
      ),
      plainTable(g.tools, markdown),
      `growth for ${g.factor}× the specs: ${f2(g.growth)}× wall (${f2(g.growthNet)}× net of Node start-up)`,
    );
  }
  if (report.conformance) {
    out.push('', h('4. qspec conformance --mode mock'));
    out.push(
      'na' in report.conformance ? `n/a: ${report.conformance.na}` : plainTable(report.conformance.tools, markdown),
    );
  }
  if (report.big) {
    out.push(
      '',
      h(
        `5. Streaming a ${f1(report.big.bytes / 1e6)} MB input (${int(report.big.records)} records), generated, streamed, deleted`,
      ),
    );
    out.push(xmlTable(report.big.tools, report.big.bytes, 'native', markdown));
  }
  if (report.batch) {
    const b = report.batch;
    out.push(
      '',
      h(`6. Many small files: ${int(b.files)} WAS search responses, ${f1(b.bytes / 1e6)} MB in all`),
      perItemTable(b.tools, b.files, 'file', markdown),
    );
  }
  if (report.replay) {
    const r = report.replay;
    out.push(
      '',
      h(`8. Replay: one HAR of ${int(r.entries)} WAS search exchanges (${f1(r.harBytes / 1e6)} MB)`),
      perItemTable(r.tools, r.entries, 'entry', markdown),
    );
  }
  if (report.detection) {
    const d = report.detection;
    out.push(
      '',
      h(
        `9. Host detection: ${f1(d.bytes / 1e6)} MB HOST_LIST_VM_DETECTION_OUTPUT, ${int(d.records)} hosts${d.verified ? ', verified valid by xmllint' : ', NOT verified'}; one run`,
      ),
      xmlTable(d.tools, d.bytes, 'xmllint --dtdvalid', markdown),
    );
  }
  if (report.targets.length) {
    out.push('', h('Targets'));
    out.push(
      formatTable(
        ['target', 'measured', 'met'],
        report.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO']),
        markdown,
      ),
    );
  }
  if (report.notes.length) out.push('', ...report.notes.map((n) => `${markdown ? '- ' : '* '}${n}`));
  return `${out.join('\n')}\n`;
}
