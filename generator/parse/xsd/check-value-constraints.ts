/**
 * Value constraints of element and attribute declarations: a `default` or `fixed` value must be
 * valid for the declaration's type (all its facets, patterns included), so a schema whose
 * `<xs:element name="E" type="answer" default="false"/>` contradicts `answer`'s pattern is invalid.
 * An element's value constraint also needs a type with simple content, or mixed content whose
 * particle can be empty; a type derived from xs:ID takes no value constraint.
 *
 * Checked on the mapped IR: every global element and attribute, and every element or attribute field of the
 * schema's named and anonymous types (a field made from a reference carries the referenced
 * declaration's value), and the own declaration of an element particle that differs from its
 * field's (a second declaration of the name, particle-declarations.ts). Raises a located `XsdInvalid` at the declaration.
 *
 * An attribute use referring to a fixed global declaration keeps that fixed value.
 *
 * @see XSD 1.0 Part 1 §3.3.6 (e-props-correct 2, 4; cos-valid-default), §3.2.6 (a-props-correct
 *      2, 3), §3.5.6 (au-props-correct 2), §3.3.3 and §3.2.3 (one of default and fixed)
 */
import type { SimpleModel } from '../../../runtime/schema-model.js';
import { compileSimple } from '../../../runtime/xml/simple-checker.js';
import { simpleModelOf } from '../../compile/compile-simple-type.js';
import { fail } from '../../diagnostics.js';
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrField, IrParticle, IrParticleDecl, IrSchema, IrType } from '../../ir/ir-types.js';
import { readAttributes } from './read-attributes.js';
import { globalElement } from './resolve-complex-type.js';
import { resolveQName } from './resolve-qname.js';
import { simpleTypeUse } from './resolve-simple-type.js';
import type { XsdContext } from './xsd-context.js';
import { attr, originOf, xsdChildren } from './xsd-node.js';

interface Constrained {
  readonly what: string;
  readonly type: IrType;
  readonly default?: string;
  readonly fixed?: string;
  readonly origin: IrOrigin;
}

export function checkValueConstraints(ctx: XsdContext, schema: IrSchema): void {
  const byId = new Map(schema.types.map((t) => [t.id, t.type]));
  const check = (c: Constrained): void => checkOne(schema, byId, c);
  for (const [name, node] of ctx.components.elements) {
    const decl = globalElement(ctx, name, node);
    check({ ...decl, what: `element "${name}"` });
  }
  const fixedGlobals = new Map<string, { value: string; type: IrType }>();
  for (const [name, node] of ctx.components.attributes) {
    if (attr(node, 'default') === undefined && attr(node, 'fixed') === undefined) continue;
    const decl = readAttributes(ctx, [node]).attrs[0];
    if (decl === undefined) continue;
    const type: IrType =
      decl.type.kind === 'anySimpleType'
        ? { kind: 'primitive', builtin: 'anySimpleType', facets: {} }
        : simpleTypeUse(ctx, decl.type);
    check({ ...decl, type, what: `attribute "${name}"` });
    if (decl.fixed !== undefined) fixedGlobals.set(name, { value: decl.fixed, type });
  }
  checkFixedUses(ctx, schema, fixedGlobals);
  const seen = new Set<IrType>();
  const walk = (t: IrType): void => {
    if (t.kind !== 'object' || seen.has(t)) return;
    seen.add(t);
    for (const f of t.fields) {
      if (f.xml.node === 'element' || f.xml.node === 'attribute') check(fieldConstraint(f));
      walk(f.type);
    }
    for (const [name, d] of particleDecls(t.particle)) {
      const type = t.fields.find((f) => f.xml.node === 'element' && f.xml.local === name)?.type;
      if (type !== undefined) check({ ...d, type, what: `element "${name}"` });
    }
  };
  for (const t of schema.types) walk(t.type);
  for (const r of schema.roots) walk(r.type);
}

/**
 * An attribute use that refers to a global declaration with a fixed value may repeat it, in any
 * lexical form of the same value, but not change it (XSD 1.0 Part 1 §3.5.6 au-props-correct 2;
 * a default there is already refused as "both default and fixed" by the attribute reader).
 */
function checkFixedUses(
  ctx: XsdContext,
  schema: IrSchema,
  fixedGlobals: ReadonlyMap<string, { value: string; type: IrType }>,
): void {
  if (fixedGlobals.size === 0) return;
  const roots = [
    ...ctx.components.types.values(),
    ...ctx.components.elements.values(),
    ...ctx.components.groups.values(),
    ...ctx.components.attributeGroups.values(),
  ];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    stack.push(...xsdChildren(node));
    const ref = node.el.local === 'attribute' ? attr(node, 'ref') : undefined;
    if (ref === undefined) continue;
    const global = fixedGlobals.get(resolveQName(node, ref).key);
    if (global === undefined) continue;
    const at = originOf(node);
    const own = attr(node, 'fixed');
    if (own === undefined) continue;
    // Compared as values of the type (01 and 1 are one xs:int); a form the type does not accept
    // (reported by the value check) is compared after white-space normalisation.
    let same = (a: string, b: string) => a === b;
    try {
      const c = compileSimple(simpleModelOf(schema, global.type, () => {}));
      const valid = (v: string) => c.check(v) === undefined;
      same = (a, b) => (valid(a) && valid(b) ? c.equal(a, b) : c.normalize(a) === c.normalize(b));
    } catch {
      // compared as written
    }
    if (!same(own, global.value))
      fail('XsdInvalid', `attribute use of "${ref}" is fixed to '${own}', its declaration to '${global.value}'`, at);
  }
}

function fieldConstraint(f: IrField): Constrained {
  return {
    what: `${f.xml.node} "${f.xml.local}"`,
    type: f.type,
    ...(f.default !== undefined ? { default: f.default } : {}),
    ...(f.fixed !== undefined ? { fixed: f.fixed } : {}),
    origin: f.origin,
  };
}

function checkOne(schema: IrSchema, byId: ReadonlyMap<string, IrType>, c: Constrained): void {
  const value = c.default ?? c.fixed;
  if (value === undefined) return;
  const which = c.default !== undefined ? 'default' : 'fixed';
  const at = { file: c.origin.file, line: c.origin.line, column: c.origin.column };
  const type = resolved(byId, c.type);
  if (type?.kind === 'object' && type.content !== 'simple') {
    if (type.content === 'mixed' && emptiable(type.particle)) return;
    fail(
      'XsdInvalid',
      `${c.what} has a ${which} value but its type has ${type.content === 'mixed' ? 'mixed content that cannot be empty' : 'no simple content'}`,
      at,
    );
  }
  let model: SimpleModel;
  try {
    model = simpleModelOf(schema, c.type, () => {});
  } catch {
    return; // a type the model cannot be built for is reported when the model is compiled
  }
  if (model.b === 'ID') fail('XsdInvalid', `${c.what} has a ${which} value but its type is xs:ID`, at);
  const problem = compileSimple(model).check(value);
  if (problem !== undefined) fail('XsdInvalid', `${c.what} ${which} value '${value}' is not valid: ${problem}`, at);
}

/** `t` with named-type references followed (undefined for a reference to nothing). */
function resolved(byId: ReadonlyMap<string, IrType>, t: IrType): IrType | undefined {
  let current: IrType | undefined = t;
  const seen = new Set<string>();
  while (current?.kind === 'ref' && !seen.has(current.target)) {
    seen.add(current.target);
    current = byId.get(current.target);
  }
  return current?.kind === 'ref' ? undefined : current;
}

/** The own declarations element particles keep, with their names. */
function particleDecls(p: IrParticle | null): [string, IrParticleDecl][] {
  if (p === null || p.kind === 'any') return [];
  if (p.kind === 'element') return p.decl !== undefined ? [[p.name, p.decl]] : [];
  return p.items.flatMap(particleDecls);
}

/** Whether the content model can match no element at all. */
function emptiable(p: IrParticle | null): boolean {
  if (p === null || p.occurs.min === 0) return true;
  if (p.kind === 'element' || p.kind === 'any') return false;
  return p.kind === 'choice' ? p.items.some(emptiable) : p.items.every(emptiable);
}
