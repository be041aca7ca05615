/**
 * Check: a schema's IR stays within the nesting and alias-chain limits, so the passes, the
 * emitters, the mock and the runtime validators (all recursive over the type tree) can walk it.
 * Run by the load stage on every schema it parses, whatever the front end.
 *
 * - Nesting: object, list and union types nested in one another, plus the compositors of each
 *   object's content model, at most `2 × MAX_NESTING_DEPTH` deep along any path → else
 *   `SchemaTooDeep`.
 * - Alias chains: a type that is, or whose simple value is, a `ref` to a named type whose value is
 *   again a `ref` ... (XSD `base=`/`itemType=`/`memberTypes=` without facets, JSON Schema `$ref`
 *   to a `$ref`) at most `MAX_DERIVATION_STEPS` hops long → else `SchemaRefChainTooLong`; a chain
 *   that comes back to where it started is `SchemaRefCycle`.
 *
 * Both walks are iterative: they never recurse over the input, however deep it is.
 *
 * @see generator/parse/input-limits.ts
 */
import { fail } from '../diagnostics.js';
import type { IrOrigin } from '../ir/ir-origin.js';
import type { IrId, IrParticle, IrSchema, IrType } from '../ir/ir-types.js';
import { MAX_DERIVATION_STEPS, MAX_NESTING_DEPTH } from '../parse/input-limits.js';

export function checkSchemaDepth(schema: IrSchema): void {
  for (const t of schema.types) checkNesting(t.type, t.origin, t.name);
  for (const r of schema.roots) checkNesting(r.type, r.origin, r.name);
  checkRefChains(schema);
}

/**
 * Types and content groups along one path, together. The front ends' own limits keep real input
 * well below this (each counts the same levels against `MAX_NESTING_DEPTH`); this is the net for
 * anything that reaches the IR another way.
 */
const MAX_IR_DEPTH = 2 * MAX_NESTING_DEPTH;

type Item = { readonly type: IrType; readonly depth: number; readonly origin: IrOrigin };

function checkNesting(root: IrType, origin: IrOrigin, name: string): void {
  const stack: Item[] = [{ type: root, depth: 1, origin }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { type, depth } = item;
    if (depth > MAX_IR_DEPTH) tooDeep(name, item.origin);
    switch (type.kind) {
      case 'object':
        for (const f of type.fields) stack.push({ type: f.type, depth: depth + 1, origin: f.origin });
        if (typeof type.additional === 'object')
          stack.push({ type: type.additional, depth: depth + 1, origin: item.origin });
        if (type.particle) checkParticle(type.particle, depth, item.origin, name);
        break;
      case 'list':
        stack.push({ type: type.item, depth: depth + 1, origin: item.origin });
        break;
      case 'union':
        for (const m of type.members) stack.push({ type: m, depth: depth + 1, origin: item.origin });
        break;
      default:
        break;
    }
  }
}

function checkParticle(root: IrParticle, base: number, origin: IrOrigin, name: string): void {
  const stack: { p: IrParticle; depth: number }[] = [{ p: root, depth: base + 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.depth > MAX_IR_DEPTH) tooDeep(name, origin);
    const p = item.p;
    if (p.kind === 'sequence' || p.kind === 'choice' || p.kind === 'all') {
      for (const c of p.items) stack.push({ p: c, depth: item.depth + 1 });
    }
  }
}

function tooDeep(name: string, origin: IrOrigin): never {
  return fail(
    'SchemaTooDeep',
    `'${name}' nests types or content groups more than ${MAX_IR_DEPTH} levels deep; qspec refuses deeper schemas`,
    origin,
  );
}

/** The named types a type's simple value is built on directly (ref hops, through lists, unions and text). */
function refsOf(t: IrType, out: IrId[]): IrId[] {
  const stack: IrType[] = [t];
  for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
    if (x.kind === 'ref') out.push(x.target);
    else if (x.kind === 'list') stack.push(x.item);
    else if (x.kind === 'union') stack.push(...x.members);
    else if (x.kind === 'object') {
      for (const f of x.fields) if (f.xml.node === 'text') stack.push(f.type);
    }
  }
  return out;
}

/** Longest ref chain from each named type (iterative depth-first search, memoised). */
function checkRefChains(schema: IrSchema): void {
  const byId = new Map(schema.types.map((t) => [t.id, t] as const));
  const length = new Map<IrId, number>();
  const onPath = new Set<IrId>();
  for (const start of schema.types) {
    if (length.has(start.id)) continue;
    const stack: { id: IrId; next: IrId[]; best: number }[] = [];
    const enter = (id: IrId) => {
      onPath.add(id);
      const t = byId.get(id)!;
      stack.push({ id, next: refsOf(t.type, []).filter((r) => byId.has(r)), best: 0 });
    };
    enter(start.id);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const target = top.next.pop();
      if (target === undefined) {
        stack.pop();
        onPath.delete(top.id);
        length.set(top.id, top.best);
        const parent = stack[stack.length - 1];
        if (parent) parent.best = Math.max(parent.best, top.best + 1);
        continue;
      }
      const known = length.get(target);
      if (known !== undefined) {
        top.best = Math.max(top.best, known + 1);
      } else if (onPath.has(target)) {
        if (isPureAlias(byId.get(target)!.type)) {
          fail(
            'SchemaRefCycle',
            `type '${byId.get(target)!.name}' is defined as an alias of itself (through ${stack.length} references)`,
            byId.get(target)!.origin,
          );
        }
      } else {
        enter(target);
      }
      if (stack.length > MAX_DERIVATION_STEPS + 1 || top.best > MAX_DERIVATION_STEPS) {
        const t = byId.get(start.id)!;
        fail(
          'SchemaRefChainTooLong',
          `type '${t.name}' is built on a chain of more than ${MAX_DERIVATION_STEPS} named types each referring to the next; qspec refuses longer chains`,
          t.origin,
        );
      }
    }
  }
}

function isPureAlias(t: IrType): boolean {
  return t.kind === 'ref';
}
