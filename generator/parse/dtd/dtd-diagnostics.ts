/**
 * The DTD front end's diagnostic codes and helpers to raise or collect them, located at a token.
 *
 * Errors (thrown as `DiagnosticError`): `DtdSyntax` (malformed declaration, at the bad token),
 * `DtdExternalEntity` (an external parameter entity: qspec never fetches anything),
 * `DtdEntityLimit` (recursive parameter entity or expansion beyond the budget),
 * `DtdUndefinedEntity` (a `%name;` reference to an undeclared parameter entity),
 * `DtdDuplicateElement` (an element declared twice, XML 1.0 §3.2 VC "Unique Element Type Declaration"),
 * `DtdTooDeep` (content-model groups nested beyond generator/parse/input-limits.ts).
 * Warnings (collected): `DtdUndeclaredElement` (a content model, ATTLIST or `qspec:open` marker
 * names an element that is never declared), `DtdDuplicateAttribute` (later definitions are ignored,
 * XML 1.0 §3.3).
 *
 * @see XML 1.0 (Fifth Edition) §2.8, §3.2–§3.4, §4.2
 */
import { type Diagnostic, DiagnosticError, diagnostic } from '../../diagnostics.js';

export type DtdDiagnosticCode =
  | 'DtdSyntax'
  | 'DtdExternalEntity'
  | 'DtdEntityLimit'
  | 'DtdUndefinedEntity'
  | 'DtdDuplicateElement'
  | 'DtdUndeclaredElement'
  | 'DtdDuplicateAttribute'
  | 'DtdTooDeep';

/** A position in a DTD; `entity` names the parameter entity whose expansion produced it, if any. */
export interface DtdPosition {
  readonly line: number;
  readonly column: number;
  readonly entity?: string;
}

/** A plain copy of a token's position (line, column, and `entity` only when present). */
export function positionOf(at: DtdPosition): DtdPosition {
  return at.entity === undefined
    ? { line: at.line, column: at.column }
    : { line: at.line, column: at.column, entity: at.entity };
}

function located(message: string, at: DtdPosition): string {
  return at.entity === undefined ? message : `${message} (in the expansion of %${at.entity};)`;
}

/** Builds a located DTD diagnostic. */
export function dtdDiagnostic(
  code: DtdDiagnosticCode,
  message: string,
  file: string,
  at: DtdPosition,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  return diagnostic(code, located(message, at), { file, line: at.line, column: at.column }, severity);
}

/** Throws a located DTD error. */
export function dtdFail(code: DtdDiagnosticCode, message: string, file: string, at: DtdPosition): never {
  throw new DiagnosticError(dtdDiagnostic(code, message, file, at));
}
