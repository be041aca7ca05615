/**
 * Reads the attribute uses of a complex type (or extension/restriction step) one to one:
 * `xs:attribute` (local, or `ref=` to a global attribute, whose declaration is read in place),
 * `xs:attributeGroup ref` (inlined, recursively), `xs:anyAttribute` (→ open attributes). A type
 * name stays a name; an inline xs:simpleType is read in place. An `xs:attribute
 * use="prohibited"` inside an attribute group makes no attribute use (XSD 1.0 §3.6.2: a group's
 * uses are those of its attributes, and a prohibited attribute has none, §3.2.2), so it removes
 * nothing from a base type; only one written directly in a restriction does (§3.4.2, clause 3.3.2).
 *
 * @see XSD 1.1 Part 1 §3.2 (Attribute declarations), §3.5 (Attribute uses), §3.6 (Attribute
 * group definitions), §3.10 (Wildcards), §3.4.2.2 (attribute uses of derived types)
 */

import { lookupTypeName } from './lookup-type-name.js';
import { readDoc } from './read-doc.js';
import { readSimpleType } from './read-simple-type.js';
import { type AttributeWildcard, combineWildcards, readAttributeWildcard } from './read-wildcard.js';
import { localName, resolveQName } from './resolve-qname.js';
import type { AttributeDef } from './xsd-components.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, originOf, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export interface AttributeSet {
  readonly attrs: readonly AttributeDef[];
  readonly open: boolean;
  /** The complete attribute wildcard (§3.4.2), when `open`. */
  readonly wildcard?: AttributeWildcard;
}

export const ATTRIBUTE_NODES: ReadonlySet<string> = new Set(['attribute', 'attributeGroup', 'anyAttribute']);

/** Reads the attribute-related nodes among `nodes` (others are the caller's business). */
export function readAttributes(ctx: XsdContext, nodes: readonly XsdNode[]): AttributeSet {
  const attrs: AttributeDef[] = [];
  let open = false;
  const add = (a: AttributeDef, at: XsdNode) => {
    if (attrs.some((x) => x.name === a.name)) xsdFail('XsdInvalid', `attribute "${a.name}" is declared twice`, at);
    attrs.push(a);
  };
  let own: AttributeWildcard | undefined;
  let groups: AttributeWildcard | undefined;
  for (const node of nodes) {
    const local = node.el.local;
    if (local === 'anyAttribute') {
      open = true;
      own = readAttributeWildcard(node);
    } else if (local === 'attribute') add(readAttribute(ctx, node), node);
    else if (local === 'attributeGroup') {
      const inner = attributeGroup(ctx, node);
      for (const a of inner.attrs) if (!a.prohibited) add(a, node);
      open ||= inner.open;
      if (inner.wildcard !== undefined) groups = combineWildcards(groups, inner.wildcard, 'intersection', node);
    }
  }
  // The local wildcard's processContents wins; the namespaces are the intersection of all.
  const at = nodes[0]!;
  const wildcard = own !== undefined ? combineWildcards(own, groups, 'intersection', at) : groups;
  return { attrs, open, ...(wildcard !== undefined ? { wildcard } : {}) };
}

function attributeGroup(ctx: XsdContext, node: XsdNode): AttributeSet {
  const ref = attr(node, 'ref');
  if (ref === undefined) xsdFail('XsdInvalid', 'xs:attributeGroup inside a type needs a ref', node);
  const name = resolveQName(node, ref).key;
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
  const set = nested(ctx, node, () => readAttributes(ctx, children));
  ctx.inProgress.delete(key);
  return set;
}

function readAttribute(ctx: XsdContext, node: XsdNode): AttributeDef {
  const use = attr(node, 'use')?.trim() ?? 'optional';
  if (use !== 'optional' && use !== 'required' && use !== 'prohibited') {
    xsdFail('XsdInvalid', `use="${use}" must be optional, required or prohibited`, node);
  }
  const ref = attr(node, 'ref');
  let decl = node;
  const own = attr(node, 'name')?.trim();
  let name = own !== undefined && own !== '' ? localName(node, own, 'attribute') : own;
  if (ref !== undefined) {
    if (name !== undefined) xsdFail('XsdInvalid', 'xs:attribute cannot have both name and ref', node);
    name = resolveQName(node, ref).key;
    const global = ctx.components.attributes.get(name);
    if (global === undefined) xsdFail('XsdUnresolvedRef', `attribute ref "${ref}" names no global xs:attribute`, node);
    decl = global;
  }
  if (name === undefined || name === '') xsdFail('XsdInvalid', 'xs:attribute needs a name or a ref', node);
  // A use's own fixed value replaces its declaration's default; a declaration's fixed value stays
  // (au-props-correct 2: only a fixed declaration constrains the use, which then cannot have a default).
  const ownFixed = attr(node, 'fixed');
  const dflt = attr(node, 'default') ?? (ownFixed === undefined ? attr(decl, 'default') : undefined);
  const fixed = ownFixed ?? attr(decl, 'fixed');
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

/** The type of the attribute declaration `decl` as written (global declarations are read with it). */
export function attributeType(ctx: XsdContext, decl: XsdNode): AttributeDef['type'] {
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
    return { kind: 'name', name: t };
  }
  if (first !== undefined) return { kind: 'inline', def: readSimpleType(ctx, first) };
  return { kind: 'anySimpleType' };
}
