/**
 * Typed, located diagnostics. Every error a user can cause (a malformed spec, schema or response)
 * becomes one `Diagnostic`: a PascalCase code per stage (`XsdUnresolvedType`, `DtdSyntax`,
 * `SpecInvalid`), a message that says what is wrong and how to fix it, and a location
 * (file:line:column, or an endpoint id plus a JSON pointer / XPath). A diagnostic is the runtime's
 * `Issue` (`runtime/issue.ts`), the one issue shape of qspec, printed by its one formatter.
 *
 * Stages throw `DiagnosticError` (declared with the other tool errors in `errors.ts`) or collect
 * diagnostics; only the CLI turns them into output and an exit code. Bugs are not diagnostics:
 * they assert.
 */
import type { Issue, IssueLocation, IssueSeverity } from '../runtime/issue.js';
import { DiagnosticError } from './errors.js';

export { formatIssue as formatDiagnostic, formatLocation } from '../runtime/issue.js';
export { DiagnosticError };

export type Severity = IssueSeverity;
export type DiagnosticLocation = IssueLocation;
export type Diagnostic = Issue;

export function diagnostic(
  code: string,
  message: string,
  location: DiagnosticLocation,
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, message, location };
}

/** Throws a DiagnosticError with a single error diagnostic. */
export function fail(code: string, message: string, location: DiagnosticLocation): never {
  throw new DiagnosticError(diagnostic(code, message, location));
}

export function isDiagnosticError(e: unknown): e is DiagnosticError {
  return e instanceof DiagnosticError;
}
