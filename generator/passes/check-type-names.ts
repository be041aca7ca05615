/**
 * Pass: within a schema, no two named types (or a named type and a root alias) map to the same
 * TypeScript identifier; such a collision would make the emitted module ambiguous. Reported as
 * `IrNameCollision` at the second declaration.
 *
 * @see generator/naming.ts (the identifiers the emitters write)
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import { rootTypeName, typeName } from '../naming.js';

export function checkTypeNames(doc: IrDocument, problems: Diagnostic[]): IrDocument {
  for (const schema of doc.schemas) {
    const seen = new Map<string, string>();
    for (const t of schema.types) {
      const id = typeName(t.name);
      const prev = seen.get(id);
      if (prev !== undefined) {
        problems.push(
          diagnostic('IrNameCollision', `type '${t.name}' and '${prev}' both become TypeScript '${id}'`, t.origin),
        );
      } else seen.set(id, t.name);
    }
    for (const r of schema.roots) {
      const id = rootTypeName(schema, r.name);
      const prev = seen.get(id);
      const same =
        r.type.kind === 'ref' &&
        schema.types.some((t) => t.id === (r.type as { target: string }).target && typeName(t.name) === id);
      if (prev !== undefined && !same) {
        problems.push(
          diagnostic(
            'IrNameCollision',
            `root element '${r.name}' and type '${prev}' both become TypeScript '${id}'`,
            r.origin,
          ),
        );
      }
    }
  }
  return doc;
}
