/**
 * IR schema (XSD or DTD) → `XmlSchemaModel`, the flattened, index-based model that the runtime
 * XML engine (runtime/xml) interprets for validation and typed-record parsing.
 *
 * Named types get the first indices (sorted by name, as in the IR); anonymous types encountered
 * while walking get the next ones, in walk order, so the output is deterministic. Element
 * particles point at their field's type; `array` mirrors the field's aggregated max occurrence, so
 * records and TypeScript types agree on what is an array. XSD patterns are translated to anchored
 * JavaScript regexes here, once, at generation time.
 *
 * @see runtime/schema-model.ts; XSD 1.1 Part 1 §3.8–3.9 (particles)
 */

import type {
  AttrModel,
  FacetsModel,
  ParticleModel,
  SimpleModel,
  XmlSchemaModel,
  XmlTypeModel,
} from '../../runtime/schema-model.js';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { assertNever } from '../ir/assert-never.js';
import type { IrField, IrObjectType, IrParticle, IrSchema, IrType } from '../ir/ir-types.js';
import { translateXsdPattern } from './translate-xsd-pattern.js';

export function buildXmlSchemaModel(schema: IrSchema, problems: Diagnostic[] = []): XmlSchemaModel {
  if (schema.format === 'json-schema') throw new Error('buildXmlSchemaModel: not an XML schema');
  const types: (XmlTypeModel | undefined)[] = [];
  const named = new Map<string, number>();
  const anonymous = new WeakMap<IrType, number>();
  for (const t of schema.types) {
    named.set(t.id, types.length);
    types.push(undefined);
  }
  const patternProblem = (p: string) =>
    problems.push(
      diagnostic(
        'XsdPatternUnsupported',
        `pattern '${p}' uses a construct qspec cannot translate; it is not enforced`,
        { file: schema.file },
        'warning',
      ),
    );

  const simpleOf = (t: IrType, seen: Set<string> = new Set()): SimpleModel => {
    switch (t.kind) {
      case 'primitive':
        return { b: t.builtin, ...facetsOf(t.facets, patternProblem) };
      case 'enum':
        return { b: t.base, enum: [...t.values] };
      case 'list':
        return { b: 'string', list: simpleOf(t.item, seen) };
      case 'union':
        return { b: 'string', union: t.members.map((m) => simpleOf(m, seen)) };
      case 'ref': {
        if (seen.has(t.target)) throw new Error(`circular simple type ${t.target}`);
        const target = schema.types.find((n) => n.id === t.target);
        if (!target) throw new Error(`unresolved ref ${t.target}`);
        return simpleOf(target.type, new Set([...seen, t.target]));
      }
      case 'any':
        return { b: 'anySimpleType' };
      case 'object': {
        const text = t.fields.find((f) => f.xml.node === 'text');
        if (text) return simpleOf(text.type, seen);
        return { b: 'string' };
      }
      default:
        return assertNever(t, 'IR type');
    }
  };

  const indexOf = (t: IrType): number => {
    if (t.kind === 'ref') {
      const i = named.get(t.target);
      if (i === undefined) throw new Error(`unresolved ref ${t.target} in ${schema.id}`);
      return i;
    }
    const cached = anonymous.get(t);
    if (cached !== undefined) return cached;
    const i = types.length;
    types.push(undefined);
    anonymous.set(t, i);
    types[i] = modelOf(t);
    return i;
  };

  const modelOf = (t: IrType, name?: string): XmlTypeModel => {
    const nameProp = name !== undefined ? { name } : {};
    switch (t.kind) {
      case 'object':
        return complexOf(t, nameProp);
      case 'any':
        return {
          k: 'complex',
          ...nameProp,
          attrs: [],
          anyAttr: true,
          mixed: true,
          content: { k: 'any', min: 0, max: -1, process: 'lax' },
        };
      case 'ref':
        // A named type that is an alias of another: copy the target's model.
        return modelOf(schema.types.find((n) => n.id === t.target)?.type ?? { kind: 'any' }, name);
      default:
        return { k: 'simple', ...nameProp, s: simpleOf(t) };
    }
  };

  const complexOf = (t: IrObjectType, nameProp: { name?: string }): XmlTypeModel => {
    const attrs: AttrModel[] = t.fields
      .filter((f) => f.xml.node === 'attribute')
      .map((f) => ({
        name: f.xml.local,
        p: f.name,
        type: simpleOf(f.type),
        required: f.occurs.min > 0,
        ...(f.default !== undefined ? { default: f.default } : {}),
        ...(f.fixed !== undefined ? { fixed: f.fixed } : {}),
      }));
    const text = t.fields.find((f) => f.xml.node === 'text');
    const elements = new Map<string, IrField>();
    for (const f of t.fields) if (f.xml.node === 'element') elements.set(f.xml.local, f);
    return {
      k: 'complex',
      ...nameProp,
      attrs,
      anyAttr: t.openAttributes === true,
      ...(t.content === 'simple' && text ? { text: simpleOf(text.type) } : {}),
      mixed: t.content === 'mixed',
      content: t.particle ? particleOf(t.particle, elements) : null,
      ...(t.open ? { open: true } : {}),
    };
  };

  const particleOf = (p: IrParticle, elements: ReadonlyMap<string, IrField>): ParticleModel => {
    const max = p.occurs.max === 'unbounded' ? -1 : p.occurs.max;
    switch (p.kind) {
      case 'element': {
        const f = elements.get(p.name);
        if (!f) throw new Error(`particle element '${p.name}' has no field in ${schema.id}`);
        return {
          k: 'el',
          name: p.name,
          p: f.name,
          type: indexOf(f.type),
          min: p.occurs.min,
          max,
          ...(f.nillable ? { nillable: true } : {}),
          ...(f.default !== undefined ? { default: f.default } : {}),
          ...(f.fixed !== undefined ? { fixed: f.fixed } : {}),
          array: f.occurs.max === 'unbounded' || f.occurs.max > 1,
        };
      }
      case 'sequence':
      case 'choice':
      case 'all':
        return {
          k: p.kind === 'sequence' ? 'seq' : p.kind,
          items: p.items.map((i) => particleOf(i, elements)),
          min: p.occurs.min,
          max,
        };
      case 'any':
        return { k: 'any', min: p.occurs.min, max, process: p.process, ...(p.open ? { open: true } : {}) };
      default:
        return assertNever(p, 'IR particle');
    }
  };

  schema.types.forEach((t, i) => {
    types[i] = modelOf(t.type, t.name);
  });
  const roots: Record<string, number> = {};
  for (const r of schema.roots) roots[r.name] = indexOf(r.type);

  return {
    id: schema.id,
    format: schema.format,
    roots,
    types: types.map((t, i) => {
      if (!t) throw new Error(`type ${i} of ${schema.id} was never built`);
      return t;
    }),
  };
}

function facetsOf(
  f: import('../ir/ir-types.js').IrFacets,
  onUnsupported: (p: string) => void,
): { facets?: FacetsModel } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (k === 'patterns') {
      const translated: string[] = [];
      for (const p of v as string[]) {
        const js = translateXsdPattern(p);
        if (js === undefined) onUnsupported(p);
        else translated.push(js);
      }
      if (translated.length) out.patterns = translated;
    } else if (k !== 'format' && v !== undefined) {
      out[k] = v;
    }
  }
  return Object.keys(out).length ? { facets: out as FacetsModel } : {};
}
