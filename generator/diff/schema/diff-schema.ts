/**
 * Compares two versions of one schema (same id: the same file path in base and revision). Named
 * types are matched by name and compared once each; root elements are matched by name. A root
 * that is only a declared element used inside another element's content (every DTD element is a
 * root) is not reported on its own when it appears or disappears: the content model that uses it
 * already reports it.
 *
 * @see generator/diff/schema/compare-types.ts, XSD 1.1 Part 1 §3.3 (element declarations)
 */
import type { IrSchema, IrType } from '../../ir/ir-types.js';
import { compareTypes, describeType } from './compare-types.js';
import { ownerKey, type SchemaChange } from './schema-change.js';

export function diffSchema(base: IrSchema, rev: IrSchema): SchemaChange[] {
  const out: SchemaChange[] = [];
  const types = new Map(base.types.map((t) => [t.name, t]));
  const revTypes = new Map(rev.types.map((t) => [t.name, t]));
  for (const r of rev.types) {
    const b = types.get(r.name);
    const owner = ownerKey('type', rev.id, r.name);
    if (!b) {
      out.push({
        rule: 'type-added',
        owner,
        name: r.name,
        path: r.name,
        message: `type ${r.name} added`,
        rev: r.origin,
      });
      continue;
    }
    compareTypes(b.type, r.type, { owner, path: r.name, name: r.name, base: b.origin, rev: r.origin, out });
  }
  for (const b of base.types) {
    if (revTypes.has(b.name)) continue;
    out.push({
      rule: 'type-removed',
      owner: ownerKey('type', base.id, b.name),
      name: b.name,
      path: b.name,
      message: `type ${b.name} removed`,
      base: b.origin,
    });
  }

  const roots = new Map(base.roots.map((e) => [e.name, e]));
  const revRoots = new Map(rev.roots.map((e) => [e.name, e]));
  const usedBase = elementNamesUsed(base);
  const usedRev = elementNamesUsed(rev);
  for (const r of rev.roots) {
    const b = roots.get(r.name);
    const owner = ownerKey('root', rev.id, r.name);
    if (!b) {
      if (usedRev.has(r.name)) continue;
      out.push({
        rule: 'element-added',
        owner,
        name: r.name,
        path: r.name,
        message: `root element ${r.name} added`,
        rev: r.origin,
        to: describeType(r.type),
      });
      continue;
    }
    compareTypes(b.type, r.type, { owner, path: r.name, name: r.name, base: b.origin, rev: r.origin, out });
  }
  for (const b of base.roots) {
    if (revRoots.has(b.name) || usedBase.has(b.name)) continue;
    out.push({
      rule: 'element-removed',
      owner: ownerKey('root', base.id, b.name),
      name: b.name,
      path: b.name,
      message: `root element ${b.name} removed`,
      base: b.origin,
      from: describeType(b.type),
    });
  }
  return out;
}

/** Local names of every element used inside a content model of the schema. */
function elementNamesUsed(schema: IrSchema): Set<string> {
  const names = new Set<string>();
  const visit = (t: IrType): void => {
    if (t.kind === 'object') {
      for (const f of t.fields) {
        if (f.xml.node === 'element') names.add(f.xml.local);
        visit(f.type);
      }
    } else if (t.kind === 'list') visit(t.item);
    else if (t.kind === 'union') for (const m of t.members) visit(m);
  };
  for (const t of schema.types) visit(t.type);
  for (const r of schema.roots) visit(r.type);
  return names;
}
