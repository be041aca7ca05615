/**
 * Which endpoints use each part of a schema, and in which direction. Walks from every endpoint's
 * request and response schema reference (a root element, or every root for a JSON Schema)
 * through `ref` targets into named types, and records owner → direction → endpoint ids.
 *
 * Owners no endpoint reaches (a schema diffed on its own) fall back to the roots of their own
 * schema: reachable from a root named like `*Request*` → request, otherwise response.
 *
 * @see generator/diff/schema/schema-change.ts (owner keys)
 */

import type { IrDocument } from '../../ir/ir-document.js';
import { splitIrId } from '../../ir/ir-id.js';
import type { IrSchema, IrType } from '../../ir/ir-types.js';
import type { DiffDirection } from '../diff-finding.js';
import { ownerKey, refOwnerKey } from './schema-change.js';

export type OwnerUsage = Map<DiffDirection, Set<string>>;

export class SchemaUsage {
  private readonly used = new Map<string, OwnerUsage>();
  private readonly fallback = new Map<string, Set<DiffDirection>>();

  constructor(docs: readonly IrDocument[]) {
    for (const doc of docs) {
      const schemas = new Map(doc.schemas.map((s) => [s.id, s]));
      for (const ep of doc.endpoints) {
        const refs: [DiffDirection, { schema: string; root?: string } | undefined][] = [
          ['request', ep.request?.schema],
          ...ep.responses.map((r): [DiffDirection, { schema: string; root?: string } | undefined] => [
            'response',
            r.schema,
          ]),
        ];
        for (const [direction, ref] of refs) {
          const schema = ref ? schemas.get(ref.schema) : undefined;
          if (!ref || !schema) continue;
          const roots = schema.roots.filter((r) => ref.root === undefined || r.name === ref.root);
          for (const owner of reachable(
            schemas,
            schema,
            roots.map((r) => r.name),
          ))
            this.add(owner, direction, ep.id);
        }
      }
      for (const schema of doc.schemas) {
        for (const root of schema.roots) {
          const direction: DiffDirection = /request/i.test(root.name) ? 'request' : 'response';
          for (const owner of reachable(schemas, schema, [root.name])) {
            const set = this.fallback.get(owner) ?? new Set<DiffDirection>();
            set.add(direction);
            this.fallback.set(owner, set);
          }
        }
      }
    }
  }

  private add(owner: string, direction: DiffDirection, endpoint: string): void {
    const usage = this.used.get(owner) ?? new Map<DiffDirection, Set<string>>();
    const set = usage.get(direction) ?? new Set<string>();
    set.add(endpoint);
    usage.set(direction, set);
    this.used.set(owner, usage);
  }

  /** Directions and sorted endpoint ids for an owner; never empty. */
  usage(owner: string): { direction: DiffDirection; endpoints: string[] }[] {
    const used = this.used.get(owner);
    if (used && used.size > 0) {
      return [...used.entries()]
        .map(([direction, set]) => ({ direction, endpoints: [...set].sort() }))
        .sort((a, b) => a.direction.localeCompare(b.direction));
    }
    const dirs = this.fallback.get(owner);
    const list = dirs && dirs.size > 0 ? [...dirs].sort() : (['response'] as DiffDirection[]);
    return list.map((direction) => ({ direction, endpoints: [] }));
  }
}

/** Owner keys reachable from the given roots of a schema (the roots themselves included). */
function reachable(schemas: Map<string, IrSchema>, schema: IrSchema, rootNames: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (t: IrType): void => {
    switch (t.kind) {
      case 'ref': {
        const key = refOwnerKey(t.target);
        if (seen.has(key)) return;
        seen.add(key);
        const id = splitIrId(t.target);
        const target = schemas.get(id.schema) ?? schema;
        const named = target.types.find((n) => n.name === id.name);
        if (named) visit(named.type);
        // DTD element references may point at a root element of the same name.
        const root = target.roots.find((r) => r.name === id.name);
        if (root) {
          seen.add(ownerKey('root', target.id, root.name));
          visit(root.type);
        }
        return;
      }
      case 'object':
        for (const f of t.fields) {
          visit(f.type);
          if (f.xml.node === 'element') {
            const root = schema.roots.find((r) => r.name === f.xml.local);
            const key = root ? ownerKey('root', schema.id, root.name) : undefined;
            if (root && key && !seen.has(key)) {
              seen.add(key);
              visit(root.type);
            }
          }
        }
        return;
      case 'list':
        visit(t.item);
        return;
      case 'union':
        for (const m of t.members) visit(m);
        return;
      default:
        return;
    }
  };
  for (const name of rootNames) {
    const root = schema.roots.find((r) => r.name === name);
    if (!root) continue;
    seen.add(ownerKey('root', schema.id, name));
    visit(root.type);
  }
  return seen;
}
