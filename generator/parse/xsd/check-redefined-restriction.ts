/**
 * The model groups and attribute groups an xs:redefine restricts (they do not refer to their
 * original, read-redefine.ts), checked against the original once every component is read:
 * - an attribute group restricts its original by the attribute rules of Derivation Valid
 *   (Restriction, Complex) (src-redefine 7.2.2; §3.4.6 clauses 2–4): each of its attribute uses
 *   matches one of the original's, required if that one is, of a type derived from that one's
 *   (type-derivation-ok.ts), with its fixed value if it has one, or else is allowed by the
 *   original's wildcard; every required use of the original is kept; its wildcard, if any, is a
 *   subset of the original's, with processContents as strict or stricter;
 * - a model group and its original are both read, so that what they refer to resolves; whether
 *   the one is a valid restriction of the other (src-redefine 6.2.2, Particle Valid
 *   (Restriction) §3.9.6) is not checked, as it is not for complex type restrictions.
 * Violations are `XsdInvalid` at the attribute use or at the redefinition.
 *
 * @see XSD 1.0 Part 1 §4.2.2 (src-redefine 6.2, 7.2), §3.4.6, §3.10.6 (Wildcard Subset),
 *      §3.14.6 (Type Derivation OK (Simple))
 */
import type { WildcardNamespaces } from '../../../runtime/schema-model.js';
import { wildcardAllows } from '../../../runtime/xml/wildcard.js';
import { expandedName } from '../../../runtime/xml/xml-namespaces.js';
import { fail } from '../../diagnostics.js';
import { ATTRIBUTE_NODES, type AttributeSet, readAttributes } from './read-attributes.js';
import { readParticle } from './read-particle.js';
import { derivationMethods, type TypeDef } from './type-derivation-ok.js';
import type { AttributeDef } from './xsd-components.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

const COMPOSITORS: ReadonlySet<string> = new Set(['sequence', 'choice', 'all']);
/** Anonymous restriction steps followed at most (each is a nesting level of the schema document). */
const MAX_STEPS = 128;

export function checkRedefinedRestrictions(ctx: XsdContext): void {
  const { attributeGroups, groups } = ctx.components;
  for (const node of attributeGroups.values()) {
    const original = node.redefines?.restriction ? attributeGroups.get(node.redefines.original) : undefined;
    if (original !== undefined) checkAttributeGroup(ctx, node, original);
  }
  for (const node of groups.values()) {
    const original = node.redefines?.restriction ? groups.get(node.redefines.original) : undefined;
    if (original !== undefined) {
      readGroup(ctx, node);
      readGroup(ctx, original);
    }
  }
}

function readGroup(ctx: XsdContext, def: XsdNode): void {
  const body = xsdChildren(def);
  const [compositor] = body;
  if (body.length !== 1 || compositor === undefined || !COMPOSITORS.has(compositor.el.local)) {
    xsdFail('XsdInvalid', `${tagOf(def)} must contain exactly one sequence, choice or all`, def);
  }
  readParticle(ctx, compositor, []);
}

function readGroupAttributes(ctx: XsdContext, def: XsdNode): AttributeSet {
  const children = xsdChildren(def);
  for (const c of children) {
    if (!ATTRIBUTE_NODES.has(c.el.local)) xsdFail('XsdInvalid', `${tagOf(c)} is not allowed in xs:attributeGroup`, c);
  }
  return readAttributes(ctx, children);
}

function checkAttributeGroup(ctx: XsdContext, def: XsdNode, original: XsdNode): void {
  const derived = readGroupAttributes(ctx, def);
  const base = readGroupAttributes(ctx, original);
  const baseUses = new Map(base.attrs.filter((a) => !a.prohibited).map((a) => [a.name, a]));
  const kept = new Set<string>();
  const name = attr(def, 'name')?.trim() ?? '';
  for (const a of derived.attrs) {
    if (a.prohibited) continue;
    kept.add(a.name);
    const b = baseUses.get(a.name);
    const why =
      b === undefined
        ? base.wildcard === undefined || !wildcardAllows(base.wildcard.namespaces, a.name)
          ? 'the original has no such attribute and no wildcard allowing it'
          : undefined
        : useMismatch(ctx, a, b);
    if (why !== undefined) {
      fail(
        'XsdInvalid',
        `attribute "${a.name}" of redefined xs:attributeGroup "${name}" does not restrict the original: ${why}`,
        a.origin,
      );
    }
  }
  for (const b of baseUses.values()) {
    if (b.required && !kept.has(b.name)) {
      xsdFail(
        'XsdInvalid',
        `redefined xs:attributeGroup "${name}" leaves out the original's required attribute "${b.name}"`,
        def,
      );
    }
  }
  const w = derived.wildcard;
  if (w !== undefined) {
    if (base.wildcard === undefined || !namespacesSubset(w.namespaces, base.wildcard.namespaces)) {
      xsdFail(
        'XsdInvalid',
        `the attribute wildcard of redefined xs:attributeGroup "${name}" is not a subset of the original's`,
        def,
      );
    }
    if (STRENGTH[w.process] < STRENGTH[base.wildcard.process]) {
      xsdFail(
        'XsdInvalid',
        `the attribute wildcard of redefined xs:attributeGroup "${name}" is laxer than the original's`,
        def,
      );
    }
  }
}

const STRENGTH = { skip: 0, lax: 1, strict: 2 } as const;

/** Why attribute use `a` does not restrict `b` of the same name (§3.4.6 clause 2.1), or undefined. */
function useMismatch(ctx: XsdContext, a: AttributeDef, b: AttributeDef): string | undefined {
  if (b.required && !a.required) return 'the original requires it';
  if (!derivesFrom(ctx, a.type, b.type)) return "its type is not derived from the original's";
  if (b.fixed !== undefined && a.fixed !== b.fixed) return `the original fixes it to "${b.fixed}"`;
  return undefined;
}

type SimpleUse = AttributeDef['type'];

/**
 * Type Derivation OK (Simple) (§3.14.6) between two attribute types, by type-derivation-ok.ts;
 * an anonymous original, or a chain that breaks at a name naming nothing, is not held against it.
 */
function derivesFrom(ctx: XsdContext, r: SimpleUse, b: SimpleUse): boolean {
  const to = typeDefOf(b);
  if (to === undefined) return true;
  // An anonymous type derives from what its restriction names (a list or union: from xs:anySimpleType).
  let from: SimpleUse = r;
  for (let steps = 0; from.kind === 'inline'; steps++) {
    if (from.def.kind !== 'restriction' || steps >= MAX_STEPS) return to.kind === 'builtin' && to.name === ANY_SIMPLE;
    from = from.def.base;
  }
  return derivationMethods(ctx, typeDefOf(from)!, to) !== 'not derived';
}

const ANY_SIMPLE = expandedName(XSD_NS, 'anySimpleType');

/** The type definition an attribute type names; undefined for an anonymous one. */
function typeDefOf(use: SimpleUse): TypeDef | undefined {
  if (use.kind === 'anySimpleType') return { kind: 'builtin', name: ANY_SIMPLE };
  if (use.kind === 'inline') return undefined;
  const t = use.name;
  if (t.kind === 'named') return { kind: 'node', node: t.node };
  return { kind: 'builtin', name: expandedName(XSD_NS, t.kind === 'anyType' ? 'anyType' : t.builtin) };
}

/** Wildcard Subset (§3.10.6): every namespace `r` allows, `b` allows. */
function namespacesSubset(r: WildcardNamespaces | undefined, b: WildcardNamespaces | undefined): boolean {
  if (b === undefined) return true;
  if (r === undefined) return false;
  if ('not' in r) return 'not' in b && (b.not === r.not || b.not === '');
  if ('not' in b) return r.in.every((u) => u !== '' && u !== b.not);
  return r.in.every((u) => b.in.includes(u));
}
