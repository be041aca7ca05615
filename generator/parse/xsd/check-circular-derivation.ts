/**
 * Circular derivation of complex types, found before any type is mapped: a named complex type's
 * {base type definition} is the named type its top-level simpleContent/complexContent step names
 * (`base=`); following those bases must reach a type that is not a named complex type of this
 * schema (xs:anyType, a built-in, a simple type) without meeting a type twice. A cycle is
 * `XsdInvalid` at the first type met twice.
 *
 * Only the base chain counts: a type whose content declares an element whose anonymous type
 * derives from it (directly or through other types) is not circular, and the mapper follows such
 * content recursion (recursive-types.ts). Simple types keep their own check while they are mapped
 * (resolve-simple-type.ts), since a list or union is also circular through its item or members.
 *
 * @see XSD 1.0 Part 1 §3.4.6 (Derivation Valid: ct-props-correct 3, circular definitions
 *      disallowed), §3.4.2 (base type definition)
 */
import { ownTypeKey } from './resolve-qname.js';
import type { XsdComponents } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type XsdNode, xsdChildren } from './xsd-node.js';

export function checkCircularDerivation(components: XsdComponents): void {
  const done = new Set<string>();
  for (const start of components.types.keys()) {
    const chain = new Set<string>();
    for (let name: string | undefined = start; name !== undefined && !done.has(name); ) {
      const node: XsdNode = components.types.get(name)!;
      if (chain.has(name)) xsdFail('XsdInvalid', `circular type derivation through "${name}"`, node);
      chain.add(name);
      name = baseOf(components, node);
    }
    for (const name of chain) done.add(name);
  }
}

/** The named complex type of this schema that the complex type at `node` derives from, if any. */
function baseOf(components: XsdComponents, node: XsdNode): string | undefined {
  if (node.el.local !== 'complexType') return undefined;
  const content = xsdChildren(node).find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
  const step = content && xsdChildren(content).find((c) => c.el.local === 'extension' || c.el.local === 'restriction');
  const base = step && attr(step, 'base');
  if (step === undefined || base === undefined) return undefined;
  const key = ownTypeKey(step, base.trim());
  return components.types.get(key)?.el.local === 'complexType' ? key : undefined;
}
