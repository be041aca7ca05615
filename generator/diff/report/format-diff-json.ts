/**
 * JSON diff output: the `DiffReport` as documented in docs/json-output.md, keys in a fixed
 * order, two-space indent, trailing newline. Stable: scripts and CI depend on it.
 */
import type { DiffReport } from '../diff-finding.js';

export function formatDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
