/**
 * Resolves a `SimpleTypeDef` to IR:
 * - restriction with enumerations → `{kind:'enum', base: <resolved builtin>, values}`;
 * - restriction with other facets → `{kind:'primitive', builtin, facets}` with the facets of the
 *   whole derivation chain merged (patterns of each step appended);
 * - restriction without facets → the base as referenced (a `ref`, or the built-in primitive);
 * - xs:list → `{kind:'list', item}`; xs:union (memberTypes + inline members) → `{kind:'union'}`.
 * A restriction that adds non-enumeration facets to an enum keeps the enum (its values already
 * fix the lexical space). Facets on list/union types raise `XsdUnsupported`.
 *
 * Named simple types are read and resolved once each (memoised in the context); following a
 * `ref` to a type that is being resolved is a circular derivation (`XsdInvalid`).
 *
 * @see XSD 1.1 Part 2 §4.1.2 (XML representation of simple type definitions), §4.3 (facets)
 */
import type { IrType } from '../../ir/ir-types.js';
import { typeNameToIr } from './lookup-type-name.js';
import { isEmptyRestriction, mergeFacets, type RestrictionFacets } from './read-facets.js';
import { simpleTypeDef } from './read-simple-type.js';
import type { SimpleTypeDef, SimpleTypeUse } from './xsd-components.js';
import { guarded, nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import type { XsdNode } from './xsd-node.js';

export function resolveSimpleType(ctx: XsdContext, def: SimpleTypeDef): IrType {
  switch (def.kind) {
    case 'restriction':
      return restrictSimple(ctx, simpleTypeUse(ctx, def.base), def.facets, def.at);
    case 'list':
      return { kind: 'list', item: simpleTypeUse(ctx, def.item) };
    case 'union':
      return { kind: 'union', members: def.members.map((m) => simpleTypeUse(ctx, m)) };
  }
}

export function simpleTypeUse(ctx: XsdContext, use: SimpleTypeUse): IrType {
  return use.kind === 'name' ? typeNameToIr(ctx, use.name) : resolveSimpleType(ctx, use.def);
}

/** The IR of the named simple type `name` (read and resolved once); `at` locates the reference. */
export function namedSimpleType(ctx: XsdContext, name: string, at: XsdNode): IrType {
  const cached = ctx.namedTypes.get(name);
  if (cached !== undefined) return cached;
  const node = ctx.components.types.get(name);
  if (node === undefined) return xsdFail('XsdUnresolvedType', `type "${name}" is not defined`, at);
  const type = guarded(ctx, `type:${name}`, at, `circular type derivation through "${name}"`, () =>
    nested(ctx, node, () => resolveSimpleType(ctx, simpleTypeDef(ctx, node))),
  );
  ctx.namedTypes.set(name, type);
  return type;
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

/**
 * Follows `ref`s to named simple types until a structural type is reached. The readers let only
 * simple types be the base of a restriction, so every `ref` met here names a simple type.
 */
function resolveSimple(ctx: XsdContext, t: IrType, at: XsdNode): IrType {
  let current = t;
  const seen = new Set<string>();
  while (current.kind === 'ref') {
    const name = current.target.slice(current.target.lastIndexOf('#') + 1);
    if (seen.has(name)) xsdFail('XsdInvalid', `circular simple type derivation through "${name}"`, at);
    seen.add(name);
    current = namedSimpleType(ctx, name, at);
  }
  return current;
}
