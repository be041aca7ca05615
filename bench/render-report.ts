/**
 * Renders a saved `npm run bench -- --json` report as Markdown tables (for docs/performance.md)
 * or plain text: `node --import tsx bench/render-report.ts REPORT.json [--text]`. The targets are
 * checked again with the current rules, so an older report shows today's target rows. Lines before
 * the JSON (npm's `> qspec@... bench` banner when run without `-s`) are skipped.
 */
import { readFileSync } from 'node:fs';
import { type BenchReport, renderReport } from './lib/bench-report.js';
import { checkTargets } from './lib/check-targets.js';
import { GEN_1X } from './suites/generate-suite.js';

const [file, flag] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: render-report.ts REPORT.json [--text]\n');
  process.exitCode = 2;
} else {
  const text = readFileSync(file, 'utf8');
  const saved = JSON.parse(text.slice(Math.max(0, text.indexOf('{')))) as BenchReport;
  const report: BenchReport = { ...saved, targets: checkTargets(saved, GEN_1X) };
  process.stdout.write(renderReport(report, flag !== '--text'));
}
