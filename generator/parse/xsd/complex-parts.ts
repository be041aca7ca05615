/**
 * Builds the IR object of a complex type from its resolved `ComplexParts`: element fields, then
 * attribute fields, then the text field; `content` from the top compositor; `abstract` and the
 * `qspec:open="true"` marker from the type's node.
 *
 * @see XSD 1.1 Part 1 §3.4 (Complex type definitions), §3.4.2 (XML representation)
 */
import type { IrField, IrObjectType, IrParticle } from '../../ir/ir-types.js';
import { attributeFields } from './attribute-uses.js';
import { fieldsFromParticle } from './fields-from-particle.js';
import { differingDecls } from './particle-declarations.js';
import type { AttributeWildcard } from './read-wildcard.js';
import type { ComplexParts } from './xsd-components.js';
import { attr, originOf, type XsdNode } from './xsd-node.js';

export const QSPEC_NS = 'urn:qspec';

/** Builds the IR object type for an `xs:complexType` node from its parts. */
export function objectFromParts(node: XsdNode, parts: ComplexParts): IrObjectType {
  const particle = isEmptyParticle(parts.particle) ? null : parts.particle;
  const elementFields = fieldsFromParticle(particle, parts.decls);
  const taken = new Set(elementFields.map((f) => f.name));
  if (parts.text !== undefined) taken.add('value');
  const fields: IrField[] = [...elementFields, ...attributeFields(parts.attrs, taken)];
  if (parts.text !== undefined) {
    fields.push({
      name: 'value',
      xml: { local: '#text', node: 'text' },
      type: parts.text,
      occurs: { min: 1, max: 1 },
      nillable: false,
      origin: originOf(node),
    });
  }
  const abstract = attr(node, 'abstract')?.trim();
  return {
    kind: 'object',
    fields,
    content: contentOf(parts, particle),
    particle: differingDecls(particle, elementFields),
    ...(parts.base !== undefined ? { base: parts.base } : {}),
    ...(parts.openAttributes ? { openAttributes: true } : {}),
    ...(parts.attributeWildcard !== undefined ? { anyAttribute: irWildcard(parts.attributeWildcard) } : {}),
    ...(abstract === 'true' || abstract === '1' ? { abstract: true } : {}),
    ...(hasOpenMarker(node) ? { open: true } : {}),
  };
}

function irWildcard(w: AttributeWildcard): NonNullable<IrObjectType['anyAttribute']> {
  return { process: w.process, ...(w.namespaces !== undefined ? { namespaces: w.namespaces } : {}) };
}

function contentOf(parts: ComplexParts, particle: IrParticle | null): IrObjectType['content'] {
  if (parts.text !== undefined) return 'simple';
  if (parts.mixed) return 'mixed';
  if (particle === null) return 'empty';
  return particle.kind === 'element' || particle.kind === 'any' ? 'sequence' : particle.kind;
}

/**
 * A top-level compositor with no items contributes nothing: the type has empty content. A choice
 * with no items does so only when it may occur zero times; otherwise nothing satisfies it (XSD
 * 1.0 Part 1 §3.4.2, complex content clause 2.1.3).
 */
function isEmptyParticle(p: IrParticle | null): boolean {
  if (p === null) return true;
  if (p.kind === 'choice') return p.items.length === 0 && p.occurs.min === 0;
  return (p.kind === 'sequence' || p.kind === 'all') && p.items.length === 0;
}

/** `qspec:open="true"` with the prefix bound to `urn:qspec`. */
function hasOpenMarker(node: XsdNode): boolean {
  for (const [qname, value] of Object.entries(node.el.attributes)) {
    const i = qname.indexOf(':');
    if (i < 0 || qname.slice(i + 1) !== 'open') continue;
    if (node.el.ns[qname.slice(0, i)] === QSPEC_NS && value.trim() === 'true') return true;
  }
  return false;
}
