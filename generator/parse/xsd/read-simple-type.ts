/**
 * Reads an `xs:simpleType` (named or anonymous) one to one into a `SimpleTypeDef`: a restriction
 * (its base and the facets of this step), a list (its item type) or a union (memberTypes, then
 * inline members). Type names stay names; anonymous simple types inside are read in place. What
 * the definition means in IR (facets merged along the chain, enumerations) is decided when it is
 * resolved (resolve-simple-type.ts).
 *
 * @see XSD 1.1 Part 2 §4.1.2 (XML representation of simple type definitions)
 */

import { lookupTypeName } from './lookup-type-name.js';
import { readFacets } from './read-facets.js';
import type { SimpleTypeDef, SimpleTypeUse } from './xsd-components.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

/** Children of a complex type's restriction that a simple type's restriction must not have. */
const NOT_IN_SIMPLE_RESTRICTION: ReadonlySet<string> = new Set([
  'attribute',
  'attributeGroup',
  'anyAttribute',
  'sequence',
  'choice',
  'all',
  'group',
]);

/** Reads `node` one nesting level deeper (see `nested`). */
export function readSimpleType(ctx: XsdContext, node: XsdNode): SimpleTypeDef {
  return nested(ctx, node, () => simpleTypeDef(ctx, node));
}

/** Reads `node` at the current nesting level (the caller counts the level). */
export function simpleTypeDef(ctx: XsdContext, node: XsdNode): SimpleTypeDef {
  const children = xsdChildren(node);
  const [body, extra] = children;
  if (body === undefined) xsdFail('XsdInvalid', 'xs:simpleType needs a restriction, list or union', node);
  if (extra !== undefined) xsdFail('XsdInvalid', `unexpected ${tagOf(extra)} after ${tagOf(body)}`, extra);
  switch (body.el.local) {
    case 'restriction':
      for (const c of xsdChildren(body)) {
        if (NOT_IN_SIMPLE_RESTRICTION.has(c.el.local)) {
          xsdFail('XsdInvalid', `${tagOf(c)} is not allowed in the xs:restriction of a simple type`, c);
        }
      }
      return { kind: 'restriction', base: stepBase(ctx, body, 'base'), facets: readFacets(body), at: body };
    case 'list':
      return { kind: 'list', item: stepBase(ctx, body, 'itemType') };
    case 'union':
      return { kind: 'union', members: unionMembers(ctx, body) };
    default:
      // XSD 1.0 and 1.1 both allow only restriction, list or union here.
      return xsdFail('XsdInvalid', `${tagOf(body)} is not allowed in xs:simpleType (restriction, list or union)`, body);
  }
}

/** The base of a restriction/list step: `base=` (or `itemType=`) XOR one inline xs:simpleType. */
function stepBase(ctx: XsdContext, step: XsdNode, attrName: 'base' | 'itemType'): SimpleTypeUse {
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
    return { kind: 'name', name: t };
  }
  const [first, second] = inline;
  if (second !== undefined) xsdFail('XsdInvalid', `${tagOf(step)} has more than one inline xs:simpleType`, second);
  // Its content is (annotation?, simpleType?, facets*): the inline base comes before every facet.
  if (first !== undefined && xsdChildren(step)[0]?.el !== first.el) {
    xsdFail('XsdInvalid', `the inline xs:simpleType of ${tagOf(step)} must come before its facets`, first);
  }
  if (first === undefined) xsdFail('XsdInvalid', `${tagOf(step)} needs ${attrName}= or an inline xs:simpleType`, step);
  return { kind: 'inline', def: readSimpleType(ctx, first) };
}

function unionMembers(ctx: XsdContext, step: XsdNode): SimpleTypeUse[] {
  const members: SimpleTypeUse[] = [];
  for (const token of (attr(step, 'memberTypes') ?? '').trim().split(/\s+/)) {
    if (token !== '') members.push({ kind: 'name', name: lookupTypeName(ctx, step, token) });
  }
  for (const child of xsdChildren(step)) {
    if (child.el.local !== 'simpleType') xsdFail('XsdInvalid', `${tagOf(child)} is not allowed in xs:union`, child);
    members.push({ kind: 'inline', def: readSimpleType(ctx, child) });
  }
  if (members.length === 0) xsdFail('XsdInvalid', 'xs:union has no member types', step);
  return members;
}
