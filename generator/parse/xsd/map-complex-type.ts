/**
 * Maps an `xs:complexType` (named or anonymous) to an `IrObjectType`, dispatching on its body:
 * simpleContent, complexContent, or a direct content model (particle + attributes). Flags:
 * `mixed="true"` → content 'mixed', `abstract="true"`, and the `qspec:open="true"` marker.
 *
 * @see XSD 1.1 Part 1 §3.4 (Complex type definitions)
 */
import type { IrObjectType } from '../../ir/ir-types.js';
import { type ComplexParts, objectFromParts } from './complex-parts.js';
import { complexContentParts } from './map-complex-content.js';
import { readContentModel } from './map-content-model.js';
import { simpleContentParts } from './map-simple-content.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export function mapComplexType(ctx: XsdContext, node: XsdNode): IrObjectType {
  return objectFromParts(node, complexTypeParts(ctx, node));
}

/** Reads a complex type's parts (content, declarations, attributes, base). */
export function complexTypeParts(ctx: XsdContext, node: XsdNode): ComplexParts {
  return nested(ctx, node, () => readParts(ctx, node));
}

function readParts(ctx: XsdContext, node: XsdNode): ComplexParts {
  const mixed = isTrue(attr(node, 'mixed'));
  const children = xsdChildren(node);
  const body = children.find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
  if (body !== undefined) {
    const other = children.find((c) => c !== body);
    if (other !== undefined)
      xsdFail('XsdUnsupported', `${tagOf(other)} next to ${tagOf(body)} is not supported`, other);
    if (body.el.local === 'simpleContent') return simpleContentParts(ctx, body);
    const ccMixed = attr(body, 'mixed');
    return complexContentParts(ctx, body, ccMixed !== undefined ? isTrue(ccMixed) : mixed);
  }
  const model = readContentModel(ctx, node);
  return { particle: model.particle, decls: model.decls, attrs: model.attrs, openAttributes: model.open, mixed };
}

function isTrue(v: string | undefined): boolean {
  const t = v?.trim();
  return t === 'true' || t === '1';
}
