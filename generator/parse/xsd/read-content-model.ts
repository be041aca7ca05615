/**
 * Reads the body shared by an `xs:complexType` without simple/complex content and by a
 * complexContent extension/restriction step: at most one particle (sequence, choice, all or
 * group ref) followed by attribute uses. Children named in `skip` are left to the caller; any
 * other child (e.g. XSD 1.1 xs:openContent, xs:assert) raises `XsdUnsupported`.
 *
 * @see XSD 1.1 Part 1 §3.4.2.3 (complex types with complex content)
 */
import type { IrParticle } from '../../ir/ir-types.js';
import { ATTRIBUTE_NODES, readAttributes } from './read-attributes.js';
import { readParticle } from './read-particle.js';
import type { ContentModelDef, ElementUse } from './xsd-components.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

const PARTICLES: ReadonlySet<string> = new Set(['sequence', 'choice', 'all', 'group']);

export function readContentModel(
  ctx: XsdContext,
  node: XsdNode,
  skip: ReadonlySet<string> = new Set(),
): ContentModelDef {
  let particle: IrParticle | null = null;
  const elements: ElementUse[] = [];
  const attributeNodes: XsdNode[] = [];
  for (const child of xsdChildren(node)) {
    const local = child.el.local;
    if (PARTICLES.has(local)) {
      if (particle !== null) xsdFail('XsdInvalid', `${tagOf(node)} can have only one content model particle`, child);
      if (attributeNodes.length > 0) xsdFail('XsdInvalid', `${tagOf(child)} must come before the attributes`, child);
      particle = readParticle(ctx, child, elements);
    } else if (ATTRIBUTE_NODES.has(local)) {
      attributeNodes.push(child);
    } else if (!skip.has(local)) {
      xsdFail('XsdUnsupported', `${tagOf(child)} inside ${tagOf(node)} is not supported`, child);
    }
  }
  const { attrs, open, wildcard } = readAttributes(ctx, attributeNodes);
  return { particle, elements, attrs, open, ...(wildcard !== undefined ? { wildcard } : {}) };
}
