/**
 * IR schema → JSON Schema (draft-07). For a JSON Schema source this reproduces the payload
 * contract, and is what the ajv validators are compiled from (so what is validated is what the
 * IR says, the same IR the types and the diff engine read). For an XSD/DTD source it describes the
 * typed record the runtime parser builds (documentation for users of the records).
 *
 * Named types go to `definitions`; repeated fields become arrays; XML attributes and text become
 * properties named as in the TypeScript types; xs:long and friends are strings of digits.
 *
 * @see JSON Schema draft-07; generator/emit/types/emit-ts-types.ts (same shapes)
 */
import type { JsonSchemaDocument } from '../../runtime/schema-entry.js';
import { assertNever } from '../ir/assert-never.js';
import { splitIrId } from '../ir/ir-id.js';
import type { IrField, IrObjectType, IrSchema, IrType, XsdBuiltin } from '../ir/ir-types.js';
import { translateXsdPattern } from './translate-xsd-pattern.js';

type Js = Record<string, unknown>;

const INTEGER_AS_STRING = new Set<XsdBuiltin>([
  'long',
  'integer',
  'unsignedLong',
  'nonNegativeInteger',
  'positiveInteger',
  'nonPositiveInteger',
  'negativeInteger',
]);
const NUMBER = new Set<XsdBuiltin>(['float', 'double', 'number']);
const INTEGER = new Set<XsdBuiltin>(['int', 'short', 'byte', 'unsignedInt', 'unsignedShort', 'unsignedByte']);

/**
 * The whole document for one schema. `root` picks one root; otherwise a single-root schema
 * describes that root, and a multi-root XML schema (QPS ServiceRequest + ServiceResponse, every
 * element of a DTD) is `anyOf` its roots, each kept under `definitions` as `<name>` (or
 * `<name>Element` when a named type has that name).
 */
export function irToJsonSchema(schema: IrSchema, root?: string): JsonSchemaDocument {
  const conv = new Converter(schema);
  const definitions: Js = {};
  for (const t of schema.types)
    definitions[t.name] = { ...conv.type(t.type), ...(t.doc ? { description: t.doc } : {}) };
  let top: Js = {};
  const picked = root === undefined ? undefined : schema.roots.find((x) => x.name === root);
  if (picked) top = conv.type(picked.type);
  else if (schema.roots.length === 1) top = conv.type(schema.roots[0]!.type);
  else if (schema.roots.length > 1) {
    const refs: Js[] = [];
    for (const r of schema.roots) {
      const key =
        r.type.kind === 'ref' && r.type.target.endsWith(`#${r.name}`)
          ? r.name
          : definitions[r.name]
            ? `${r.name}Element`
            : r.name;
      if (!definitions[key]) definitions[key] = conv.type(r.type);
      refs.push({ $ref: `#/definitions/${key}` });
    }
    top = { anyOf: refs };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...top,
    ...(Object.keys(definitions).length ? { definitions } : {}),
  };
}

class Converter {
  constructor(private readonly schema: IrSchema) {}

  type(t: IrType): Js {
    switch (t.kind) {
      case 'primitive':
        return this.primitive(t.builtin, t.facets);
      case 'enum':
        if (t.base === 'anySimpleType') return { enum: t.values.map((v) => JSON.parse(v) as unknown) };
        return { type: 'string', enum: [...t.values] };
      case 'list':
        return { type: 'array', items: this.type(t.item) };
      case 'union':
        return { anyOf: t.members.map((m) => this.type(m)) };
      case 'ref':
        return { $ref: `#/definitions/${splitIrId(t.target).name}` };
      case 'any':
        return {};
      case 'object':
        return this.object(t);
      default:
        return assertNever(t, 'IR type');
    }
  }

  private primitive(b: XsdBuiltin, facets: import('../ir/ir-types.js').IrFacets): Js {
    const out: Js = {};
    const json = this.schema.format === 'json-schema';
    if (b === 'boolean') out.type = 'boolean';
    else if (b === 'null') out.type = 'null';
    else if (b === 'integer' && json) out.type = 'integer';
    else if (INTEGER.has(b)) out.type = 'integer';
    else if (NUMBER.has(b)) out.type = 'number';
    else if (INTEGER_AS_STRING.has(b)) Object.assign(out, { type: 'string', pattern: '^[-+]?[0-9]+$' });
    else if (b === 'decimal') Object.assign(out, { type: 'string', pattern: '^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$' });
    else out.type = 'string';
    if (facets.minLength !== undefined) out.minLength = facets.minLength;
    if (facets.maxLength !== undefined) out.maxLength = facets.maxLength;
    if (facets.length !== undefined) Object.assign(out, { minLength: facets.length, maxLength: facets.length });
    if (facets.format !== undefined) out.format = facets.format;
    const patterns = (facets.patterns ?? [])
      .map((p) => (json ? p : translateXsdPattern(p)))
      .filter((p): p is string => p !== undefined);
    if (patterns.length === 1 && out.pattern === undefined) out.pattern = patterns[0];
    else if (patterns.length) out.allOf = patterns.map((p) => ({ pattern: p }));
    if (out.type === 'integer' || out.type === 'number') {
      if (facets.minInclusive !== undefined) out.minimum = Number(facets.minInclusive);
      if (facets.maxInclusive !== undefined) out.maximum = Number(facets.maxInclusive);
      if (facets.minExclusive !== undefined) out.exclusiveMinimum = Number(facets.minExclusive);
      if (facets.maxExclusive !== undefined) out.exclusiveMaximum = Number(facets.maxExclusive);
    }
    return out;
  }

  private object(t: IrObjectType): Js {
    if (t.fields.length === 1 && t.fields[0]!.xml.node === 'text') return this.type(t.fields[0]!.type);
    const properties: Js = {};
    const required: string[] = [];
    for (const f of t.fields) {
      properties[f.name] = this.field(f);
      if (f.occurs.min > 0 || f.xml.node === 'text') required.push(f.name);
    }
    const out: Js = { type: 'object', properties };
    if (required.length) out.required = required;
    if (t.requiredWith && Object.keys(t.requiredWith).length) out.dependencies = t.requiredWith;
    if (this.schema.format === 'json-schema') {
      if (t.additional === false) out.additionalProperties = false;
      else if (t.additional !== undefined && t.additional !== true) out.additionalProperties = this.type(t.additional);
    } else if (!t.open) {
      out.additionalProperties = false;
    }
    return out;
  }

  private field(f: IrField): Js {
    let s = this.type(f.type);
    if (f.occurs.max === 'unbounded' || f.occurs.max > 1) {
      s = { type: 'array', items: s };
    }
    if (f.nillable) s = { anyOf: [s, { type: 'null' }] };
    if (f.doc) s = { ...s, description: f.doc };
    return s;
  }
}
