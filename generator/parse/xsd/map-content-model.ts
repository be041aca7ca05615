/**
 * Reads the body shared by an `xs:complexType` without simple/complex content and by a
 * complexContent extension/restriction step: at most one particle (sequence, choice, all or
 * group ref) followed by attribute uses. Children named in `skip` are left to the caller; any
 * other child (e.g. XSD 1.1 xs:openContent, xs:assert) raises `XsdUnsupported`.
 *
 * @see XSD 1.1 Part 1 §3.4.2.3 (complex types with complex content)
 */
import type { IrParticle } from '../../ir/ir-types.js';
import { ATTRIBUTE_NODES, type AttributeDecl, mapAttributes } from './map-attributes.js';
import { type DeclTable, mapParticle } from './map-particle.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export interface ContentModel {
  readonly particle: IrParticle | null;
  readonly decls: DeclTable;
  readonly attrs: readonly AttributeDecl[];
  readonly open: boolean;
}

const PARTICLES: ReadonlySet<string> = new Set(['sequence', 'choice', 'all', 'group']);

export function readContentModel(
  ctx: XsdContext,
  node: XsdNode,
  skip: ReadonlySet<string> = new Set(),
  decls: DeclTable = new Map(),
): ContentModel {
  let particle: IrParticle | null = null;
  const attributeNodes: XsdNode[] = [];
  for (const child of xsdChildren(node)) {
    const local = child.el.local;
    if (PARTICLES.has(local)) {
      if (particle !== null) xsdFail('XsdInvalid', `${tagOf(node)} can have only one content model particle`, child);
      if (attributeNodes.length > 0) xsdFail('XsdInvalid', `${tagOf(child)} must come before the attributes`, child);
      particle = mapParticle(ctx, child, decls);
    } else if (ATTRIBUTE_NODES.has(local)) {
      attributeNodes.push(child);
    } else if (!skip.has(local)) {
      xsdFail('XsdUnsupported', `${tagOf(child)} inside ${tagOf(node)} is not supported`, child);
    }
  }
  const { attrs, open } = mapAttributes(ctx, attributeNodes);
  return { particle, decls, attrs, open };
}
