/**
 * The DTD front end: DTD text → `IrSchema` (format 'dtd'). Reads the declarations (located
 * tokenizer, bounded internal parameter entities, conditional sections; nothing is ever fetched
 * and no general entity is expanded), then maps them to the IR.
 *
 * `parseDtd` throws a `DiagnosticError` for errors (`DtdSyntax`, `DtdExternalEntity`,
 * `DtdEntityLimit`, `DtdUndefinedEntity`, `DtdDuplicateElement`); `parseDtdWithWarnings` also
 * returns the warnings (`DtdUndeclaredElement`, `DtdDuplicateAttribute`).
 *
 * @see XML 1.0 (Fifth Edition) §2.8, §3.2–§3.4, §4.2
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { IrSchema } from '../../ir/ir-types.js';
import { mapDtdToIr } from './map-dtd-to-ir.js';
import type { DtdEntityLimits } from './parameter-entities.js';
import { parseDtdDeclarations } from './parse-dtd-declarations.js';
import { undeclaredElements } from './undeclared-elements.js';

export interface DtdInput {
  readonly source: string;
  /** For diagnostics and origins, relative to the specs root. */
  readonly file: string;
  /** E.g. `vm/schemas/knowledge_base_vuln_list_output.dtd`; prefix of every type id. */
  readonly schemaId: string;
  /** Parameter-entity expansion budget (defaults: 1 MB, 100 000 expansions). */
  readonly limits?: DtdEntityLimits;
}

export function parseDtd(input: DtdInput): IrSchema {
  return parseDtdWithWarnings(input).schema;
}

export function parseDtdWithWarnings(input: DtdInput): { schema: IrSchema; warnings: Diagnostic[] } {
  const decls = parseDtdDeclarations(input);
  const warnings = [...decls.warnings, ...undeclaredElements(decls, input.file)].sort(
    (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0),
  );
  return { schema: mapDtdToIr(decls, input), warnings };
}
