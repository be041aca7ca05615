/**
 * The architecture rules over the repository's own source, as one report: layer imports, import
 * cycles, file size. `architecture.test.ts` asserts each rule is empty; run as a script
 * (`npm run check:architecture`) it prints every failure and exits 1 when there is one.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findCycles,
  layerViolations,
  MAX_SOURCE_LINES,
  oversizedFiles,
  readImportGraph,
  type SourceFile,
} from './import-graph.js';

export interface RuleResult {
  readonly rule: string;
  /** One line per offending file, import or cycle; empty when the rule holds. */
  readonly failures: readonly string[];
}

/** Each rule with its failures, over the graph read from `root` (or the one given). */
export function checkArchitecture(root: string, graph: readonly SourceFile[] = readImportGraph(root)): RuleResult[] {
  return [
    {
      rule: 'imports point down: generator/ never imports conformance/ or cli/, conformance/ never cli/, runtime/ nothing outside itself',
      failures: layerViolations(graph),
    },
    {
      rule: 'no import cycle among source files (type-only and dynamic imports included)',
      failures: findCycles(graph).map((files) => `cycle of ${files.length}: ${files.join(' ')}`),
    },
    { rule: `no source file over ${MAX_SOURCE_LINES} lines`, failures: oversizedFiles(graph) },
  ];
}

/** The report as text: one heading per rule, then its failures indented. */
export function formatArchitecture(results: readonly RuleResult[], fileCount: number): string {
  const lines = [`architecture: ${fileCount} source files`];
  for (const { rule, failures } of results) {
    lines.push(`${failures.length === 0 ? 'ok  ' : 'FAIL'} ${rule}`);
    for (const failure of failures) lines.push(`       ${failure}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const graph = readImportGraph(root);
  const results = checkArchitecture(root, graph);
  process.stdout.write(`${formatArchitecture(results, graph.length)}\n`);
  process.exitCode = results.some((r) => r.failures.length > 0) ? 1 : 0;
}
