/**
 * Maps an `xs:simpleType` (named or anonymous) to IR:
 * - restriction with enumerations → `{kind:'enum', base: <resolved builtin>, values}`;
 * - restriction with other facets → `{kind:'primitive', builtin, facets}` with the facets of the
 *   whole derivation chain merged (patterns of each step appended);
 * - restriction without facets → the base as referenced (a `ref`, or the built-in primitive);
 * - xs:list → `{kind:'list', item}`; xs:union (memberTypes + inline members) → `{kind:'union'}`.
 * A restriction that adds non-enumeration facets to an enum keeps the enum (its values already
 * fix the lexical space). Facets on list/union types raise `XsdUnsupported`.
 *
 * @see XSD 1.1 Part 2 §4.1.2 (XML representation of simple type definitions), §4.3 (facets)
 */
import type { IrType } from '../../ir/ir-types.js';
import { namedType } from './named-type.js';
import { isEmptyRestriction, mergeFacets, type RestrictionFacets, readFacets } from './read-facets.js';
import { lookupTypeName, resolveTypeName, typeNameToIr } from './resolve-type-name.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export function mapSimpleType(ctx: XsdContext, node: XsdNode): IrType {
  return nested(ctx, node, () => simpleTypeOf(ctx, node));
}

function simpleTypeOf(ctx: XsdContext, node: XsdNode): IrType {
  const children = xsdChildren(node);
  const [body, extra] = children;
  if (body === undefined) xsdFail('XsdInvalid', 'xs:simpleType needs a restriction, list or union', node);
  if (extra !== undefined) xsdFail('XsdInvalid', `unexpected ${tagOf(extra)} after ${tagOf(body)}`, extra);
  switch (body.el.local) {
    case 'restriction':
      return restrictionType(ctx, body);
    case 'list':
      return listType(ctx, body);
    case 'union':
      return unionType(ctx, body);
    default:
      return xsdFail('XsdUnsupported', `${tagOf(body)} inside xs:simpleType is not supported`, body);
  }
}

/** The base of a restriction/list step: `base=` (or `itemType=`) XOR one inline xs:simpleType. */
function stepBase(ctx: XsdContext, step: XsdNode, attrName: 'base' | 'itemType'): IrType {
  const named = attr(step, attrName);
  const inline = xsdChildren(step).filter((c) => c.el.local === 'simpleType');
  if (named !== undefined && inline.length > 0) {
    xsdFail('XsdInvalid', `${tagOf(step)} has both ${attrName}= and an inline xs:simpleType`, step);
  }
  if (named !== undefined) {
    const t = lookupTypeName(ctx, step, named);
    if (t.kind === 'anyType') xsdFail('XsdInvalid', `xs:anyType cannot be the base of a simple type`, step);
    if (t.kind === 'named' && t.node.el.local !== 'simpleType') {
      xsdFail('XsdInvalid', `"${named}" is a complex type; a simple type must derive from a simple type`, step);
    }
    return typeNameToIr(ctx, t);
  }
  const [first] = inline;
  if (first === undefined) xsdFail('XsdInvalid', `${tagOf(step)} needs ${attrName}= or an inline xs:simpleType`, step);
  return mapSimpleType(ctx, first);
}

function restrictionType(ctx: XsdContext, step: XsdNode): IrType {
  return restrictSimple(ctx, stepBase(ctx, step, 'base'), readFacets(step), step);
}

function listType(ctx: XsdContext, step: XsdNode): IrType {
  return { kind: 'list', item: stepBase(ctx, step, 'itemType') };
}

function unionType(ctx: XsdContext, step: XsdNode): IrType {
  const members: IrType[] = [];
  for (const token of (attr(step, 'memberTypes') ?? '').trim().split(/\s+/)) {
    if (token !== '') members.push(resolveTypeName(ctx, step, token));
  }
  for (const child of xsdChildren(step)) {
    if (child.el.local !== 'simpleType') xsdFail('XsdInvalid', `${tagOf(child)} is not allowed in xs:union`, child);
    members.push(mapSimpleType(ctx, child));
  }
  if (members.length === 0) xsdFail('XsdInvalid', 'xs:union has no member types', step);
  return { kind: 'union', members };
}

/** Applies one restriction step's facets to a (possibly referenced) simple base type. */
export function restrictSimple(ctx: XsdContext, base: IrType, r: RestrictionFacets, at: XsdNode): IrType {
  if (isEmptyRestriction(r)) return base;
  const resolved = resolveSimple(ctx, base, at);
  switch (resolved.kind) {
    case 'primitive':
      if (r.enumeration !== undefined) return { kind: 'enum', base: resolved.builtin, values: r.enumeration };
      return { kind: 'primitive', builtin: resolved.builtin, facets: mergeFacets(resolved.facets, r.facets) };
    case 'enum':
      if (r.enumeration !== undefined) return { kind: 'enum', base: resolved.base, values: r.enumeration };
      return resolved;
    case 'list':
    case 'union':
      return xsdFail('XsdUnsupported', `facets on a derived xs:${resolved.kind} type are not supported`, at);
    case 'any':
    case 'object':
    case 'ref':
      return xsdFail('XsdInvalid', 'the base of a facet restriction must be a simple type', at);
  }
}

/** Follows `ref`s to named simple types until a structural type is reached. */
export function resolveSimple(ctx: XsdContext, t: IrType, at: XsdNode): IrType {
  let current = t;
  const seen = new Set<string>();
  while (current.kind === 'ref') {
    const name = current.target.slice(current.target.lastIndexOf('#') + 1);
    if (seen.has(name)) xsdFail('XsdInvalid', `circular simple type derivation through "${name}"`, at);
    seen.add(name);
    current = namedType(ctx, name, at);
  }
  return current;
}
