/**
 * Output of `qspec validate`: the text report (one located line per issue, a verdict line per
 * file, a summary) and the stable JSON report (`version: 1`, documented in docs/json-output.md).
 *
 * @see docs/json-output.md "qspec validate"
 */
import { formatIssue } from '../../runtime/issue.js';
import { issueRecord, type PayloadIssue, type PayloadVerdict } from './payload-issue.js';
import { formatBytes } from './validate-payload.js';

export interface FileResult {
  readonly file: string;
  /** `vm.scan.summary.list 200` or `schemas/x.xsd#Root`. */
  readonly target: string;
  readonly verdict: PayloadVerdict;
}

export const VALIDATE_JSON_VERSION = 1;

export function formatValidateText(results: readonly FileResult[], quiet: boolean): string {
  const out: string[] = [];
  for (const r of results) {
    for (const issue of [...r.verdict.errors, ...r.verdict.warnings]) out.push(locate(r.file, issue));
    if (quiet && r.verdict.valid) continue;
    const counts = [plural(r.verdict.errors.length, 'error'), plural(r.verdict.warnings.length, 'drift warning')]
      .filter((s) => !s.startsWith('0 '))
      .join(', ');
    out.push(
      `${r.file}: ${r.verdict.valid ? 'valid' : 'INVALID'} against ${r.target} (${formatBytes(r.verdict.bytes)}${counts ? `, ${counts}` : ''})`,
    );
  }
  const invalid = results.filter((r) => !r.verdict.valid).length;
  out.push(`${plural(results.length, 'file')}: ${results.length - invalid} valid, ${invalid} invalid`);
  return `${out.join('\n')}\n`;
}

/** `file:line:column path: severity Code: message (expected X, found Y)`: the issue located in its file. */
function locate(file: string, issue: PayloadIssue): string {
  return formatIssue({ ...issue, location: { ...issue.location, file } });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatValidateJson(results: readonly FileResult[], strict: boolean): string {
  const invalid = results.filter((r) => !r.verdict.valid).length;
  const report = {
    version: VALIDATE_JSON_VERSION,
    command: 'validate',
    strict,
    valid: invalid === 0,
    summary: {
      files: results.length,
      valid: results.length - invalid,
      invalid,
      errors: results.reduce((n, r) => n + r.verdict.errors.length, 0),
      warnings: results.reduce((n, r) => n + r.verdict.warnings.length, 0),
    },
    files: results.map((r) => ({
      file: r.file,
      target: r.target,
      valid: r.verdict.valid,
      bytes: r.verdict.bytes,
      ...(r.verdict.root !== undefined ? { root: r.verdict.root } : {}),
      ...(r.verdict.doctype !== undefined ? { doctype: r.verdict.doctype } : {}),
      ...(r.verdict.schemaLocation !== undefined ? { schemaLocation: r.verdict.schemaLocation } : {}),
      errors: r.verdict.errors.map(issueRecord),
      warnings: r.verdict.warnings.map(issueRecord),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
