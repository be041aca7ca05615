/**
 * Maps named (global) types on demand, once each: `namedType` gives the IR of a named simple or
 * complex type, `namedComplexParts` the parts a derived type builds on. Circular derivations
 * (a type deriving from itself, directly or not) raise `XsdInvalid` instead of recursing forever.
 *
 * @see XSD 1.1 Part 1 §3.4.6 / Part 2 §4.1.6 (no circular derivation)
 */
import type { IrType } from '../../ir/ir-types.js';
import { type ComplexParts, objectFromParts } from './complex-parts.js';
import { complexTypeParts } from './map-complex-type.js';
import { mapSimpleType } from './map-simple-type.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import type { XsdNode } from './xsd-node.js';

export function namedType(ctx: XsdContext, name: string, at: XsdNode): IrType {
  const cached = ctx.namedTypes.get(name);
  if (cached !== undefined) return cached;
  const node = typeNode(ctx, name, at);
  const type =
    node.el.local === 'complexType'
      ? objectFromParts(node, namedComplexParts(ctx, name, at))
      : guarded(ctx, name, at, () => mapSimpleType(ctx, node));
  ctx.namedTypes.set(name, type);
  return type;
}

export function namedComplexParts(ctx: XsdContext, name: string, at: XsdNode): ComplexParts {
  const cached = ctx.complexParts.get(name);
  if (cached !== undefined) return cached;
  const node = typeNode(ctx, name, at);
  const parts = guarded(ctx, name, at, () => complexTypeParts(ctx, node));
  ctx.complexParts.set(name, parts);
  return parts;
}

function typeNode(ctx: XsdContext, name: string, at: XsdNode): XsdNode {
  const node = ctx.components.types.get(name);
  if (node === undefined) return xsdFail('XsdUnresolvedType', `type "${name}" is not defined`, at);
  return node;
}

function guarded<T>(ctx: XsdContext, name: string, at: XsdNode, fn: () => T): T {
  const key = `type:${name}`;
  if (ctx.inProgress.has(key)) xsdFail('XsdInvalid', `circular type derivation through "${name}"`, at);
  ctx.inProgress.add(key);
  try {
    return fn();
  } finally {
    ctx.inProgress.delete(key);
  }
}
