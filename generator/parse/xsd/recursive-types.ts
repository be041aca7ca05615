/**
 * Anonymous complex types that contain themselves. An element declaration's anonymous type is
 * one component (XSD 1.0 Part 1 §3.3.2: the declaration's {type definition}), wherever the
 * declaration is used; its content may use the declaration again, directly
 * (`<xs:element name="b"><xs:complexType><xs:sequence><xs:element ref="b"/>`) or through other
 * declarations, model groups (§3.8.6 forbids only a group inside its own particles) and
 * derivations (an anonymous type restricting or extending the named type that contains its
 * element). The IR writes anonymous types inline, so such a type would be infinite: when its
 * resolution meets its own node again, that inner use becomes a `ref` to a named type made for
 * it, `<element name>@anonymous` (a name no XSD type can have: `@` is not a name character, so
 * no `type=`, `base=` or `xsi:type` can name it), and the outer use becomes the same `ref` once
 * the type is resolved. Anonymous types that do not contain themselves stay inline, unchanged.
 *
 * @see XSD 1.0 Part 1 §3.3.2 (element declarations), §3.4.2 (anonymous complex type
 *      definitions), §3.8.6 (Model Group Correct: circular groups)
 */
import type { IrNamedType, IrObjectType, IrType } from '../../ir/ir-types.js';
import { readDoc } from './read-doc.js';
import { typeId, type XsdContext } from './xsd-context.js';
import { originOf, type XsdNode } from './xsd-node.js';

type Open = XsdContext['openAnonymous'] extends Map<unknown, infer V> ? V : never;

/**
 * The IR of the anonymous complex type at `node`, declared by the element `element`: `resolve()`
 * inline, or a `ref` to the named type made for it when it contains itself.
 */
export function anonymousComplexType(
  ctx: XsdContext,
  element: string,
  node: XsdNode,
  resolve: () => IrObjectType,
): IrType {
  const named = ctx.recursiveTypes.get(node.el);
  if (named !== undefined) return { kind: 'ref', target: named.id };
  const resolving = ctx.openAnonymous;
  const inner = resolving.get(node.el);
  if (inner !== undefined) {
    inner.name ??= freshName(ctx, resolving, inner.element);
    return { kind: 'ref', target: typeId(ctx, inner.name) };
  }
  const entry: Open = { element };
  resolving.set(node.el, entry);
  let type: IrObjectType;
  try {
    type = resolve();
  } finally {
    resolving.delete(node.el);
  }
  if (entry.name === undefined) return type;
  const doc = readDoc(node);
  const id = typeId(ctx, entry.name);
  ctx.recursiveTypes.set(node.el, {
    id,
    name: entry.name,
    type,
    ...(doc !== undefined ? { doc } : {}),
    origin: originOf(node),
  });
  return { kind: 'ref', target: id };
}

/** The named types made for anonymous types that contain themselves, in the order they were made. */
export function recursiveTypes(ctx: XsdContext): IrNamedType[] {
  return [...ctx.recursiveTypes.values()];
}

function freshName(ctx: XsdContext, resolving: ReadonlyMap<unknown, Open>, element: string): string {
  const taken = new Set<string>();
  for (const t of ctx.recursiveTypes.values()) taken.add(t.name);
  for (const o of resolving.values()) if (o.name !== undefined) taken.add(o.name);
  let name = `${element}@anonymous`;
  for (let i = 2; taken.has(name); i++) name = `${element}@anonymous${i}`;
  return name;
}
