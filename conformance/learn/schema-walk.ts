/**
 * Walks one observed response tree against the IR of its schema and reports every place where the
 * response goes beyond the schema, as proposal drafts: an element the parent's content model does
 * not declare, an attribute not declared, a value outside an enumeration, an element repeated more
 * often than allowed, a required element or attribute that is absent, a value its primitive type
 * rejects. Types are resolved through refs (named types, possibly in another schema of the IR);
 * open types and content with a wildcard accept undeclared elements and are left alone.
 *
 * @see docs/decisions/0008-learn-and-impact.md (inference rules); generator/ir/ir-types.ts
 */
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type {
  IrField,
  IrNamedType,
  IrObjectType,
  IrParticle,
  IrSchema,
  IrType,
  XsdBuiltin,
} from '../../generator/ir/ir-types.js';
import type { Anchor, ProposalChange } from './learn-proposal.js';
import type { ObservedElement } from './observed-tree.js';

export interface Draft {
  readonly schema: IrSchema;
  readonly anchor: Anchor;
  readonly path: string;
  readonly change: ProposalChange;
  readonly rule: string;
  /** XPath in the response. */
  readonly at: string;
  /** New elements: the instance, for content inference. */
  readonly instance?: ObservedElement;
  /** New JSON properties: the value seen. */
  readonly json?: unknown;
}

export interface Scope {
  readonly schema: IrSchema;
  readonly anchor: Anchor;
  /** Diff-style path of the type. */
  readonly path: string;
}

export class SchemaWalker {
  private readonly named = new Map<string, { schema: IrSchema; type: IrNamedType }>();

  constructor(doc: IrDocument) {
    for (const s of doc.schemas) for (const t of s.types) this.named.set(t.id, { schema: s, type: t });
  }

  /** Drafts for one response whose root element should be `rootName` of `schema`. */
  walk(schema: IrSchema, rootName: string | undefined, tree: ObservedElement): Draft[] {
    const root = schema.roots.find((r) => r.name === (rootName ?? tree.name));
    if (!root || root.name !== tree.name) return [];
    const out: Draft[] = [];
    const work: [ObservedElement, IrType, Scope][] = [
      [tree, root.type, { schema, anchor: { kind: 'root', root }, path: root.name }],
    ];
    while (work.length > 0) {
      const [el, type, scope] = work.pop()!;
      this.element(el, type, scope, out, work);
    }
    return out;
  }

  /** Follows refs to named types; the scope becomes the named type's. */
  resolve(type: IrType, scope: Scope): { type: IrType; scope: Scope } {
    let t = type;
    let s = scope;
    for (let hops = 0; t.kind === 'ref' && hops < 64; hops++) {
      const hit = this.named.get(t.target);
      if (!hit) break;
      s = { schema: hit.schema, anchor: { kind: 'named', type: hit.type }, path: hit.type.name };
      t = hit.type.type;
    }
    return { type: t, scope: s };
  }

  private element(
    el: ObservedElement,
    declared: IrType,
    outer: Scope,
    out: Draft[],
    work: [ObservedElement, IrType, Scope][],
  ): void {
    const { type, scope } = this.resolve(declared, outer);
    if (type.kind !== 'object') {
      this.value(el.text.trim(), type, scope, undefined, el.path, out);
      this.beyondSimple(el, scope, out);
      return;
    }
    this.attributes(el, type, scope, out);
    const text = type.fields.find((f) => f.xml.node === 'text');
    if (text && type.content === 'simple') this.value(el.text.trim(), text.type, scope, text, el.path, out);
    const elements = type.fields.filter((f) => f.xml.node === 'element');
    const byName = new Map(elements.map((f) => [f.xml.local, f]));
    const acceptsAny = type.open === true || hasWildcard(type.particle);
    const counts = new Map<string, number>();
    for (const c of el.children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    const reported = new Set<string>();
    const next: [ObservedElement, IrType, Scope][] = [];
    el.children.forEach((c, i) => {
      const f = byName.get(c.name);
      if (!f) {
        if (acceptsAny || reported.has(c.name)) return;
        reported.add(c.name);
        const after = declaredNeighbour(el.children, i, -1, byName);
        const before = after ? undefined : declaredNeighbour(el.children, i, 1, byName);
        out.push({
          ...scope,
          path: `${scope.path}/${c.name}`,
          change: {
            kind: 'add-element',
            name: c.name,
            ...(after ? { after } : {}),
            ...(before ? { before } : {}),
            repeated: (counts.get(c.name) ?? 0) > 1,
            content: { children: [], attributes: [], text: false },
          },
          rule: 'element-added',
          at: c.path,
          instance: c,
        });
        return;
      }
      const childScope: Scope = {
        schema: scope.schema,
        anchor: { kind: 'field', field: f },
        path: `${scope.path}/${c.name}`,
      };
      next.push([c, f.type, childScope]);
    });
    // Reversed onto the stack: children are walked in document order.
    work.push(...next.reverse());
    for (const f of elements) {
      const n = counts.get(f.xml.local) ?? 0;
      const max = f.occurs.max === 'unbounded' ? Number.POSITIVE_INFINITY : f.occurs.max;
      const at = `${scope.path}/${f.xml.local}`;
      if (n > max) {
        out.push({
          ...scope,
          path: at,
          change: { kind: 'relax-max', field: f },
          rule: max === 1 ? 'single-became-repeated' : 'occurrence-widened',
          at: `${el.path}/${f.xml.local}`,
        });
      } else if (n === 0 && f.occurs.min > 0 && !acceptsAny) {
        out.push({
          ...scope,
          path: at,
          change: { kind: 'relax-min', field: f },
          rule: 'element-became-optional',
          at: `${el.path}/${f.xml.local}`,
        });
      }
    }
  }

  /** Children or attributes on an element declared with simple content: each one is new. */
  private beyondSimple(el: ObservedElement, scope: Scope, out: Draft[]): void {
    const seen = new Set<string>();
    for (const c of el.children) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      out.push({
        ...scope,
        path: `${scope.path}/${c.name}`,
        change: {
          kind: 'add-element',
          name: c.name,
          repeated: el.children.filter((x) => x.name === c.name).length > 1,
          content: { children: [], attributes: [], text: false },
        },
        rule: 'element-added',
        at: c.path,
        instance: c,
      });
    }
    for (const name of el.attributes.keys()) {
      out.push({
        ...scope,
        path: `${scope.path}/@${name}`,
        change: { kind: 'add-attribute', name },
        rule: 'attribute-added',
        at: `${el.path}/@${name}`,
      });
    }
  }

  private attributes(el: ObservedElement, type: IrObjectType, scope: Scope, out: Draft[]): void {
    const attrs = new Map(type.fields.filter((f) => f.xml.node === 'attribute').map((f) => [f.xml.local, f]));
    for (const [name, value] of el.attributes) {
      const f = attrs.get(name);
      const at = `${el.path}/@${name}`;
      if (!f) {
        if (type.openAttributes) continue;
        out.push({
          ...scope,
          path: `${scope.path}/@${name}`,
          change: { kind: 'add-attribute', name },
          rule: 'attribute-added',
          at,
        });
        continue;
      }
      this.value(value, f.type, scope, f, at, out);
    }
    for (const f of attrs.values()) {
      if (f.occurs.min > 0 && !el.attributes.has(f.xml.local)) {
        out.push({
          ...scope,
          path: `${scope.path}/@${f.xml.local}`,
          change: { kind: 'relax-min', field: f },
          rule: 'attribute-became-optional',
          at: `${el.path}/@${f.xml.local}`,
        });
      }
    }
  }

  /** A simple value (text or attribute) against its declared type; `field` is the attribute or text field, if any. */
  private value(v: string, declared: IrType, outer: Scope, field: IrField | undefined, at: string, out: Draft[]): void {
    const { type, scope } = this.resolve(declared, outer);
    const attr = field?.xml.node === 'attribute' ? field : undefined;
    if (type.kind === 'enum') {
      if (type.values.includes(v)) return;
      // The enum's declaration: its named type, else the attribute (or element) that declares it inline.
      const anchor: Anchor = scope !== outer || !attr ? scope.anchor : { kind: 'field', field: attr };
      const path = scope !== outer ? scope.path : attr ? `${outer.path}/@${attr.xml.local}` : outer.path;
      out.push({
        schema: scope.schema,
        anchor,
        path,
        change: {
          kind: 'add-enum-value',
          values: [v],
          ...(attr && scope === outer ? { attribute: attr.xml.local } : {}),
        },
        rule: 'enum-value-added',
        at,
      });
      return;
    }
    if (type.kind !== 'primitive' || scope !== outer) return;
    if (lexicallyValid(type.builtin, v)) return;
    const target = field ?? (outer.anchor.kind === 'field' ? outer.anchor.field : undefined);
    if (!target) return;
    out.push({
      ...outer,
      anchor: field ? outer.anchor : { kind: 'field', field: target },
      path: field?.xml.node === 'attribute' ? `${outer.path}/@${field.xml.local}` : outer.path,
      change: { kind: 'widen-type', field: target, from: type.builtin },
      rule: 'type-changed',
      at,
    });
  }
}

function declaredNeighbour(
  siblings: readonly ObservedElement[],
  from: number,
  step: 1 | -1,
  declared: ReadonlyMap<string, IrField>,
): IrField | undefined {
  for (let i = from + step; i >= 0 && i < siblings.length; i += step) {
    const f = declared.get(siblings[i]!.name);
    if (f) return f;
  }
  return undefined;
}

function hasWildcard(p: IrParticle | null): boolean {
  if (!p) return false;
  if (p.kind === 'any') return true;
  if (p.kind === 'element') return false;
  return p.items.some(hasWildcard);
}

const INTEGER = /^[+-]?[0-9]+$/;
const DECIMAL = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;
const FLOAT = /^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|INF|-INF|NaN)$/;

/** The lexical spaces a widening is proposed for (XSD Part 2 §3); other builtins are not judged here. */
function lexicallyValid(b: XsdBuiltin, raw: string): boolean {
  const v = raw.trim();
  switch (b) {
    case 'integer':
    case 'long':
    case 'int':
    case 'short':
    case 'byte':
    case 'nonNegativeInteger':
    case 'positiveInteger':
    case 'unsignedLong':
    case 'unsignedInt':
    case 'unsignedShort':
    case 'unsignedByte':
      return INTEGER.test(v);
    case 'decimal':
      return DECIMAL.test(v);
    case 'float':
    case 'double':
      return FLOAT.test(v);
    case 'boolean':
      return v === 'true' || v === 'false' || v === '1' || v === '0';
    default:
      return true;
  }
}
