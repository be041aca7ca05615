/**
 * Pass: every `ref` in every schema resolves to a named type of the same schema. Front ends
 * already report unresolved names with their own codes; this pass guards the IR boundary for
 * anything built by hand (tests, fixtures, the diff engine's loaders) with `IrUnresolvedRef`.
 *
 * @see docs/decisions/0012-layout.md (passes)
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrType } from '../ir/ir-types.js';
import { forEachType } from './walk-types.js';

export function checkTypeRefs(doc: IrDocument, problems: Diagnostic[]): IrDocument {
  for (const schema of doc.schemas) {
    const ids = new Set(schema.types.map((t) => t.id));
    forEachType(schema, (t: IrType, origin) => {
      if (t.kind === 'ref' && !ids.has(t.target)) {
        problems.push(
          diagnostic('IrUnresolvedRef', `type reference '${t.target}' does not resolve in ${schema.id}`, origin),
        );
      }
    });
  }
  return doc;
}
