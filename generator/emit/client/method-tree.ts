/**
 * The property path of each endpoint on the client: the id's segments after the module
 * (`was.finding.get` → `finding.get`, `csam.asset.search.v2` → `asset.search.v2`). Builds the
 * nested tree and rejects an id that is both a method and a namespace (`a.b` and `a.b.c`).
 */
import { fail } from '../../diagnostics.js';
import type { IrEndpoint } from '../../ir/ir-endpoint.js';

export type MethodTree = Map<string, MethodTree | IrEndpoint>;

export function methodTree(endpoints: readonly IrEndpoint[]): MethodTree {
  const root: MethodTree = new Map();
  for (const e of [...endpoints].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const segments = e.id.split('.').slice(1);
    if (segments.length === 0) segments.push('call');
    let node = root;
    segments.forEach((seg, i) => {
      const existing = node.get(seg);
      const last = i === segments.length - 1;
      if (last) {
        if (existing !== undefined) {
          fail(
            'ClientMethodConflict',
            `endpoint ${e.id} is also a namespace of other endpoints: rename one of them`,
            e.origin,
          );
        }
        node.set(seg, e);
      } else if (existing === undefined) {
        const child: MethodTree = new Map();
        node.set(seg, child);
        node = child;
      } else if (existing instanceof Map) node = existing;
      else
        fail(
          'ClientMethodConflict',
          `endpoint ${existing.id} is also a namespace of ${e.id}: rename one of them`,
          e.origin,
        );
    });
  }
  return root;
}
