/**
 * IR simple type → the runtime's `SimpleModel`: primitives with their facets (XSD patterns kept
 * as written: the runtime compiles them to linear-time matchers; a pattern that is not an XSD 1.0
 * regex within the size limits is reported, and the XSD front end and `targetForSchema` refuse such a
 * schema before a model is built), enumerations, lists and unions; a `ref` is
 * followed to its named type; `any` is xs:anySimpleType; an object with simple content gives its
 * text's type.
 *
 * @see runtime/schema-model.ts; XSD 1.1 Part 2 §4.1 (simple type definitions), §4.3 (facets)
 */
import type { FacetsModel, SimpleModel } from '../../runtime/schema-model.js';
import { checkXsdPattern } from '../../runtime/xml/xsd-regex/xsd-regex.js';
import { assertNever } from '../ir/assert-never.js';
import type { IrFacets, IrSchema, IrType } from '../ir/ir-types.js';

/** Called with each XSD pattern the runtime cannot compile (not an XSD 1.0 regex, or too large). */
export type OnUntranslatedPattern = (pattern: string) => void;

export function simpleModelOf(
  schema: IrSchema,
  t: IrType,
  onUntranslated: OnUntranslatedPattern,
  seen: ReadonlySet<string> = new Set(),
): SimpleModel {
  switch (t.kind) {
    case 'primitive':
      return { b: t.builtin, ...facetsOf(t.facets, onUntranslated) };
    case 'enum':
      return { b: t.base, enum: [...t.values] };
    case 'list':
      return {
        b: 'string',
        list: simpleModelOf(schema, t.item, onUntranslated, seen),
        ...derivedFacets(t, onUntranslated),
      };
    case 'union':
      return {
        b: 'string',
        union: t.members.map((m) => simpleModelOf(schema, m, onUntranslated, seen)),
        ...derivedFacets(t, onUntranslated),
      };
    case 'ref': {
      if (seen.has(t.target)) throw new Error(`circular simple type ${t.target}`);
      const target = schema.types.find((n) => n.id === t.target);
      if (!target) throw new Error(`unresolved ref ${t.target}`);
      return simpleModelOf(schema, target.type, onUntranslated, new Set([...seen, t.target]));
    }
    case 'any':
      return { b: 'anySimpleType' };
    case 'object': {
      const text = t.fields.find((f) => f.xml.node === 'text');
      if (text) return simpleModelOf(schema, text.type, onUntranslated, seen);
      return { b: 'string' };
    }
    default:
      return assertNever(t, 'IR type');
  }
}

/** The facets and enumeration a restriction of a list or union type adds. */
function derivedFacets(
  t: { readonly facets?: IrFacets; readonly values?: readonly string[] },
  onUntranslated: OnUntranslatedPattern,
): { facets?: FacetsModel; enum?: readonly string[] } {
  return { ...(t.facets ? facetsOf(t.facets, onUntranslated) : {}), ...(t.values ? { enum: [...t.values] } : {}) };
}

/** The runtime facets (in the IR's key order, `format` dropped), or nothing when none remain. */
function facetsOf(f: IrFacets, onUntranslated: OnUntranslatedPattern): { facets?: FacetsModel } {
  const out: { -readonly [K in keyof FacetsModel]: FacetsModel[K] } = {};
  for (const key of Object.keys(f) as (keyof IrFacets)[]) {
    if (key === 'format' || f[key] === undefined) continue;
    if (key === 'patterns') {
      const usable: string[] = [];
      for (const p of f.patterns ?? []) {
        if (checkXsdPattern(p) !== undefined) onUntranslated(p);
        else usable.push(p);
      }
      if (usable.length) out.patterns = usable;
    } else {
      copyFacet(out, f, key);
    }
  }
  return Object.keys(out).length ? { facets: out } : {};
}

function copyFacet<K extends Exclude<keyof IrFacets, 'format' | 'patterns'>>(
  out: { -readonly [P in keyof FacetsModel]: FacetsModel[P] },
  f: IrFacets,
  key: K,
): void {
  out[key] = f[key];
}
