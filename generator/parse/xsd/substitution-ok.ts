/**
 * Substitution groups' two constraints on element declarations:
 *
 * - `substitutable` (Substitution Group OK (Transitive)): a member of a head's substitution group
 *   may appear where the head is expected only when the head's {disallowed substitutions} (its
 *   `block`, else the schema's `blockDefault`; `#all` is all three) do not contain substitution
 *   and no derivation method on the way from the member's type up to the head's type is in them
 *   or in the {prohibited substitutions} (a complex type's `block`, else `blockDefault`) of the
 *   head's type or of a type between the two (clause 2.3). read-particle.ts leaves the members that fail it out of the head's choice.
 * - `checkSubstitutionGroups` (e-props-correct.4): a member's type must derive from its head's
 *   type, by no method in the head's {substitution group exclusions} (its `final`, else the
 *   schema's `finalDefault`; `#all` is extension and restriction). A schema breaking it is `XsdInvalid` at the member.
 *
 * `isAbstractElement` reads {abstract}: an abstract head is never admitted itself.
 *
 * A type chain that stops at a name that names nothing decides neither (the name is reported where
 * it is mapped): the member stays substitutable and the schema is not refused for it.
 *
 * @see XSD 1.0 Part 1 §3.3.1 ({disallowed substitutions}, {substitution group exclusions}),
 *      §3.3.6 (e-props-correct.4, Substitution Group OK (Transitive)), §3.4.1 ({prohibited
 *      substitutions}); type-derivation-ok.ts (the derivation methods)
 */
import { resolveQName } from './resolve-qname.js';
import { type DerivationMethod, derivationMethods, elementTypeDef, type TypeDef } from './type-derivation-ok.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type XsdNode } from './xsd-node.js';

type Blocked = 'substitution' | DerivationMethod;

/** Whether the global element `member` (of `head`'s substitution group, transitively) may stand for `head`. */
export function substitutable(ctx: XsdContext, head: XsdNode, member: XsdNode): boolean {
  const disallowed = tokens(attr(head, 'block') ?? head.doc.blockDefault, ['substitution', 'extension', 'restriction']);
  if (disallowed.has('substitution')) return false;
  const headType = elementTypeDef(ctx, head);
  const memberType = elementTypeDef(ctx, member);
  if (headType === undefined || memberType === undefined) return true;
  const intermediates: TypeDef[] = [];
  const methods = derivationMethods(ctx, memberType, headType, 0, intermediates);
  if (methods === 'unknown') return true;
  if (methods === 'not derived') return false;
  const prohibited = [headType, ...intermediates].map(prohibitedSubstitutions);
  for (const m of methods) if (disallowed.has(m) || prohibited.some((p) => p.has(m))) return false;
  return true;
}

/** e-props-correct.4 for every global element with a substitution-group head. */
export function checkSubstitutionGroups(ctx: XsdContext): void {
  for (const [name, member] of ctx.components.elements) {
    const value = attr(member, 'substitutionGroup');
    if (value === undefined) continue;
    const memberType = elementTypeDef(ctx, member);
    for (const token of value.trim().split(/\s+/)) {
      if (token === '') continue;
      const head = ctx.components.elements.get(resolveQName(member, token).key);
      const headType = head && elementTypeDef(ctx, head);
      if (head === undefined || headType === undefined || memberType === undefined) continue;
      const methods = derivationMethods(ctx, memberType, headType);
      if (methods === 'not derived') {
        const message = `element "${name}" cannot be in the substitution group of "${token}": its type does not derive from the head's type`;
        xsdFail('XsdInvalid', message, member);
      }
      if (methods === 'unknown') continue;
      const final = attr(head, 'final');
      const excluded = tokens(final ?? head.doc.finalDefault, ['extension', 'restriction']);
      const hit = [...methods].find((m) => excluded.has(m));
      if (hit !== undefined) {
        const by = final !== undefined ? `final="${final}"` : `schema's finalDefault="${head.doc.finalDefault}"`;
        const message = `element "${name}" cannot be in the substitution group of "${token}": its type derives from the head's type by ${hit}, which the head's ${by} excludes`;
        xsdFail('XsdInvalid', message, member);
      }
    }
  }
}

/** A global element's {abstract}: its `abstract` attribute (an xs:boolean, checked by derivation-controls.ts). */
export function isAbstractElement(node: XsdNode): boolean {
  const v = attr(node, 'abstract')?.trim();
  return v === 'true' || v === '1';
}

/** A complex type's {prohibited substitutions}: its `block`, else its schema's `blockDefault`. */
function prohibitedSubstitutions(t: TypeDef): ReadonlySet<Blocked> {
  if (t.kind !== 'node' || t.node.el.local !== 'complexType') return new Set();
  return tokens(attr(t.node, 'block') ?? t.node.doc.blockDefault, ['extension', 'restriction']);
}

/** The members of `all` a block/final value names (`#all`: every one); other tokens are the readers' to report. */
function tokens(value: string, all: readonly Blocked[]): Set<Blocked> {
  const out = new Set<Blocked>();
  for (const token of value.trim().split(/\s+/)) {
    if (token === '#all') for (const a of all) out.add(a);
    else if ((all as readonly string[]).includes(token)) out.add(token as Blocked);
  }
  return out;
}
