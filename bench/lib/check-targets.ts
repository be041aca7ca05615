/**
 * Checks the issue's targets against a report's medians: validation throughput ≥ 1.0× native
 * `xmllint` (same run) on the XSD and DTD inputs, peak RSS ≤ 64 MB (100 MB inputs and the 1 GB
 * one), typed records ≥ 3× fast-xml-parser + ajv (each qspec row: streamRecords and the client),
 * `qspec generate` on specs/ under 2 s; and issue 15's: the XSD validate row ≥ 1.2× native (1.5× the
 * stretch), client typed records ≤ 80 MB and ≥ 4×, 5,000 small files ≥ 1.0× xmllint, replay ≥ 2,000
 * entries/s, host detection faster than `xmllint --dtdvalid`.
 * Prefers the `qspec validate` CLI row, else the engine row.
 *
 * @see docs/performance.md
 */
import type { BenchReport, TargetCheck } from './bench-report.js';
import type { ToolResult } from './measure-tools.js';

const qspecRow = (rows: ToolResult[]) =>
  rows.find((r) => r.name.startsWith('qspec validate')) ?? rows.find((r) => r.role === 'qspec');

export function checkTargets(report: Omit<BenchReport, 'targets'>, gen1x: string): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const input of report.inputs) {
    const rows = report.validate[input.key];
    const q = rows && qspecRow(rows);
    if (q && q.speedupVsBaseline.n > 0) {
      out.push({
        target: `${input.key.toUpperCase()} validate ≥ 1.0× native xmllint (${q.name})`,
        measured: `${q.speedupVsBaseline.median.toFixed(2)}×`,
        met: q.speedupVsBaseline.median >= 1,
      });
      if (input.key === 'xsd') {
        const x = q.speedupVsBaseline.median;
        out.push({
          target: `XSD validate ≥ 1.2× native xmllint --stream, 1.5× stretch (issue 15; ${q.name})`,
          measured: `${x.toFixed(2)}×${x >= 1.5 ? ' (stretch met)' : ''}`,
          met: x >= 1.2,
        });
      }
    }
    for (const r of rows?.filter((x) => x.role === 'qspec') ?? []) {
      if (r.rssMb.n === 0) continue;
      out.push({
        target: `${input.key.toUpperCase()} validate peak RSS ≤ 64 MB (${r.name})`,
        measured: `${r.rssMb.median.toFixed(1)} MB`,
        met: r.rssMb.median <= 64,
      });
    }
    for (const rec of report.records[input.key]?.filter((r) => r.role === 'qspec') ?? []) {
      if (rec.speedupVsBaseline.n === 0) continue;
      out.push({
        target: `${input.key.toUpperCase()} typed records ≥ 3× fast-xml-parser + ajv (${rec.name})`,
        measured: `${rec.speedupVsBaseline.median.toFixed(2)}×, ${rec.rssMb.median.toFixed(1)} MB RSS`,
        met: rec.speedupVsBaseline.median >= 3,
      });
    }
  }
  const gen = report.generate?.tools.find((t) => t.name === gen1x);
  if (gen) {
    out.push({
      target: 'qspec generate (specs/) < 2 s wall incl. Node start',
      measured: `${(gen.ms.median / 1000).toFixed(2)} s`,
      met: gen.ms.median < 2000,
    });
  }
  for (const rows of Object.values(report.client ?? report.records)) {
    for (const r of rows.filter((x) => x.name.startsWith('qspec client'))) {
      if (r.rssMb.n === 0 && r.speedupVsBaseline.n === 0) continue;
      out.push({
        target: `client typed records: peak RSS ≤ 80 MB and ≥ 4× fast-xml-parser + ajv (${r.name})`,
        measured: `${r.rssMb.median.toFixed(1)} MB, ${r.speedupVsBaseline.median.toFixed(2)}×`,
        met: r.rssMb.median <= 80 && r.speedupVsBaseline.median >= 4,
      });
    }
  }
  for (const r of report.batch?.tools.filter((t) => t.role === 'qspec') ?? []) {
    out.push({
      target: `${report.batch!.files} small files ≥ 1.0× xmllint --schema (${r.name})`,
      measured: `${r.speedupVsBaseline.median.toFixed(2)}× wall (${r.cpuSpeedupVsBaseline?.n ? r.cpuSpeedupVsBaseline.median.toFixed(2) : 'n/a'}× CPU), ${(r.ms.median / report.batch!.files).toFixed(2)} ms/file`,
      met: r.speedupVsBaseline.median >= 1,
    });
  }
  for (const r of report.replay?.tools.filter((t) => t.role === 'qspec') ?? []) {
    const perSecond = report.replay!.entries / (r.ms.median / 1000);
    out.push({
      target: `replay ≥ 2,000 entries/s (${r.name})`,
      measured: `${Math.round(perSecond)} entries/s, ${r.rssMb.median.toFixed(1)} MB RSS`,
      met: perSecond >= 2000,
    });
  }
  for (const r of report.detection?.tools.filter((t) => t.role === 'qspec') ?? []) {
    out.push({
      target: `host detection ${(report.detection!.bytes / 1e6).toFixed(0)} MB faster than xmllint --dtdvalid (${r.name})`,
      measured: `${r.speedupVsBaseline.median.toFixed(2)}×, ${r.rssMb.median.toFixed(1)} MB RSS`,
      met: r.speedupVsBaseline.median > 1,
    });
  }
  for (const r of report.big?.tools.filter((t) => t.role === 'qspec') ?? []) {
    if (r.rssMb.n === 0) continue;
    out.push({
      target: `peak RSS ≤ 64 MB on ${(report.big!.bytes / 1e6).toFixed(0)} MB (${r.name})`,
      measured: `${r.rssMb.median.toFixed(1)} MB`,
      met: r.rssMb.median <= 64,
    });
  }
  return out;
}
