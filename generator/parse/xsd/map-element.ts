/**
 * Maps element declarations (local `name=` declarations and global ones reached through `ref=`)
 * to an `ElementDecl`: name, type (named → `ref`, built-in → primitive, inline → mapped inline, none
 * → the substitution-group head's type or `any`), nillable, default, fixed and documentation.
 * Global elements are mapped once (memoised); an anonymous type that contains a ref back to its
 * own element cannot be inlined and raises `XsdUnsupported`.
 *
 * Identity constraints (xs:unique/key/keyref) are ignored: they constrain values, not structure.
 *
 * @see XSD 1.1 Part 1 §3.3 (Element declarations)
 */
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrType } from '../../ir/ir-types.js';
import { mapComplexType } from './map-complex-type.js';
import { mapSimpleType } from './map-simple-type.js';
import { readDoc } from './read-doc.js';
import { resolveQName } from './resolve-qname.js';
import { lookupTypeName, typeNameToIr } from './resolve-type-name.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, originOf, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export interface ElementDecl {
  readonly name: string;
  readonly type: IrType;
  readonly nillable: boolean;
  readonly default?: string;
  readonly fixed?: string;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

const IDENTITY_CONSTRAINTS: ReadonlySet<string> = new Set(['unique', 'key', 'keyref']);

/** A local declaration (`<xs:element name=...>` inside a content model). */
export function mapLocalElement(ctx: XsdContext, node: XsdNode): ElementDecl {
  const name = attr(node, 'name');
  if (name === undefined || name.trim() === '') xsdFail('XsdInvalid', 'xs:element needs a name or a ref', node);
  return mapElementDecl(ctx, node, name.trim());
}

/** The global element `name` (memoised); `at` locates the reference for diagnostics. */
export function globalElement(ctx: XsdContext, name: string, at: XsdNode): ElementDecl {
  const cached = ctx.globalElements.get(name);
  if (cached !== undefined) return cached;
  const node = ctx.components.elements.get(name);
  if (node === undefined) return xsdFail('XsdUnresolvedRef', `element ref "${name}" names no global element`, at);
  const key = `element:${name}`;
  if (ctx.inProgress.has(key)) {
    xsdFail('XsdUnsupported', `element "${name}" refers to itself inside its anonymous type; name the type`, at);
  }
  ctx.inProgress.add(key);
  const decl = nested(ctx, at, () => mapElementDecl(ctx, node, name));
  ctx.inProgress.delete(key);
  ctx.globalElements.set(name, decl);
  return decl;
}

function mapElementDecl(ctx: XsdContext, node: XsdNode, name: string): ElementDecl {
  const dflt = attr(node, 'default');
  const fixed = attr(node, 'fixed');
  if (dflt !== undefined && fixed !== undefined)
    xsdFail('XsdInvalid', `element "${name}" has both default and fixed`, node);
  const nillable = attr(node, 'nillable')?.trim();
  const doc = readDoc(node);
  return {
    name,
    type: elementType(ctx, node),
    nillable: nillable === 'true' || nillable === '1',
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(fixed !== undefined ? { fixed } : {}),
    ...(doc !== undefined ? { doc } : {}),
    origin: originOf(node),
  };
}

function elementType(ctx: XsdContext, node: XsdNode): IrType {
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
  if (typeName !== undefined) return typeNameToIr(ctx, lookupTypeName(ctx, node, typeName));
  if (inline !== undefined) {
    return inline.el.local === 'complexType' ? mapComplexType(ctx, inline) : mapSimpleType(ctx, inline);
  }
  const head = attr(node, 'substitutionGroup')?.trim().split(/\s+/)[0];
  if (head !== undefined && head !== '') return globalElement(ctx, resolveQName(node, head).local, node).type;
  return { kind: 'any' };
}
