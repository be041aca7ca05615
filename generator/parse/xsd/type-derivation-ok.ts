/**
 * Type Derivation OK over the schema documents themselves (before anything is mapped), for the
 * constraints that compare two element declarations' types: which type definition an element
 * declaration has (its `type=`, its inline type, else its substitution-group head's type, else
 * xs:anyType), and the set of derivation methods met on the way from one type definition up to
 * another ('not derived' when it does not derive from it at all).
 *
 * Each step up a chain is a complex type's extension or restriction (a complex type written
 * without simpleContent/complexContent restricts xs:anyType), a simple type's restriction, list or
 * union (all three count as restriction: XSD 1.0 blocks simple derivations only by restriction),
 * or a built-in's step in the built-in hierarchy. A type definition also derives from a union
 * whose member types it derives from (by restriction, §3.14.6 2.2.4). Anonymous types are
 * compared by their node, named ones by their node too, built-ins by expanded name; a type name
 * that names nothing ends the chain (its reference is reported by the reader that maps it).
 *
 * @see XSD 1.0 Part 1 §3.3.2 ({type definition} of an element declaration), §3.4.6 Type
 *      Derivation OK (Complex), §3.14.6 Type Derivation OK (Simple); Part 2 §3 (built-in hierarchy)
 */
import { expandedName } from '../../../runtime/xml/xml-namespaces.js';
import { derivationOfBuiltin } from '../../../runtime/xml/xsi-type.js';
import { resolveQName } from './resolve-qname.js';
import type { XsdContext } from './xsd-context.js';
import { attr, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

/** A type definition: a built-in by expanded name, or a complexType / simpleType node (named or anonymous). */
export type TypeDef =
  | { readonly kind: 'builtin'; readonly name: string }
  | { readonly kind: 'node'; readonly node: XsdNode };

export type DerivationMethod = 'extension' | 'restriction';

const ANY_TYPE_NAME = expandedName(XSD_NS, 'anyType');
const ANY_TYPE: TypeDef = { kind: 'builtin', name: ANY_TYPE_NAME };
const ANY_SIMPLE_TYPE: TypeDef = { kind: 'builtin', name: expandedName(XSD_NS, 'anySimpleType') };
/** Steps followed at most (named chains are bounded earlier by check-derivation-chains.ts). */
const MAX_STEPS = 4096;
/** Unions inside unions followed at most. */
const MAX_UNION_DEPTH = 16;

/** The type definition of the element declaration at `node`; undefined when its type name names nothing. */
export function elementTypeDef(ctx: XsdContext, node: XsdNode): TypeDef | undefined {
  const seen = new Set<XsdNode['el']>();
  for (let el: XsdNode | undefined = node; el !== undefined && !seen.has(el.el); ) {
    seen.add(el.el);
    const typeName = attr(el, 'type');
    if (typeName !== undefined) return typeNamed(ctx, el, typeName);
    const inline = xsdChildren(el).find((c) => c.el.local === 'complexType' || c.el.local === 'simpleType');
    if (inline !== undefined) return { kind: 'node', node: inline };
    const head = attr(el, 'substitutionGroup')?.trim().split(/\s+/)[0];
    if (head === undefined || head === '') return ANY_TYPE;
    el = ctx.components.elements.get(resolveQName(el, head).key);
  }
  return undefined; // a circular substitution group: refused before this by check-substitution-cycles.ts
}

/**
 * The derivation methods met going up from `from` to `to`: an empty set when they are the same
 * type definition; 'not derived' when `from` does not derive from `to`; 'unknown' when a chain
 * stops at a reference that names nothing or a malformed definition (reported where it is mapped).
 * When derived, `intermediates` receives the type definitions strictly between the two (a union
 * member the derivation goes through counts as one).
 */
export function derivationMethods(
  ctx: XsdContext,
  from: TypeDef,
  to: TypeDef,
  depth = 0,
  intermediates?: TypeDef[],
): Set<DerivationMethod> | 'not derived' | 'unknown' {
  const methods = new Set<DerivationMethod>();
  const passed: TypeDef[] = [];
  let cur: TypeDef = from;
  let unknown = true; // stays so when the chain breaks or is longer than MAX_STEPS
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (sameType(cur, to)) {
      intermediates?.push(...passed);
      return methods;
    }
    if (steps > 0) passed.push(cur);
    const step = baseStep(ctx, cur);
    if (step === 'top') unknown = false;
    if (step === 'top' || step === 'unknown' || step.base === undefined) break;
    methods.add(step.method);
    cur = step.base;
  }
  const union = to.kind === 'node' && to.node.el.local === 'simpleType' ? xsdChildren(to.node)[0] : undefined;
  if (depth < MAX_UNION_DEPTH && union?.el.local === 'union') {
    for (const member of unionMembers(ctx, union)) {
      const between: TypeDef[] = [];
      const via = derivationMethods(ctx, from, member, depth + 1, between);
      if (via === 'unknown') unknown = true;
      else if (via !== 'not derived') {
        intermediates?.push(...between, member);
        return via.add('restriction');
      }
    }
  }
  return unknown ? 'unknown' : 'not derived';
}

function sameType(a: TypeDef, b: TypeDef): boolean {
  return a.kind === 'builtin'
    ? b.kind === 'builtin' && a.name === b.name
    : b.kind === 'node' && a.node.el === b.node.el;
}

type Step = { method: DerivationMethod; base: TypeDef | undefined } | 'top' | 'unknown';

/** One step up: the base type definition and how `t` derives from it; 'top' at xs:anyType. */
function baseStep(ctx: XsdContext, t: TypeDef): Step {
  if (t.kind === 'builtin') {
    if (t.name === ANY_TYPE_NAME) return 'top';
    const d = t.name.startsWith(`{${XSD_NS}}`) ? derivationOfBuiltin(t.name.slice(XSD_NS.length + 2)) : undefined;
    return d === undefined ? 'unknown' : { method: 'restriction', base: { kind: 'builtin', name: d.base } };
  }
  const node = t.node;
  if (node.el.local === 'complexType') {
    const content = xsdChildren(node).find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
    if (content === undefined) return { method: 'restriction', base: ANY_TYPE };
    const step = xsdChildren(content).find((c) => c.el.local === 'extension' || c.el.local === 'restriction');
    const base = step && attr(step, 'base');
    if (step === undefined || base === undefined) return 'unknown';
    return { method: step.el.local as DerivationMethod, base: typeNamed(ctx, step, base) };
  }
  const body = xsdChildren(node)[0];
  if (body === undefined) return 'unknown';
  if (body.el.local === 'list' || body.el.local === 'union') return { method: 'restriction', base: ANY_SIMPLE_TYPE };
  if (body.el.local !== 'restriction') return 'unknown';
  const base = attr(body, 'base');
  if (base !== undefined) return { method: 'restriction', base: typeNamed(ctx, body, base) };
  const inline = xsdChildren(body).find((c) => c.el.local === 'simpleType');
  return inline === undefined ? 'unknown' : { method: 'restriction', base: { kind: 'node', node: inline } };
}

/** A union's member type definitions: `memberTypes=` then its inline simple types. */
function unionMembers(ctx: XsdContext, union: XsdNode): TypeDef[] {
  const out: TypeDef[] = [];
  for (const token of (attr(union, 'memberTypes') ?? '').trim().split(/\s+/)) {
    const t = token === '' ? undefined : typeNamed(ctx, union, token);
    if (t !== undefined) out.push(t);
  }
  for (const c of xsdChildren(union)) if (c.el.local === 'simpleType') out.push({ kind: 'node', node: c });
  return out;
}

/**
 * The type definition a type QName at `at` names, as lookup-type-name.ts resolves it (a
 * no-namespace schema whose default namespace is the XSD namespace names its own types
 * unprefixed first); undefined when it names nothing.
 */
export function typeNamed(ctx: XsdContext, at: XsdNode, value: string): TypeDef | undefined {
  const q = resolveQName(at, value);
  if (q.uri === XSD_NS) {
    const own = q.prefix === '' && at.doc.targetNamespace === '' ? ctx.components.types.get(q.local) : undefined;
    return own !== undefined ? { kind: 'node', node: own } : { kind: 'builtin', name: q.key };
  }
  const own = ctx.components.types.get(q.key);
  return own !== undefined ? { kind: 'node', node: own } : undefined;
}
