/**
 * The IR of a named (global) type, mapped once each: a complex type's object built from its
 * resolved parts, a simple type's resolved IR. Circular derivations (a type deriving from itself,
 * directly or not) raise `XsdInvalid` instead of recursing forever.
 *
 * @see XSD 1.1 Part 1 §3.4.6 / Part 2 §4.1.6 (no circular derivation)
 */
import type { IrType } from '../../ir/ir-types.js';
import { objectFromParts } from './complex-parts.js';
import { namedComplexParts } from './resolve-complex-type.js';
import { namedSimpleType } from './resolve-simple-type.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import type { XsdNode } from './xsd-node.js';

export function namedType(ctx: XsdContext, name: string, at: XsdNode): IrType {
  const cached = ctx.namedTypes.get(name);
  if (cached !== undefined) return cached;
  const node = ctx.components.types.get(name);
  if (node === undefined) return xsdFail('XsdUnresolvedType', `type "${name}" is not defined`, at);
  if (node.el.local !== 'complexType') return namedSimpleType(ctx, name, at);
  const type = objectFromParts(node, namedComplexParts(ctx, name, at));
  ctx.namedTypes.set(name, type);
  return type;
}
