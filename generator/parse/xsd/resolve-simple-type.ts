/**
 * Resolves a `SimpleTypeDef` to IR:
 * - restriction with enumerations → `{kind:'enum', base: <resolved builtin>, values}`;
 * - restriction with other facets → `{kind:'primitive', builtin, facets}` with the facets of the
 *   whole derivation chain merged (patterns of each step appended);
 * - restriction without facets → the base as referenced (a `ref`, or the built-in primitive);
 * - xs:list → `{kind:'list', item}`; xs:union (memberTypes + inline members) → `{kind:'union'}`.
 * A restriction that adds non-enumeration facets to an enum keeps the enum values those facets
 * allow. A restriction of a list or union keeps its facets and enumeration on the list/union.
 * Every step's facets are checked against its base first (check-facets.ts).
 *
 * Named simple types are read and resolved once each (memoised in the context); following a
 * `ref` to a type that is being resolved is a circular derivation (`XsdInvalid`).
 *
 * @see XSD 1.1 Part 2 §4.1.2 (XML representation of simple type definitions), §4.3 (facets)
 */
import { compileSimple } from '../../../runtime/xml/simple-checker.js';
import { simpleModelOf } from '../../compile/compile-simple-type.js';
import { splitIrId } from '../../ir/ir-id.js';
import type { IrSchema, IrType, XsdBuiltin } from '../../ir/ir-types.js';
import { checkRestriction, recordFixedFacets } from './check-facets.js';
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
      // Derivation Valid (Restriction, Simple) 1.1: the base is atomic or a primitive, never the
      // simple ur-type itself.
      if (def.base.kind === 'name' && def.base.name.kind === 'builtin' && def.base.name.builtin === 'anySimpleType')
        xsdFail('XsdInvalid', 'xs:anySimpleType cannot be the base of a simple type restriction', def.at);
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
    nested(ctx, node, () => {
      const t = resolveSimpleType(ctx, simpleTypeDef(ctx, node));
      if (t.kind === 'list' || t.kind === 'union') checkVariety(ctx, t, node);
      // A restriction without facets is its base as referenced; following it here meets this type
      // again when the chain is circular (A restricts B restricts A: XSD Part 2 §4.1.6).
      if (t.kind === 'ref') resolveSimple(ctx, t, node);
      return t;
    }),
  );
  ctx.namedTypes.set(name, type);
  return type;
}

/**
 * Applies one restriction step's facets to a (possibly referenced) simple base type, after
 * checking them against the base (check-facets.ts).
 */
export function restrictSimple(ctx: XsdContext, base: IrType, r: RestrictionFacets, at: XsdNode): IrType {
  if (isEmptyRestriction(r)) return base;
  const resolved = resolveSimple(ctx, base, at);
  checkRestriction(resolved, r, at, (t) => valueChecker(ctx, t, at));
  const derived = derive(ctx, resolved, r, at);
  recordFixedFacets(resolved, r, derived);
  return derived;
}

function derive(ctx: XsdContext, resolved: IrType, r: RestrictionFacets, at: XsdNode): IrType {
  switch (resolved.kind) {
    case 'primitive':
      if (r.enumeration !== undefined)
        return {
          kind: 'enum',
          base: resolved.builtin,
          values: withinFacets(ctx, resolved.builtin, r, r.enumeration, at),
        };
      return { kind: 'primitive', builtin: resolved.builtin, facets: mergeFacets(resolved.facets, r.facets) };
    case 'enum':
      return {
        kind: 'enum',
        base: resolved.base,
        values: withinFacets(ctx, resolved.base, r, r.enumeration ?? resolved.values, at),
      };
    case 'list':
    case 'union': {
      const facets = mergeFacets(resolved.facets ?? {}, r.facets);
      const values = r.enumeration ?? resolved.values;
      return {
        ...resolved,
        ...(Object.keys(facets).length > 0 ? { facets } : {}),
        ...(values !== undefined ? { values } : {}),
      };
    }
    case 'any':
    case 'object':
    case 'ref':
      return xsdFail('XsdInvalid', 'the base of a facet restriction must be a simple type', at);
  }
}

/**
 * A union must not reach itself through its members, and a list's item type must be atomic or a
 * union of atomic types: `XsdInvalid` at `at` (resolving the members meets the union in progress).
 */
function checkVariety(ctx: XsdContext, t: IrType, at: XsdNode): void {
  const closed = closedSimple(ctx, t, at);
  if (closed.kind !== 'list') return;
  const hasList = (x: IrType): boolean =>
    x.kind === 'list' ||
    (x.kind === 'primitive' && LIST_BUILTINS.has(x.builtin)) ||
    (x.kind === 'union' && x.members.some(hasList));
  if (hasList(closed.item)) xsdFail('XsdInvalid', 'the item type of an xs:list must not be a list type', at);
}

/**
 * The enumeration values that also satisfy the other facets of the same step (an enumeration and
 * a facet in one step both restrict: the value space is their intersection).
 */
function withinFacets(
  ctx: XsdContext,
  builtin: XsdBuiltin,
  r: RestrictionFacets,
  values: readonly string[],
  at: XsdNode,
): readonly string[] {
  if (Object.keys(r.facets).length === 0) return values;
  const check = valueChecker(ctx, { kind: 'primitive', builtin, facets: r.facets }, at);
  return values.filter((v) => check(v) === undefined);
}

/** A value checker of simple type `t` (named types followed), for facet values in the schema. */
function valueChecker(ctx: XsdContext, t: IrType, at: XsdNode): (v: string) => string | undefined {
  const model = simpleModelOf(NO_NAMED_TYPES, closedSimple(ctx, t, at), () => {});
  const checker = compileSimple(model);
  return (v) => checker.check(v);
}

const LIST_BUILTINS: ReadonlySet<string> = new Set(['NMTOKENS', 'IDREFS', 'ENTITIES']);
const NO_NAMED_TYPES: IrSchema = { id: '', format: 'xsd', file: '', types: [], roots: [] };

/**
 * `t` with every `ref` (list items, union members included) replaced by the named type's IR. A
 * union's members that are unions without facets of their own are flattened into it and repeats
 * dropped (the same value space, XSD Part 2 §2.4.1.3), so a union of unions of the same types
 * stays as small as its distinct members instead of doubling per level.
 */
function closedSimple(ctx: XsdContext, t: IrType, at: XsdNode): IrType {
  if (t.kind !== 'ref') return closeStructure(ctx, t, at);
  const hit = ctx.closedSimpleTypes.get(t.target);
  if (hit !== undefined) return hit;
  const closed = closeStructure(ctx, resolveSimple(ctx, t, at), at);
  ctx.closedSimpleTypes.set(t.target, closed);
  return closed;
}

function closeStructure(ctx: XsdContext, resolved: IrType, at: XsdNode): IrType {
  return nested(ctx, at, () => {
    switch (resolved.kind) {
      case 'list':
        return { ...resolved, item: closedSimple(ctx, resolved.item, at) };
      case 'union': {
        const members = new Set<IrType>();
        for (const m of resolved.members) {
          const c = closedSimple(ctx, m, at);
          const flat = c.kind === 'union' && c.facets === undefined && c.values === undefined;
          for (const x of flat ? c.members : [c]) members.add(x);
        }
        return { ...resolved, members: [...members] };
      }
      default:
        return resolved;
    }
  });
}

/**
 * Follows `ref`s to named simple types until a structural type is reached. The readers let only
 * simple types be the base of a restriction, so every `ref` met here names a simple type.
 */
function resolveSimple(ctx: XsdContext, t: IrType, at: XsdNode): IrType {
  let current = t;
  const seen = new Set<string>();
  while (current.kind === 'ref') {
    const name = splitIrId(current.target).name;
    if (seen.has(name)) xsdFail('XsdInvalid', `circular simple type derivation through "${name}"`, at);
    seen.add(name);
    current = namedSimpleType(ctx, name, at);
  }
  return current;
}
