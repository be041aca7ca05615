/**
 * IR types → TypeScript type expressions, and the fields of the object types declared as
 * interfaces (the declarations themselves are laid out by `templates/schema-module.ts.hbs`, see
 * `generator/emit/view-models/schema-declarations-view.ts`). The shapes are those of the typed records the runtime builds
 * (runtime/xml/parse-xml.ts) or of the JSON payload:
 *
 * - an element or JSON property that can repeat is an array; an optional one is optional (`?`);
 *   a nillable element admits `null`;
 * - xs:long, xs:integer, xs:decimal, xs:unsignedLong and the unbounded integer types are `string`
 *   (kept exact beyond 2^53); int/short/byte/float/double and JSON numbers are `number`;
 *   xs:boolean is `boolean`; dates are ISO `string`s;
 * - enumerations are unions of string literals; simple content with attributes is
 *   `{ value, ...attributes }`; mixed content keeps its text under `value`.
 */
import { assertNever } from '../../ir/assert-never.js';
import type { IrField, IrObjectType, IrSchema, IrType, XsdBuiltin } from '../../ir/ir-types.js';
import { typeName } from '../../naming.js';
import { docComment, literal, propertyKey } from './ts-source.js';

const EXACT_AS_STRING = new Set<XsdBuiltin>([
  'long',
  'integer',
  'decimal',
  'unsignedLong',
  'nonNegativeInteger',
  'positiveInteger',
  'nonPositiveInteger',
  'negativeInteger',
]);
const AS_NUMBER = new Set<XsdBuiltin>([
  'int',
  'short',
  'byte',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'float',
  'double',
  'number',
]);

/** A top-level or nested property: ready JSDoc block (at its indent), key, optionality, type expression. */
export interface FieldView {
  readonly doc: string;
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
}

export class TsTypePrinter {
  private readonly names = new Map<string, string>();
  constructor(private readonly schema: IrSchema) {
    for (const t of schema.types) this.names.set(t.id, typeName(t.name));
  }

  /** An object type declared as an interface (fields, not a scalar wrapper), else undefined. */
  interfaceOf(t: IrType): IrObjectType | undefined {
    return t.kind === 'object' && !this.isScalarObject(t) && t.fields.length > 0 ? t : undefined;
  }

  /** Whether an object type admits extra properties (`readonly [key: string]: unknown`). */
  hasIndexSignature(t: IrObjectType): boolean {
    return t.additional !== undefined && t.additional !== false && this.schema.format === 'json-schema';
  }

  /** The fields of an object type at `indent`, in print order. */
  fields(t: IrObjectType, indent: string): FieldView[] {
    return sortFields(t.fields).map((f) => this.field(f, indent));
  }

  /** JSON text-only objects never happen; XML simple content without attributes collapses to its value. */
  private isScalarObject(t: IrObjectType): boolean {
    return t.fields.length === 1 && t.fields[0]!.xml.node === 'text';
  }

  type(t: IrType, indent: string): string {
    switch (t.kind) {
      case 'primitive':
        return this.primitive(t.builtin);
      case 'enum':
        if (t.base === 'anySimpleType') return t.values.join(' | ');
        return t.values.length ? t.values.map(literal).join(' | ') : 'never';
      case 'list':
        return `${this.wrap(this.type(t.item, indent))}[]`;
      case 'union': {
        const members = [...new Set(t.members.map((m) => this.type(m, indent)))];
        return members.join(' | ');
      }
      case 'ref': {
        const n = this.names.get(t.target);
        if (n === undefined) throw new Error(`unresolved ref ${t.target} in ${this.schema.id}`);
        return n;
      }
      case 'any':
        return 'unknown';
      case 'object':
        if (this.isScalarObject(t)) return this.type(t.fields[0]!.type, indent);
        return this.objectBody(t, indent);
      default:
        return assertNever(t, 'IR type');
    }
  }

  private primitive(b: XsdBuiltin): string {
    if (b === 'boolean') return 'boolean';
    if (b === 'null') return 'null';
    if (b === 'integer' && this.schema.format === 'json-schema') return 'number';
    if (AS_NUMBER.has(b)) return 'number';
    if (EXACT_AS_STRING.has(b)) return 'string';
    return 'string';
  }

  private wrap(s: string): string {
    return /[|&]/.test(s) ? `(${s})` : s;
  }

  private objectBody(t: IrObjectType, indent: string): string {
    const inner = `${indent}  `;
    const lines: string[] = [];
    for (const f of this.fields(t, inner)) {
      lines.push(`${f.doc}${inner}readonly ${f.key}${f.optional ? '?' : ''}: ${f.type};\n`);
    }
    if (this.hasIndexSignature(t)) {
      // An index signature must admit every declared property's type, so extra properties are `unknown`.
      lines.push(`${inner}readonly [key: string]: unknown;\n`);
    }
    return lines.length ? `{\n${lines.join('')}${indent}}` : 'Record<string, never>';
  }

  private field(f: IrField, indent: string): FieldView {
    const optional = f.occurs.min === 0 && f.xml.node !== 'text';
    const repeated = f.occurs.max === 'unbounded' || f.occurs.max > 1;
    let type = this.type(f.type, indent);
    if (repeated) type = `${this.wrap(type)}[]`;
    if (f.nillable) type = `${type} | null`;
    const xmlNote =
      f.xml.node === 'attribute'
        ? `XML attribute \`${f.xml.local}\`.`
        : f.xml.node === 'text'
          ? 'Text content.'
          : undefined;
    const doc = [f.doc, xmlNote, f.default !== undefined ? `@default ${f.default}` : undefined]
      .filter(Boolean)
      .join('\n');
    return { doc: docComment(doc || undefined, indent), key: propertyKey(f.name), optional, type };
  }
}

/** Text first, then attributes, then elements/properties in declaration order (stable). */
function sortFields(fields: readonly IrField[]): IrField[] {
  const rank = (f: IrField) => (f.xml.node === 'text' ? 0 : f.xml.node === 'attribute' ? 1 : 2);
  return fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}
