/**
 * How a named type derives from its base, for `xsi:type` in instances: the base type's expanded
 * name (a type of this schema, or `{http://www.w3.org/2001/XMLSchema}name` for a built-in), the
 * derivation method, a union's member types, and the substitutions the type blocks (`block`, or
 * the schema's `blockDefault`). A simple type whose base is written as an anonymous type
 * records the anonymous type's own base (no `xsi:type` can name the anonymous step, and both steps
 * are restrictions), or xs:anySimpleType when that type is a list or a union.
 *
 * @see XSD 1.0 Part 1 §3.4.2 (complex type {base type definition}, {derivation method},
 *      {prohibited substitutions}), §3.4.6 and §3.14.6 (Type Derivation OK); Part 2 §4.1.2
 */
import { expandedName } from '../../../runtime/xml/xml-namespaces.js';
import type { IrTypeDerivation } from '../../ir/ir-types.js';
import { lookupTypeName } from './lookup-type-name.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

const ANY_TYPE = expandedName(XSD_NS, 'anyType');
const ANY_SIMPLE_TYPE = expandedName(XSD_NS, 'anySimpleType');

/** The derivation of the named type defined at `node`; undefined for a plain complex type (a restriction of xs:anyType). */
export function readDerivation(ctx: XsdContext, node: XsdNode): IrTypeDerivation | undefined {
  if (node.el.local === 'complexType') {
    const block = blockOf(node);
    const content = xsdChildren(node).find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
    const step =
      content && xsdChildren(content).find((c) => c.el.local === 'extension' || c.el.local === 'restriction');
    const base = step && attr(step, 'base');
    if (step === undefined || base === undefined) {
      return block.block !== undefined ? { base: ANY_TYPE, method: 'restriction', ...block } : undefined;
    }
    return { base: baseName(ctx, step, base), method: step.el.local as 'extension' | 'restriction', ...block };
  }
  const body = xsdChildren(node)[0];
  if (body?.el.local === 'list') return { base: ANY_SIMPLE_TYPE, method: 'list' };
  if (body?.el.local === 'union') {
    const members = (attr(body, 'memberTypes') ?? '')
      .trim()
      .split(/\s+/)
      .filter((m) => m !== '');
    return { base: ANY_SIMPLE_TYPE, method: 'union', members: members.map((m) => baseName(ctx, body, m)) };
  }
  const base = body && attr(body, 'base');
  if (base !== undefined) return { base: baseName(ctx, body!, base), method: 'restriction' };
  // A restriction of an anonymous simple type: the chain goes on from that type's own base (the
  // anonymous step is a restriction too, and no xsi:type can name it).
  const inline = body && xsdChildren(body).find((c) => c.el.local === 'simpleType');
  const through = inline && readDerivation(ctx, inline);
  if (through === undefined || through.base === '') return { base: '', method: 'restriction' };
  return { base: through.method === 'restriction' ? through.base : ANY_SIMPLE_TYPE, method: 'restriction' };
}

function baseName(ctx: XsdContext, at: XsdNode, value: string): string {
  const t = lookupTypeName(ctx, at, value);
  if (t.kind === 'named') return t.name;
  if (t.kind === 'anyType') return ANY_TYPE;
  return expandedName(XSD_NS, value.slice(value.indexOf(':') + 1).trim());
}

/** `block` of a complex type, else the schema's `blockDefault` (extension / restriction only). */
function blockOf(node: XsdNode): { block?: ('extension' | 'restriction')[] } {
  const block = readBlock(node, attr(node, 'block') ?? node.doc.blockDefault, false);
  return block !== undefined ? { block } : {};
}

/**
 * The extension / restriction members of a `block` value (`#all` both); `substitution` belongs
 * to elements (and to `blockDefault`), anything else is XsdInvalid.
 */
export function readBlock(node: XsdNode, value: string, element: boolean): ('extension' | 'restriction')[] | undefined {
  const out: ('extension' | 'restriction')[] = [];
  const own = attr(node, 'block') !== undefined;
  for (const token of value.trim().split(/\s+/)) {
    if (token === '') continue;
    if (token === '#all') out.push('extension', 'restriction');
    else if (token === 'extension' || token === 'restriction') out.push(token);
    else if (token !== 'substitution' || (own && !element)) {
      xsdFail('XsdInvalid', `block="${value}": "${token}" is not allowed here`, node);
    }
  }
  return out.length > 0 ? [...new Set(out)] : undefined;
}
