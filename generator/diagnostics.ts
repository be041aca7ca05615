/**
 * Typed, located diagnostics. Every error a user can cause (a malformed spec, schema or response)
 * becomes one `Diagnostic`: a PascalCase code per stage (`XsdUnresolvedType`, `DtdSyntax`,
 * `SpecInvalid`), a message that says what is wrong and how to fix it, and a location
 * (file:line:column, or an endpoint id plus a JSON pointer / XPath).
 *
 * Stages throw `DiagnosticError` (or collect diagnostics); only the CLI turns them into output and
 * an exit code. Bugs are not diagnostics: they assert.
 *
 * @see ../shared/DESIGN.md §3 (CLI contract), §5 rule 8
 */

export type Severity = 'error' | 'warning' | 'info';

export interface DiagnosticLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Endpoint id, when the problem is about an endpoint rather than a file position. */
  readonly endpoint?: string;
  /** JSON pointer or XPath inside the document. */
  readonly path?: string;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: DiagnosticLocation;
}

/** Formats a location as `file:line:column` (or `endpoint path`), the prefix of every error line. */
export function formatLocation(loc: DiagnosticLocation): string {
  const parts: string[] = [];
  if (loc.file !== undefined) {
    let s = loc.file;
    if (loc.line !== undefined) {
      s += `:${loc.line}`;
      if (loc.column !== undefined) s += `:${loc.column}`;
    }
    parts.push(s);
  }
  if (loc.endpoint !== undefined) parts.push(loc.endpoint);
  if (loc.path !== undefined) parts.push(loc.path);
  return parts.join(' ');
}

/** One line: `file:line:col: error CodeName: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.location);
  return `${where ? `${where}: ` : ''}${d.severity} ${d.code}: ${d.message}`;
}

export function diagnostic(
  code: string,
  message: string,
  location: DiagnosticLocation,
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, message, location };
}

/** Thrown by a stage when it cannot go on; carries one or more diagnostics. */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: Diagnostic | readonly Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? (diagnostics as readonly Diagnostic[]) : [diagnostics as Diagnostic];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'DiagnosticError';
    this.diagnostics = list;
  }
}

/** Throws a DiagnosticError with a single error diagnostic. */
export function fail(code: string, message: string, location: DiagnosticLocation): never {
  throw new DiagnosticError(diagnostic(code, message, location));
}

export function isDiagnosticError(e: unknown): e is DiagnosticError {
  return e instanceof DiagnosticError;
}
