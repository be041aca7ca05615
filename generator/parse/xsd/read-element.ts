/**
 * Reads an element declaration one to one into an `ElementDef`: name, type as written (a type
 * name; an inline xs:simpleType, read in place; an inline xs:complexType, kept as its node and
 * read when resolved; none → the substitution-group head's type, by name, or xs:anyType),
 * nillable, default, fixed and documentation.
 *
 * Identity constraints (xs:unique/key/keyref) are kept as the model carries them
 * (check-identity-constraints.ts checks them).
 *
 * @see XSD 1.1 Part 1 §3.3 (Element declarations)
 */

import { readIdentityConstraints } from './check-identity-constraints.js';
import { lookupTypeName } from './lookup-type-name.js';
import { readBlock } from './read-derivation.js';
import { readDoc } from './read-doc.js';
import { readSimpleType } from './read-simple-type.js';
import { localName, resolveQName } from './resolve-qname.js';
import type { ElementDef, ElementTypeUse } from './xsd-components.js';
import { readScope, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, originOf, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

const IDENTITY_CONSTRAINTS: ReadonlySet<string> = new Set(['unique', 'key', 'keyref']);

/** A local declaration (`<xs:element name=...>` inside a content model). */
export function readLocalElement(ctx: XsdContext, node: XsdNode): ElementDef {
  const name = attr(node, 'name');
  if (name === undefined || name.trim() === '') xsdFail('XsdInvalid', 'xs:element needs a name or a ref', node);
  return readElement(ctx, node, localName(node, name.trim(), 'element'));
}

/** The declaration at `node` (local, or the global element `name`). */
export function readElement(ctx: XsdContext, node: XsdNode, name: string): ElementDef {
  const dflt = attr(node, 'default');
  const fixed = attr(node, 'fixed');
  if (dflt !== undefined && fixed !== undefined)
    xsdFail('XsdInvalid', `element "${name}" has both default and fixed`, node);
  const nillable = attr(node, 'nillable')?.trim();
  const doc = readDoc(node);
  const block = readBlock(node, attr(node, 'block') ?? node.doc.blockDefault, true);
  const identity = readIdentityConstraints(node);
  return {
    name,
    type: elementType(ctx, node),
    nillable: nillable === 'true' || nillable === '1',
    ...(block !== undefined ? { block } : {}),
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(fixed !== undefined ? { fixed } : {}),
    ...(identity !== undefined ? { identity } : {}),
    ...(doc !== undefined ? { doc } : {}),
    origin: originOf(node),
  };
}

function elementType(ctx: XsdContext, node: XsdNode): ElementTypeUse {
  const typeName = attr(node, 'type');
  let inline: XsdNode | undefined;
  for (const child of xsdChildren(node)) {
    const local = child.el.local;
    if (IDENTITY_CONSTRAINTS.has(local)) continue;
    if (local !== 'complexType' && local !== 'simpleType') {
      xsdFail('XsdUnsupported', `${tagOf(child)} inside xs:element is not supported`, child);
    }
    if (inline !== undefined || typeName !== undefined) {
      xsdFail('XsdInvalid', 'xs:element may have one type: a type= attribute or one inline type', child);
    }
    inline = child;
  }
  if (typeName !== undefined) return { kind: 'name', name: lookupTypeName(ctx, node, typeName) };
  if (inline !== undefined) {
    return inline.el.local === 'complexType'
      ? { kind: 'complex', node: inline, scope: readScope(ctx) }
      : { kind: 'inline', def: readSimpleType(ctx, inline) };
  }
  const head = attr(node, 'substitutionGroup')?.trim().split(/\s+/)[0];
  if (head !== undefined && head !== '')
    return { kind: 'head', name: resolveQName(node, head).key, at: node, scope: readScope(ctx) };
  return { kind: 'any' };
}
