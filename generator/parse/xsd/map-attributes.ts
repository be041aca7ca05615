/**
 * Maps the attribute uses of a complex type (or extension/restriction step): `xs:attribute`
 * (local, or `ref=` to a global attribute), `xs:attributeGroup ref` (inlined, recursively),
 * `xs:anyAttribute` (→ open attributes); merges them over a base type's attributes; and turns
 * them into IR fields (min 1 if use="required" else 0, max 1; default/fixed kept; an attribute
 * whose name collides with an element field, or with the text field `value`, gets `Attr` appended).
 *
 * @see XSD 1.1 Part 1 §3.2 (Attribute declarations), §3.5 (Attribute uses), §3.6 (Attribute
 * group definitions), §3.10 (Wildcards), §3.4.2.2 (attribute uses of derived types)
 */
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrField, IrType } from '../../ir/ir-types.js';
import { mapSimpleType } from './map-simple-type.js';
import { readDoc } from './read-doc.js';
import { resolveQName } from './resolve-qname.js';
import { lookupTypeName, typeNameToIr } from './resolve-type-name.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, originOf, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export interface AttributeDecl {
  readonly name: string;
  readonly type: IrType;
  readonly required: boolean;
  /** use="prohibited": removes a base attribute in a restriction. */
  readonly prohibited: boolean;
  readonly default?: string;
  readonly fixed?: string;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

export interface AttributeSet {
  readonly attrs: readonly AttributeDecl[];
  readonly open: boolean;
}

export const ATTRIBUTE_NODES: ReadonlySet<string> = new Set(['attribute', 'attributeGroup', 'anyAttribute']);

/** Maps the attribute-related nodes among `nodes` (others are the caller's business). */
export function mapAttributes(ctx: XsdContext, nodes: readonly XsdNode[]): AttributeSet {
  const attrs: AttributeDecl[] = [];
  let open = false;
  const add = (a: AttributeDecl, at: XsdNode) => {
    if (attrs.some((x) => x.name === a.name)) xsdFail('XsdInvalid', `attribute "${a.name}" is declared twice`, at);
    attrs.push(a);
  };
  for (const node of nodes) {
    const local = node.el.local;
    if (local === 'anyAttribute') open = true;
    else if (local === 'attribute') add(mapAttribute(ctx, node), node);
    else if (local === 'attributeGroup') {
      const inner = attributeGroup(ctx, node);
      for (const a of inner.attrs) add(a, node);
      open ||= inner.open;
    }
  }
  return { attrs, open };
}

function attributeGroup(ctx: XsdContext, node: XsdNode): AttributeSet {
  const ref = attr(node, 'ref');
  if (ref === undefined) xsdFail('XsdInvalid', 'xs:attributeGroup inside a type needs a ref', node);
  const name = resolveQName(node, ref).local;
  const def = ctx.components.attributeGroups.get(name);
  if (def === undefined)
    xsdFail('XsdUnresolvedRef', `attributeGroup ref "${ref}" names no global xs:attributeGroup`, node);
  const key = `attributeGroup:${name}`;
  if (ctx.inProgress.has(key)) xsdFail('XsdInvalid', `xs:attributeGroup "${name}" refers to itself`, node);
  const children = xsdChildren(def);
  for (const c of children) {
    if (!ATTRIBUTE_NODES.has(c.el.local)) xsdFail('XsdInvalid', `${tagOf(c)} is not allowed in xs:attributeGroup`, c);
  }
  ctx.inProgress.add(key);
  const set = nested(ctx, node, () => mapAttributes(ctx, children));
  ctx.inProgress.delete(key);
  return set;
}

function mapAttribute(ctx: XsdContext, node: XsdNode): AttributeDecl {
  const use = attr(node, 'use')?.trim() ?? 'optional';
  if (use !== 'optional' && use !== 'required' && use !== 'prohibited') {
    xsdFail('XsdInvalid', `use="${use}" must be optional, required or prohibited`, node);
  }
  const ref = attr(node, 'ref');
  let decl = node;
  let name = attr(node, 'name')?.trim();
  if (ref !== undefined) {
    if (name !== undefined) xsdFail('XsdInvalid', 'xs:attribute cannot have both name and ref', node);
    name = resolveQName(node, ref).local;
    const global = ctx.components.attributes.get(name);
    if (global === undefined) xsdFail('XsdUnresolvedRef', `attribute ref "${ref}" names no global xs:attribute`, node);
    decl = global;
  }
  if (name === undefined || name === '') xsdFail('XsdInvalid', 'xs:attribute needs a name or a ref', node);
  const dflt = attr(node, 'default') ?? attr(decl, 'default');
  const fixed = attr(node, 'fixed') ?? attr(decl, 'fixed');
  if (dflt !== undefined && fixed !== undefined)
    xsdFail('XsdInvalid', `attribute "${name}" has both default and fixed`, node);
  if (dflt !== undefined && use === 'required') {
    xsdFail('XsdInvalid', `attribute "${name}" is required and so cannot have a default`, node);
  }
  const doc = readDoc(node) ?? readDoc(decl);
  return {
    name,
    type: attributeType(ctx, decl),
    required: use === 'required',
    prohibited: use === 'prohibited',
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(fixed !== undefined ? { fixed } : {}),
    ...(doc !== undefined ? { doc } : {}),
    origin: originOf(node),
  };
}

function attributeType(ctx: XsdContext, decl: XsdNode): IrType {
  const typeName = attr(decl, 'type');
  const inline = xsdChildren(decl);
  for (const c of inline) {
    if (c.el.local !== 'simpleType') xsdFail('XsdInvalid', `${tagOf(c)} is not allowed in xs:attribute`, c);
  }
  const [first, second] = inline;
  if ((typeName !== undefined && first !== undefined) || second !== undefined) {
    xsdFail('XsdInvalid', 'xs:attribute may have one type: a type= attribute or one inline xs:simpleType', decl);
  }
  if (typeName !== undefined) {
    const t = lookupTypeName(ctx, decl, typeName);
    if (t.kind === 'anyType' || (t.kind === 'named' && t.node.el.local !== 'simpleType')) {
      xsdFail('XsdInvalid', `attribute type "${typeName}" must be a simple type`, decl);
    }
    return typeNameToIr(ctx, t);
  }
  if (first !== undefined) return mapSimpleType(ctx, first);
  return { kind: 'primitive', builtin: 'anySimpleType', facets: {} };
}

/**
 * A derived type's attribute uses: the base's, with own uses replacing same-named ones in place
 * and new ones appended; in a restriction, use="prohibited" removes the base attribute.
 */
export function mergeAttributes(
  base: readonly AttributeDecl[],
  own: readonly AttributeDecl[],
  derivation: 'extension' | 'restriction',
): AttributeDecl[] {
  const out = [...base];
  for (const a of own) {
    const i = out.findIndex((b) => b.name === a.name);
    if (a.prohibited) {
      if (derivation === 'restriction' && i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = a;
    else out.push(a);
  }
  return out;
}

/** IR fields for attribute uses; `taken` holds element field names (and `value` with text). */
export function attributeFields(attrs: readonly AttributeDecl[], taken: ReadonlySet<string>): IrField[] {
  return attrs
    .filter((a) => !a.prohibited)
    .map((a) => ({
      name: taken.has(a.name) ? `${a.name}Attr` : a.name,
      xml: { local: a.name, node: 'attribute' as const },
      type: a.type,
      occurs: { min: a.required ? 1 : 0, max: 1 },
      nillable: false,
      ...(a.default !== undefined ? { default: a.default } : {}),
      ...(a.fixed !== undefined ? { fixed: a.fixed } : {}),
      ...(a.doc !== undefined ? { doc: a.doc } : {}),
      origin: a.origin,
    }));
}
