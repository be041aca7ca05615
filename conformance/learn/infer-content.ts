/**
 * Infers the content of an element the schema does not declare from every instance seen: child
 * elements in first-seen order (optional when some instance lacks one, repeated when some
 * instance has it twice), attribute names, and whether text appears. The result is what the
 * editors declare: leaf text as a string, children as a sequence of optional elements.
 *
 * @see docs/decisions/0008-learn-and-impact.md ("new element")
 */
import type { InferredChild, InferredContent } from './learn-proposal.js';
import type { ObservedElement } from './observed-tree.js';

const MAX_INFER_DEPTH = 32;

export function inferContent(instances: readonly ObservedElement[], depth = 0): InferredContent {
  const attributes: string[] = [];
  let text = false;
  const order: string[] = [];
  const byName = new Map<string, { nodes: ObservedElement[]; parents: number; repeated: boolean }>();
  for (const el of instances) {
    for (const a of el.attributes.keys()) if (!attributes.includes(a)) attributes.push(a);
    if (el.text.trim() !== '') text = true;
    const counts = new Map<string, number>();
    for (const c of el.children) {
      counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
      let slot = byName.get(c.name);
      if (!slot) {
        slot = { nodes: [], parents: 0, repeated: false };
        byName.set(c.name, slot);
        order.push(c.name);
      }
      slot.nodes.push(c);
    }
    for (const [name, n] of counts) {
      const slot = byName.get(name)!;
      slot.parents++;
      if (n > 1) slot.repeated = true;
    }
  }
  const children: InferredChild[] =
    depth >= MAX_INFER_DEPTH
      ? []
      : order.map((name) => {
          const slot = byName.get(name)!;
          return {
            name,
            optional: slot.parents < instances.length,
            repeated: slot.repeated,
            content: inferContent(slot.nodes, depth + 1),
          };
        });
  return { children, attributes, text };
}
