/**
 * Where XSD 1.0 lets model groups be written (Part 1 §3.8.6 cos-all-limited; §3.7.2 and the
 * schema for schemas' `all` and `namedGroup` types):
 * - an xs:all group holds only xs:element particles, each with minOccurs and maxOccurs 0 or 1,
 *   and itself occurs at most once (minOccurs 0 or 1, maxOccurs 1), as does a group ref to one;
 * - an xs:all group, written or through a group ref, is a whole content model: never inside an
 *   xs:sequence, xs:choice or another xs:all;
 * - the compositor of a named xs:group definition has no minOccurs / maxOccurs (its refs say how
 *   often it occurs).
 * Each violation is `XsdInvalid` at the offending node.
 */
import { readOccurs } from './read-occurs.js';
import { resolveQName } from './resolve-qname.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

/** An xs:all group's own occurrence and its members. */
export function checkAllGroup(node: XsdNode): void {
  checkAllOccurs(node);
  for (const child of xsdChildren(node)) {
    if (child.el.local !== 'element') {
      xsdFail('XsdInvalid', `xs:all may contain only xs:element, not ${tagOf(child)}`, child);
    }
    const { min, max } = readOccurs(child);
    if (min > 1 || max === 'unbounded' || max > 1) {
      xsdFail('XsdInvalid', 'an element inside xs:all must have minOccurs and maxOccurs 0 or 1', child);
    }
  }
}

/** An xs:all group, or a group ref to one, occurs at most once: minOccurs 0 or 1, maxOccurs 1. */
export function checkAllOccurs(node: XsdNode): void {
  const { min, max } = readOccurs(node);
  if (min > 1 || max !== 1)
    xsdFail('XsdInvalid', `${tagOf(node)} of an all group must have maxOccurs 1 and minOccurs 0 or 1`, node);
}

/** `child` of an xs:sequence or xs:choice (`parent`) is not an all group. */
export function checkNotAllGroup(ctx: XsdContext, parent: XsdNode, child: XsdNode): void {
  if (child.el.local === 'all' || isAllGroupRef(ctx, child)) {
    xsdFail('XsdInvalid', `an all group must be a whole content model, not inside ${tagOf(parent)}`, child);
  }
}

/** The compositor of a named group definition has no occurrence attributes. */
export function checkGroupCompositor(compositor: XsdNode): void {
  for (const name of ['minOccurs', 'maxOccurs']) {
    if (attr(compositor, name) !== undefined) {
      xsdFail(
        'XsdInvalid',
        `${tagOf(compositor)} of a named xs:group cannot have ${name}= (the group ref says how often)`,
        compositor,
      );
    }
  }
}

/** A group ref whose group definition is an xs:all group. */
export function isAllGroupRef(ctx: XsdContext, node: XsdNode): boolean {
  if (node.el.local !== 'group') return false;
  const ref = attr(node, 'ref');
  if (ref === undefined) return false;
  const def = ctx.components.groups.get(resolveQName(node, ref).key);
  return def !== undefined && xsdChildren(def)[0]?.el.local === 'all';
}
