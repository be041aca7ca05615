/**
 * Compares two IR types structurally and reports every change as a `SchemaChange`: fields are
 * matched by node kind and XML local name (so reordering attributes or properties is not a
 * change), named types are compared by their ref target (their bodies are compared once, by
 * `diffSchema`), inline object types are walked recursively. Origins never take part in the
 * comparison, so reformatting and comments are not changes.
 *
 * Cases: kind change (type-changed, or facet-narrowed/widened for string ↔ enum), builtin change,
 * facets, enum values, compositor, and per field: added/removed (required or not), occurrence
 * (became required/optional, single ↔ repeated, narrowed/widened), default/fixed.
 *
 * @see XSD 1.1 Part 1 §3.3, §3.4, §3.9; XML 1.0 §3.2 (DTD content models, judged the same way)
 */
import { assertNever } from '../../ir/assert-never.js';
import { splitIrId } from '../../ir/ir-id.js';
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrField, IrOccurs, IrType } from '../../ir/ir-types.js';
import { compareFacets } from './compare-facets.js';
import type { SchemaChange } from './schema-change.js';

export interface CompareContext {
  readonly owner: string;
  /** Path of the thing being compared (`Type/child/@attr`). */
  readonly path: string;
  /** Name of the element/attribute/type the type belongs to. */
  readonly name: string;
  readonly base?: IrOrigin;
  readonly rev?: IrOrigin;
  readonly out: SchemaChange[];
}

/** A short human description of a type: `xs:string`, `enum`, `WasScan`, `object`. */
export function describeType(t: IrType): string {
  switch (t.kind) {
    case 'primitive':
      return `xs:${t.builtin}`;
    case 'enum':
      return `enum of xs:${t.base}`;
    case 'object':
      return t.content === 'simple' ? 'simple content' : 'complex type';
    case 'list':
      return `list of ${describeType(t.item)}`;
    case 'union':
      return `union of ${t.members.map(describeType).join(' | ')}`;
    case 'ref':
      return splitIrId(t.target).name;
    case 'any':
      return 'any';
    default:
      return assertNever(t, 'IR type');
  }
}

function push(ctx: CompareContext, change: Omit<SchemaChange, 'owner' | 'base' | 'rev'>): void {
  ctx.out.push({
    owner: ctx.owner,
    ...change,
    ...(ctx.base ? { base: ctx.base } : {}),
    ...(ctx.rev ? { rev: ctx.rev } : {}),
  });
}

export function compareTypes(base: IrType, rev: IrType, ctx: CompareContext): void {
  if (base.kind !== rev.kind) {
    kindChanged(base, rev, ctx);
    return;
  }
  switch (base.kind) {
    case 'primitive':
      comparePrimitives(base, rev as typeof base, ctx);
      return;
    case 'enum':
      compareEnums(base, rev as typeof base, ctx);
      return;
    case 'object': {
      const r = rev as typeof base;
      if (base.content !== r.content) {
        push(ctx, {
          rule: 'content-model-changed',
          name: ctx.name,
          path: ctx.path,
          message: `${ctx.path}: content ${base.content} → ${r.content}`,
          from: base.content,
          to: r.content,
        });
      }
      compareFields(base.fields, r.fields, ctx);
      return;
    }
    case 'list':
      compareTypes(base.item, (rev as typeof base).item, ctx);
      return;
    case 'union': {
      const r = rev as typeof base;
      if (JSON.stringify(base.members) !== JSON.stringify(r.members)) typeChanged(base, rev, ctx);
      return;
    }
    case 'ref':
      if (base.target !== (rev as typeof base).target) typeChanged(base, rev, ctx);
      return;
    case 'any':
      return;
    default:
      assertNever(base, 'IR type');
  }
}

/** Different kinds: string ↔ enum of the same builtin is a facet change, anything else a type change. */
function kindChanged(base: IrType, rev: IrType, ctx: CompareContext): void {
  if (base.kind === 'primitive' && rev.kind === 'enum' && base.builtin === rev.base) {
    push(ctx, {
      rule: 'facet-narrowed',
      name: ctx.name,
      path: ctx.path,
      message: `${ctx.path} is now restricted to ${rev.values.join(', ')}`,
      from: describeType(base),
      to: rev.values.join(','),
    });
  } else if (base.kind === 'enum' && rev.kind === 'primitive' && base.base === rev.builtin) {
    push(ctx, {
      rule: 'facet-widened',
      name: ctx.name,
      path: ctx.path,
      message: `${ctx.path} is no longer restricted to an enumeration`,
      from: base.values.join(','),
      to: describeType(rev),
    });
  } else {
    typeChanged(base, rev, ctx);
  }
}

type Primitive = Extract<IrType, { kind: 'primitive' }>;
type Enum = Extract<IrType, { kind: 'enum' }>;

/** Same kind: a builtin change is a type change; otherwise each facet that moved. */
function comparePrimitives(base: Primitive, rev: Primitive, ctx: CompareContext): void {
  if (base.builtin !== rev.builtin) {
    typeChanged(base, rev, ctx);
    return;
  }
  for (const f of compareFacets(base.facets, rev.facets)) {
    push(ctx, {
      rule: f.narrowed ? 'facet-narrowed' : 'facet-widened',
      name: ctx.name,
      path: ctx.path,
      message: `${ctx.path}: ${f.facet} ${f.from ?? '(none)'} → ${f.to ?? '(none)'}`,
      ...(f.from !== undefined ? { from: `${f.facet}=${f.from}` } : {}),
      ...(f.to !== undefined ? { to: `${f.facet}=${f.to}` } : {}),
    });
  }
}

/** Same kind: a base builtin change is a type change; otherwise values added, then removed. */
function compareEnums(base: Enum, rev: Enum, ctx: CompareContext): void {
  if (base.base !== rev.base) {
    typeChanged(base, rev, ctx);
    return;
  }
  const before = new Set(base.values);
  const after = new Set(rev.values);
  for (const v of rev.values) {
    if (!before.has(v)) {
      push(ctx, {
        rule: 'enum-value-added',
        name: v,
        path: ctx.path,
        message: `${ctx.path} accepts new value '${v}'`,
        to: v,
      });
    }
  }
  for (const v of base.values) {
    if (!after.has(v)) {
      push(ctx, {
        rule: 'enum-value-removed',
        name: v,
        path: ctx.path,
        message: `${ctx.path} no longer accepts '${v}'`,
        from: v,
      });
    }
  }
}

function typeChanged(base: IrType, rev: IrType, ctx: CompareContext): void {
  const from = describeType(base);
  const to = describeType(rev);
  push(ctx, {
    rule: 'type-changed',
    name: ctx.name,
    path: ctx.path,
    message: `${ctx.path}: type ${from} → ${to}`,
    from,
    to,
  });
}

function fieldKey(f: IrField): string {
  return `${f.xml.node}:${f.xml.node === 'property' ? f.name : f.xml.local}`;
}

function segment(f: IrField): string {
  switch (f.xml.node) {
    case 'attribute':
      return `@${f.xml.local}`;
    case 'text':
      return '#text';
    case 'property':
      return f.name;
    case 'element':
      return f.xml.local;
    default:
      return assertNever(f.xml.node, 'field node');
  }
}

const fmtOccurs = (o: IrOccurs): string => `${o.min}..${o.max === 'unbounded' ? '*' : o.max}`;
const maxNum = (o: IrOccurs): number => (o.max === 'unbounded' ? Number.POSITIVE_INFINITY : o.max);

export function compareFields(base: readonly IrField[], rev: readonly IrField[], parent: CompareContext): void {
  const before = new Map(base.map((f) => [fieldKey(f), f]));
  const after = new Map(rev.map((f) => [fieldKey(f), f]));
  const at = (f: IrField): string => `${parent.path}/${segment(f)}`;
  const isAttr = (f: IrField): boolean => f.xml.node === 'attribute';
  for (const [key, r] of after) {
    if (before.has(key)) continue;
    const required = r.occurs.min > 0;
    const rule = isAttr(r)
      ? required
        ? 'required-attribute-added'
        : 'attribute-added'
      : required
        ? 'required-element-added'
        : 'element-added';
    parent.out.push({
      rule,
      owner: parent.owner,
      name: r.xml.node === 'property' ? r.name : r.xml.local,
      path: at(r),
      message: `${at(r)} added${required ? ' (required)' : ''}`,
      rev: r.origin,
      to: describeType(r.type),
    });
  }
  for (const [key, b] of before) {
    const r = after.get(key);
    const name = b.xml.node === 'property' ? b.name : b.xml.local;
    if (!r) {
      parent.out.push({
        rule: isAttr(b) ? 'attribute-removed' : 'element-removed',
        owner: parent.owner,
        name,
        path: at(b),
        message: `${at(b)} removed`,
        base: b.origin,
        from: describeType(b.type),
      });
      continue;
    }
    const ctx: CompareContext = {
      owner: parent.owner,
      path: at(b),
      name,
      base: b.origin,
      rev: r.origin,
      out: parent.out,
    };
    compareOccurs(b, r, ctx);
    if ((b.default ?? b.fixed) !== (r.default ?? r.fixed)) {
      const from = b.default ?? b.fixed;
      const to = r.default ?? r.fixed;
      push(ctx, {
        rule: 'default-changed',
        name,
        path: ctx.path,
        message: `${ctx.path}: default ${from ?? '(none)'} → ${to ?? '(none)'}`,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
    }
    compareTypes(b.type, r.type, ctx);
  }
}

function compareOccurs(b: IrField, r: IrField, ctx: CompareContext): void {
  const from = fmtOccurs(b.occurs);
  const to = fmtOccurs(r.occurs);
  if (from === to) return;
  const attr = b.xml.node === 'attribute';
  const rule = (id: string, what: string): void =>
    push(ctx, { rule: id, name: ctx.name, path: ctx.path, message: `${ctx.path} ${what} (${from} → ${to})`, from, to });
  if (b.occurs.min === 0 && r.occurs.min > 0)
    rule(attr ? 'attribute-became-required' : 'element-became-required', 'became required');
  else if (b.occurs.min > 0 && r.occurs.min === 0)
    rule(attr ? 'attribute-became-optional' : 'element-became-optional', 'became optional');
  else if (r.occurs.min > b.occurs.min) rule('occurrence-narrowed', 'must occur more often');
  else if (r.occurs.min < b.occurs.min) rule('occurrence-widened', 'may occur less often');
  const bm = maxNum(b.occurs);
  const rm = maxNum(r.occurs);
  if (bm === rm) return;
  if (bm === 1 && rm > 1) rule('single-became-repeated', 'may now repeat');
  else if (bm > 1 && rm === 1) rule('repeated-became-single', 'no longer repeats');
  else if (rm < bm) rule('occurrence-narrowed', 'may occur fewer times');
  else rule('occurrence-widened', 'may occur more times');
}
