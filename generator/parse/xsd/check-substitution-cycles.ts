/**
 * Circular substitution groups, found before any element is mapped: following each global
 * element's `substitutionGroup` heads must never lead back to an element already on the way. A
 * cycle is `XsdInvalid` at the element that closes it, naming the cycle in order. Checked whether
 * or not the elements have their own types (the element resolver only meets a cycle when a
 * member takes its type from its head).
 *
 * The walk is iterative (an explicit stack), so a long chain of heads cannot overflow the stack,
 * and each element is finished once: linear in elements plus head references.
 *
 * @see XSD 1.0 Part 1 §3.3.6 (e-props-correct 6: circular substitution groups are disallowed);
 *      XSD 1.1 Part 1 §3.3.6.1 (the same, with a list of heads)
 */
import { resolveQName } from './resolve-qname.js';
import type { XsdComponents } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr } from './xsd-node.js';

export function checkSubstitutionCycles(components: XsdComponents): void {
  const headsOf = new Map<string, string[]>();
  for (const [name, node] of components.elements) {
    const value = attr(node, 'substitutionGroup');
    if (value === undefined) continue;
    const heads = value
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '')
      .map((t) => resolveQName(node, t).key);
    headsOf.set(name, heads);
  }
  const finished = new Set<string>();
  for (const start of headsOf.keys()) {
    if (finished.has(start)) continue;
    const path = [start];
    const onPath = new Set(path);
    const next = [0];
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const heads = headsOf.get(top) ?? [];
      const i = next[next.length - 1]!;
      if (i >= heads.length) {
        finished.add(top);
        onPath.delete(top);
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = i + 1;
      const head = heads[i]!;
      if (onPath.has(head)) {
        const cycle = [...path.slice(path.indexOf(head)), head].map((n) => `"${n}"`).join(' → ');
        xsdFail('XsdInvalid', `circular substitution group: ${cycle}`, components.elements.get(top)!);
      }
      if (finished.has(head) || !components.elements.has(head)) continue;
      path.push(head);
      onPath.add(head);
      next.push(0);
    }
  }
}
