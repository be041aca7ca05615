/**
 * Walks one JSON response against the IR of its JSON Schema, like schema-walk.ts does for XML:
 * a property the object does not declare where additional properties are closed, a value outside
 * an enumeration, a required property that is absent. Arrays are walked item by item; unions and
 * open objects are left alone. Paths are JSON pointers.
 *
 * @see docs/decisions/0008-learn-and-impact.md; generator/parse/json-schema/parse-json-schema.ts
 */
import type { IrSchema, IrType } from '../../generator/ir/ir-types.js';
import type { Draft, SchemaWalker, Scope } from './schema-walk.js';

const MAX_JSON_DEPTH = 256;

export function walkJson(walker: SchemaWalker, schema: IrSchema, value: unknown): Draft[] {
  const root = schema.roots[0];
  if (!root) return [];
  const out: Draft[] = [];
  const work: [unknown, IrType, Scope, string, number][] = [
    [value, root.type, { schema, anchor: { kind: 'root', root }, path: root.name }, '', 0],
  ];
  while (work.length > 0) {
    const [v, declared, outer, at, depth] = work.pop()!;
    if (depth > MAX_JSON_DEPTH) continue;
    const { type, scope } = walker.resolve(declared, outer);
    if (type.kind === 'enum') {
      if (v === null || typeof v === 'object' || type.values.includes(String(v))) continue;
      out.push({ ...scope, change: { kind: 'add-enum-value', values: [String(v)] }, rule: 'enum-value-added', at });
    } else if (type.kind === 'list' && Array.isArray(v)) {
      v.forEach((item, i) => {
        work.push([item, type.item, scope, `${at}/${i}`, depth + 1]);
      });
    } else if (type.kind === 'object' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      const fields = new Map(type.fields.filter((f) => f.xml.node === 'property').map((f) => [f.name, f]));
      for (const [key, item] of Object.entries(obj)) {
        const f = fields.get(key);
        const p = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (f) {
          work.push([
            item,
            f.type,
            { schema: scope.schema, anchor: { kind: 'field', field: f }, path: `${scope.path}/${key}` },
            p,
            depth + 1,
          ]);
        } else if (type.additional === false) {
          out.push({
            ...scope,
            path: `${scope.path}/${key}`,
            change: {
              kind: 'add-element',
              name: key,
              repeated: false,
              content: { children: [], attributes: [], text: false },
            },
            rule: 'element-added',
            at: p,
            json: item,
          });
        }
      }
      for (const f of fields.values()) {
        if (f.occurs.min > 0 && !(f.name in obj)) {
          out.push({
            ...scope,
            path: `${scope.path}/${f.name}`,
            change: { kind: 'relax-min', field: f },
            rule: 'element-became-optional',
            at: `${at}/${f.name}`,
          });
        }
      }
    }
  }
  return out;
}

/** The JSON Schema a new property gets: the one primitive type every value seen has, else `{}`. */
export function jsonSchemaFor(values: readonly unknown[]): string {
  const kinds = new Set(
    values.map((v) =>
      typeof v === 'string'
        ? 'string'
        : typeof v === 'boolean'
          ? 'boolean'
          : typeof v === 'number'
            ? Number.isInteger(v)
              ? 'integer'
              : 'number'
            : 'other',
    ),
  );
  if (kinds.has('integer') && kinds.has('number') && kinds.size === 2) return '{ "type": "number" }';
  if (kinds.size !== 1 || kinds.has('other')) return '{}';
  return `{ "type": "${[...kinds][0]}" }`;
}
