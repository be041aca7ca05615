/**
 * Bounds derivation chains before any type is mapped: a named type that is built on another
 * named type (`base=` of an extension/restriction, `itemType=` of a list, `memberTypes=` of a
 * union, anywhere inside its definition), which is built on another, ... may be at most
 * `MAX_DERIVATION_STEPS` steps long. Longer is `XsdDerivationTooLong` at the type that starts
 * the chain. Mapping follows such chains recursively (and later stages follow the aliases they
 * leave), so this check is what lets a 20,000-step chain be refused in linear time instead of
 * overflowing the stack.
 *
 * The longest chain is found by an iterative, memoised depth-first search; circular derivations
 * are left to the mapper, which reports them with their own message.
 *
 * @see XSD 1.1 Part 1 §3.4.2 (base type definitions), Part 2 §4.1.2; generator/parse/input-limits.ts
 */
import { MAX_DERIVATION_STEPS } from '../input-limits.js';
import { ownTypeKey } from './resolve-qname.js';
import type { XsdComponents } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { XSD_NS, type XsdNode } from './xsd-node.js';

const TYPE_ATTRIBUTES = ['base', 'itemType', 'memberTypes'] as const;

export function checkDerivationChains(components: XsdComponents): void {
  const length = new Map<string, number>();
  const onPath = new Set<string>();
  for (const [start, startNode] of components.types) {
    if (length.has(start)) continue;
    const stack: { name: string; next: string[]; best: number }[] = [];
    const enter = (name: string) => {
      onPath.add(name);
      stack.push({ name, next: basesOf(components, components.types.get(name)!), best: 0 });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const base = top.next.pop();
      if (base === undefined) {
        stack.pop();
        onPath.delete(top.name);
        length.set(top.name, top.best);
        const parent = stack[stack.length - 1];
        if (parent) parent.best = Math.max(parent.best, top.best + 1);
      } else {
        const known = length.get(base);
        if (known !== undefined) top.best = Math.max(top.best, known + 1);
        else if (!onPath.has(base)) enter(base);
      }
      if (stack.length > MAX_DERIVATION_STEPS + 1 || top.best > MAX_DERIVATION_STEPS) {
        xsdFail(
          'XsdDerivationTooLong',
          `type "${start}" is derived through more than ${MAX_DERIVATION_STEPS} named types (base=, itemType= or memberTypes= chains); qspec refuses longer derivation chains`,
          startNode,
        );
      }
    }
  }
}

/** Named types of this schema referenced by base/itemType/memberTypes inside `node` (iterative). */
function basesOf(components: XsdComponents, node: XsdNode): string[] {
  const out = new Set<string>();
  const stack = [node.el];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    // xs:appinfo content is not schema markup (§3.13.2): an annotation is not looked into.
    if (el.uri === XSD_NS && el.local === 'annotation') continue;
    if (el.uri === XSD_NS) {
      for (const name of TYPE_ATTRIBUTES) {
        for (const token of (el.attributes[name] ?? '').trim().split(/\s+/)) {
          if (token === '') continue;
          // Types are keyed by expanded name ({ns}local): resolved as the mapper does.
          const key = ownTypeKey({ el, file: node.file, doc: node.doc }, token);
          if (components.types.has(key)) out.add(key);
        }
      }
    }
    stack.push(...el.children);
  }
  return [...out];
}
