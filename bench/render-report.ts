/**
 * Renders a saved `npm run bench -- --json` report as Markdown tables (for docs/performance.md)
 * or plain text: `node --import tsx bench/render-report.ts REPORT.json [--text]`.
 */
import { readFileSync } from 'node:fs';
import { type BenchReport, renderReport } from './lib/bench-report.js';

const [file, flag] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: render-report.ts REPORT.json [--text]\n');
  process.exitCode = 2;
} else {
  const report = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  process.stdout.write(renderReport(report, flag !== '--text'));
}
