/**
 * IR schema (XSD or DTD) → `XmlSchemaModel`, the flattened, index-based model that the runtime
 * XML engine (runtime/xml) interprets for validation and typed-record parsing.
 *
 * Named types get the first indices (sorted by name, as in the IR); anonymous types encountered
 * while walking get the next ones, in walk order, so the output is deterministic. Element
 * particles point at their field's type; `array` mirrors the field's aggregated max occurrence, so
 * records and TypeScript types agree on what is an array. Simple types are compiled by
 * compile-simple-type.ts (XSD patterns translated there).
 *
 * @see runtime/schema-model.ts; XSD 1.1 Part 1 §3.8–3.9 (particles)
 */

import type {
  AttrModel,
  ParticleModel,
  SimpleModel,
  XmlSchemaModel,
  XmlTypeModel,
} from '../../runtime/schema-model.js';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { assertNever } from '../ir/assert-never.js';
import type {
  IrField,
  IrNamedType,
  IrObjectType,
  IrParticle,
  IrParticleDecl,
  IrSchema,
  IrType,
} from '../ir/ir-types.js';
import { simpleModelOf } from './compile-simple-type.js';

export function buildXmlSchemaModel(schema: IrSchema, problems: Diagnostic[] = []): XmlSchemaModel {
  if (schema.format === 'json-schema') throw new Error('buildXmlSchemaModel: not an XML schema');
  const builder = new XmlModelBuilder(schema, problems);
  return builder.build(schema.format);
}

/** A named type's model with how it derives (`xsi:type`) and, for a complex type, `abstract`. */
function withDerivation(m: XmlTypeModel, t: IrNamedType): XmlTypeModel {
  const v = t.derivation;
  const d = v && {
    base: v.base,
    by: v.method,
    ...(v.members !== undefined ? { members: v.members } : {}),
    ...(v.block !== undefined ? { block: v.block } : {}),
  };
  const abstract = m.k === 'complex' && t.type.kind === 'object' && t.type.abstract === true;
  return d === undefined && !abstract ? m : { ...m, ...(d ? { d } : {}), ...(abstract ? { abstract } : {}) };
}

/** The type table being filled: named types first, anonymous ones appended as they are met. */
class XmlModelBuilder {
  private readonly types: (XmlTypeModel | undefined)[] = [];
  private readonly named = new Map<string, number>();
  private readonly anonymous = new WeakMap<IrType, number>();
  /** Some element declares an identity constraint (the engine then tracks them). */
  private identity = false;

  constructor(
    private readonly schema: IrSchema,
    private readonly problems: Diagnostic[],
  ) {
    for (const t of schema.types) {
      this.named.set(t.id, this.types.length);
      this.types.push(undefined);
    }
  }

  build(format: XmlSchemaModel['format']): XmlSchemaModel {
    const { schema } = this;
    schema.types.forEach((t, i) => {
      this.types[i] = withDerivation(this.modelOf(t.type, t.name), t);
    });
    // An abstract global element may not validate any element (XSD 1.0 Part 1 §3.3.4 clause 2):
    // it is left out of the roots (as a document root it is an element without declaration) and
    // named in `abstractRoots`, so a strict or lax wildcard that finds it reports it.
    const globals = schema.roots.filter((r) => r.abstract !== true);
    const abstractRoots = schema.roots.filter((r) => r.abstract === true).map((r) => r.name);
    const roots: Record<string, number> = {};
    for (const r of globals) roots[r.name] = this.indexOf(r.type);
    const rootDecls: Record<string, NonNullable<XmlSchemaModel['rootDecls']>[string]> = {};
    for (const r of globals) {
      if (r.identity !== undefined) this.identity = true;
      const plain = !r.nillable && r.default === undefined && r.fixed === undefined && r.block === undefined;
      if (plain && r.identity === undefined) continue;
      rootDecls[r.name] = {
        ...(r.nillable ? { nillable: true } : {}),
        ...(r.default !== undefined ? { default: r.default } : {}),
        ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
        ...(r.block !== undefined ? { block: r.block } : {}),
        ...(r.identity !== undefined ? { ic: r.identity } : {}),
      };
    }
    const attributes: Record<string, SimpleModel> = {};
    for (const a of schema.attributes ?? []) attributes[a.name] = this.simple(a.type);
    return {
      id: schema.id,
      format,
      roots,
      ...(Object.keys(rootDecls).length > 0 ? { rootDecls } : {}),
      ...(this.identity ? { ic: true as const } : {}),
      ...(abstractRoots.length > 0 ? { abstractRoots } : {}),
      ...(schema.attributes !== undefined && schema.attributes.length > 0 ? { attributes } : {}),
      types: this.types.map((t, i) => {
        if (!t) throw new Error(`type ${i} of ${schema.id} was never built`);
        return t;
      }),
    };
  }

  private simple(t: IrType): SimpleModel {
    return simpleModelOf(this.schema, t, (p) =>
      this.problems.push(
        diagnostic(
          'XsdPatternUnsupported',
          `pattern '${p}' uses a construct qspec cannot translate; it is not enforced`,
          { file: this.schema.file },
          'warning',
        ),
      ),
    );
  }

  /** The index of a type: a named type's own, or a new one for an anonymous type (once per IR node). */
  private indexOf(t: IrType): number {
    if (t.kind === 'ref') {
      const i = this.named.get(t.target);
      if (i === undefined) throw new Error(`unresolved ref ${t.target} in ${this.schema.id}`);
      return i;
    }
    const cached = this.anonymous.get(t);
    if (cached !== undefined) return cached;
    const i = this.types.length;
    this.types.push(undefined);
    this.anonymous.set(t, i);
    this.types[i] = this.modelOf(t);
    return i;
  }

  private modelOf(t: IrType, name?: string): XmlTypeModel {
    const nameProp = name !== undefined ? { name } : {};
    switch (t.kind) {
      case 'object':
        return this.complexOf(t, nameProp);
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
        return this.modelOf(this.schema.types.find((n) => n.id === t.target)?.type ?? { kind: 'any' }, name);
      default:
        return { k: 'simple', ...nameProp, s: this.simple(t) };
    }
  }

  private complexOf(t: IrObjectType, nameProp: { name?: string }): XmlTypeModel {
    const attrs: AttrModel[] = t.fields
      .filter((f) => f.xml.node === 'attribute')
      .map((f) => ({
        name: f.xml.local,
        p: f.name,
        type: this.simple(f.type),
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
      ...(t.anyAttribute?.namespaces !== undefined ? { anyAttrNs: t.anyAttribute.namespaces } : {}),
      ...(t.anyAttribute !== undefined ? { anyAttrProcess: t.anyAttribute.process } : {}),
      ...(t.content === 'simple' && text ? { text: this.simple(text.type) } : {}),
      mixed: t.content === 'mixed',
      content: t.particle ? this.particleOf(t.particle, elements) : null,
      ...(t.open ? { open: true } : {}),
    };
  }

  private particleOf(p: IrParticle, elements: ReadonlyMap<string, IrField>): ParticleModel {
    const max = p.occurs.max === 'unbounded' ? -1 : p.occurs.max;
    switch (p.kind) {
      case 'element':
        return this.elementParticle(p.name, p.occurs.min, max, elements, p.decl);
      case 'sequence':
      case 'choice':
      case 'all':
        return {
          k: p.kind === 'sequence' ? 'seq' : p.kind,
          items: p.items.map((i) => this.particleOf(i, elements)),
          min: p.occurs.min,
          max,
        };
      case 'any':
        return {
          k: 'any',
          min: p.occurs.min,
          max,
          process: p.process,
          ...(p.namespaces !== undefined ? { ns: p.namespaces } : {}),
          ...(p.open ? { open: true } : {}),
        };
      default:
        return assertNever(p, 'IR particle');
    }
  }

  /**
   * An element particle: its field's type, and `array` from the field's aggregated occurrence;
   * nillable and the value constraint from the particle's own declaration when it has one.
   */
  private elementParticle(
    name: string,
    min: number,
    max: number,
    elements: ReadonlyMap<string, IrField>,
    decl?: IrParticleDecl,
  ): ParticleModel {
    const f = elements.get(name);
    if (!f) throw new Error(`particle element '${name}' has no field in ${this.schema.id}`);
    const own: IrParticleDecl = decl ?? f;
    return {
      k: 'el',
      name,
      p: f.name,
      type: this.indexOf(f.type),
      min,
      max,
      ...(own.nillable ? { nillable: true } : {}),
      ...(own.default !== undefined ? { default: own.default } : {}),
      ...(own.fixed !== undefined ? { fixed: own.fixed } : {}),
      ...(f.block !== undefined ? { block: f.block } : {}),
      ...(this.noteIdentity(f) ? { ic: f.identity } : {}),
      array: f.occurs.max === 'unbounded' || f.occurs.max > 1,
    };
  }

  private noteIdentity(f: IrField): boolean {
    if (f.identity === undefined) return false;
    this.identity = true;
    return true;
  }
}
