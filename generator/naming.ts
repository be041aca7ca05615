/**
 * Naming shared by every emitter, so that the types, validators and client emitters agree on
 * file paths and exported identifiers without talking to each other.
 *
 * - A schema `was/schemas/webapp.xsd` is emitted to `was/schemas/webapp-xsd.ts`, imported as a
 *   namespace `WebappXsd`.
 * - Every IR named type becomes an exported type of the same name (made a safe identifier).
 * - Every root element R gets an exported type `rootTypeName(schema, R)`: `R` itself when no named
 *   type is called R (or the element's type *is* the named type R), else `RElement`.
 *
 * - Every endpoint `was.finding.get` gets the type names `WasFindingGetParams`, `...Result`,
 *   `...Record`; every module `was` a client type `WasClient` made by `createWasClient(core)`.
 */
import type { IrSchema } from './ir/ir-types.js';

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield any boolean number string symbol type object never unknown undefined'.split(
    ' ',
  ),
);

/** Turns any name into a safe TypeScript identifier (PascalCase not forced: Qualys names are kept). */
export function safeIdentifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]+/g, '_');
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (id === '') id = '_';
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** `webapp.xsd` → `webapp-xsd`, `asset_search.schema.json` → `asset-search-schema-json`. */
export function schemaFileStem(schemaId: string): string {
  const base = schemaId.split('/').at(-1) ?? schemaId;
  return base
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** The module a schema belongs to: the first path segment of its id. */
export function schemaModule(schemaId: string): string {
  return schemaId.split('/')[0] ?? schemaId;
}

/** Output path of a schema's emitted file, relative to `generated/`. */
export function schemaOutputPath(schemaId: string): string {
  return `${schemaModule(schemaId)}/schemas/${schemaFileStem(schemaId)}.ts`;
}

/** Namespace identifier used when importing a schema module: `webapp-xsd` → `WebappXsd`. */
export function schemaNamespace(schemaId: string): string {
  return safeIdentifier(
    schemaFileStem(schemaId)
      .split('-')
      .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : p))
      .join(''),
  );
}

/** Exported TS name of an IR named type. */
export function typeName(name: string): string {
  return safeIdentifier(name);
}

/** Exported TS name of the type of root element `root` in `schema`. */
export function rootTypeName(schema: IrSchema, root: string): string {
  const named = schema.types.find((t) => t.name === root);
  const el = schema.roots.find((r) => r.name === root);
  if (named === undefined) return safeIdentifier(root);
  if (el?.type.kind === 'ref' && el.type.target === named.id) return safeIdentifier(root);
  return safeIdentifier(`${root}Element`);
}

/** `include_hosts_summary_categories` → `includeHostsSummaryCategories`; `X-Requested-With` → `xRequestedWith`. */
export function camelCase(wire: string): string {
  const parts = wire.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const out = parts
    .map((p, i) => (i === 0 ? p[0]!.toLowerCase() + p.slice(1) : p[0]!.toUpperCase() + p.slice(1)))
    .join('');
  return safeIdentifier(out || wire);
}

const pascal = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** `was.finding.get` → `WasFindingGet`: the base of an endpoint's params/result/record type names. */
export function endpointTypeBase(id: string): string {
  return safeIdentifier(id.split('.').map(pascal).join(''));
}

/** `was` → `WasClient`. */
export function moduleClientName(module: string): string {
  return safeIdentifier(`${pascal(module)}Client`);
}
