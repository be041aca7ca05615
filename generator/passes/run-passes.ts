/**
 * The ordered list of IR passes run between parsing and emitting. Each pass is small, named,
 * idempotent, and takes the document plus a problem list; the order is the recipe (xsdata).
 *
 * 1. checkTypeRefs   every ref resolves (IrUnresolvedRef)
 * 2. checkTypeNames  no two types share a TypeScript name (IrNameCollision)
 * 3. checkJsonFormats every JSON Schema `format` is one the validators check (JsonSchemaUnsupportedFormat)
 */
import { type Diagnostic, DiagnosticError } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import { checkJsonFormats } from './check-json-formats.js';
import { checkTypeNames } from './check-type-names.js';
import { checkTypeRefs } from './check-type-refs.js';

export type IrPass = (doc: IrDocument, problems: Diagnostic[]) => IrDocument;

export const PASSES: readonly (readonly [string, IrPass])[] = [
  ['checkTypeRefs', checkTypeRefs],
  ['checkTypeNames', checkTypeNames],
  ['checkJsonFormats', checkJsonFormats],
];

export function runPasses(doc: IrDocument): { doc: IrDocument; warnings: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  let current = doc;
  for (const [, pass] of PASSES) {
    current = pass(current, problems);
    if (problems.some((p) => p.severity === 'error')) throw new DiagnosticError(problems);
  }
  return { doc: current, warnings: problems };
}
