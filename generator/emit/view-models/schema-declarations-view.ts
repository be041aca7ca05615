/**
 * The type declarations of one schema module (part of the `schema-module.ts` context): one named,
 * documented type per IR named type, plus one per root element (`rootTypeName`) unless the root's
 * type is already declared under that name. Shapes and type mapping: `../types/ts-type-printer.ts`.
 *
 * Each declaration has:
 * - `doc`: JSDoc block (unindented, ending in a newline), or empty;
 * - `name`: the exported type name (a safe identifier);
 * - `interface`: for an object type with fields, `{ fields[], indexSignature }`, else null. Each
 *   field: `doc` (JSDoc block indented two spaces, or empty), `key` (property key, quoted when not
 *   an identifier), `optional` (boolean), `type` (a TypeScript type expression; nested anonymous
 *   object types are written out in it, already indented). `indexSignature`: true when the JSON
 *   Schema admits extra properties (`readonly [key: string]: unknown`);
 * - `alias`: for every other type, the type expression of `export type name = ...`, else null.
 */
import type { IrSchema } from '../../ir/ir-types.js';
import { rootTypeName, typeName } from '../../naming.js';
import { docComment } from '../types/ts-source.js';
import { type FieldView, TsTypePrinter } from '../types/ts-type-printer.js';

export interface DeclarationView {
  readonly doc: string;
  readonly name: string;
  readonly interface: { readonly fields: readonly FieldView[]; readonly indexSignature: boolean } | null;
  readonly alias: string | null;
}

export function schemaDeclarations(schema: IrSchema): DeclarationView[] {
  const printer = new TsTypePrinter(schema);
  const out: DeclarationView[] = [];
  const declare = (name: string, t: IrSchema['types'][number]['type'], doc: string | undefined): void => {
    const obj = printer.interfaceOf(t);
    out.push({
      doc: docComment(doc),
      name,
      interface: obj ? { fields: printer.fields(obj, '  '), indexSignature: printer.hasIndexSignature(obj) } : null,
      alias: obj ? null : printer.type(t, ''),
    });
  };
  for (const t of schema.types) declare(typeName(t.name), t.type, t.doc);
  for (const r of schema.roots) {
    const name = rootTypeName(schema, r.name);
    const type = r.type;
    if (type.kind === 'ref' && schema.types.some((t) => t.id === type.target && typeName(t.name) === name)) {
      continue; // the root element's type is already declared under this name
    }
    const what = schema.format === 'json-schema' ? 'The JSON payload' : `Root element \`${r.name}\``;
    declare(name, r.type, `${what}.`);
  }
  return out;
}
