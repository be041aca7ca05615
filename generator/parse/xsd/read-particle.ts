/**
 * Reads a content-model particle into an `IrParticle`, exactly as written: sequence/choice/all
 * with their occurrences and nesting; `xs:group ref` inlined as the group's compositor carrying
 * the ref's occurrences; an element ref by the global element's name; a ref to a
 * substitution-group head becomes a choice of the head (unless abstract) and its transitive,
 * non-abstract members that may substitute for it (substitution-ok.ts: not blocked by the head's
 * `block` or its type's), a choice of none when nothing may stand there; `xs:any` → `{kind:'any', process}`. Every element
 * declaration met is appended to `uses` in particle order (local ones read, global ones by name),
 * so the resolver can record the declarations the flat field view is built from.
 *
 * @see XSD 1.1 Part 1 §3.8 (Model groups), §3.9 (Particles), §3.10 (Wildcards), §3.7 (Model
 * group definitions), §3.3.4.3 (substitution groups); XSD 1.0 Part 1 §3.3.6 (Substitution Group
 * OK (Transitive))
 */
import type { IrParticle } from '../../ir/ir-types.js';
import { checkAllGroup, checkAllOccurs, checkGroupCompositor, checkNotAllGroup } from './all-group-limits.js';
import { particleDecl } from './particle-declarations.js';
import { readLocalElement } from './read-element.js';
import { readOccurs } from './read-occurs.js';
import { readNamespaces, readProcess } from './read-wildcard.js';
import { resolveQName } from './resolve-qname.js';
import { isAbstractElement, substitutable } from './substitution-ok.js';
import type { ElementUse } from './xsd-components.js';
import { nested, readScope, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

const COMPOSITORS: ReadonlySet<string> = new Set(['sequence', 'choice', 'all']);
/** Attributes an element ref must not have (XSD 1.0 Part 1 §3.3.3 src-element 2.2). */
const REF_EXCLUDES = ['type', 'nillable', 'default', 'fixed', 'form', 'block'];

export function readParticle(ctx: XsdContext, node: XsdNode, uses: ElementUse[]): IrParticle {
  // An element ref is a leaf of the particle tree: the global declaration it names is resolved
  // one level deeper (globalElement), so the ref and its declaration count as one element level,
  // as a local declaration does.
  if (node.el.local === 'element' && attr(node, 'ref') !== undefined) return particle(ctx, node, uses);
  return nested(ctx, node, () => particle(ctx, node, uses));
}

function particle(ctx: XsdContext, node: XsdNode, uses: ElementUse[]): IrParticle {
  const local = node.el.local;
  if (local === 'element') return elementParticle(ctx, node, uses);
  if (local === 'any') return anyParticle(node);
  if (local === 'group') return groupParticle(ctx, node, uses);
  if (!COMPOSITORS.has(local)) xsdFail('XsdUnsupported', `${tagOf(node)} in a content model is not supported`, node);
  if (local === 'all') checkAllGroup(node);
  const items = xsdChildren(node).map((child) => {
    const c = child.el.local;
    if (c !== 'element' && c !== 'any' && c !== 'group' && !COMPOSITORS.has(c)) {
      xsdFail('XsdUnsupported', `${tagOf(child)} inside ${tagOf(node)} is not supported`, child);
    }
    checkNotAllGroup(ctx, node, child);
    return readParticle(ctx, child, uses);
  });
  return { kind: local as 'sequence' | 'choice' | 'all', items, occurs: readOccurs(node) };
}

function elementParticle(ctx: XsdContext, node: XsdNode, uses: ElementUse[]): IrParticle {
  const occurs = readOccurs(node);
  const ref = attr(node, 'ref');
  if (ref === undefined) {
    const def = readLocalElement(ctx, node);
    uses.push({ kind: 'local', def });
    return { kind: 'element', name: def.name, occurs, decl: particleDecl(def) };
  }
  if (attr(node, 'name') !== undefined) xsdFail('XsdInvalid', 'xs:element cannot have both name and ref', node);
  checkRefOnly(node);
  const head = resolveQName(node, ref).key;
  if (!ctx.components.elements.has(head)) {
    xsdFail('XsdUnresolvedRef', `element ref "${ref}" names no global element`, node);
  }
  const scope = readScope(ctx);
  uses.push({ kind: 'global', name: head, at: node, record: false, scope });
  const headNode = ctx.components.elements.get(head)!;
  const members = substitutionMembers(ctx, head).filter((m) => {
    const member = ctx.components.elements.get(m)!;
    return !isAbstractElement(member) && substitutable(ctx, headNode, member);
  });
  const names = isAbstractElement(headNode) ? members : [head, ...members];
  for (const n of names) uses.push({ kind: 'global', name: n, at: node, record: true, scope });
  // Nothing may stand here (an abstract head without a substitutable member): a choice of none.
  if (names.length === 0) return { kind: 'choice', items: [], occurs };
  if (names.length === 1) return { kind: 'element', name: names[0]!, occurs };
  return {
    kind: 'choice',
    items: names.map((name) => ({ kind: 'element', name, occurs: { min: 1, max: 1 } })),
    occurs,
  };
}

/**
 * An element ref says only how often the global element occurs: no type, value constraint,
 * nillable, form or block of its own, and no inline type or identity constraint (src-element 2.2).
 */
function checkRefOnly(node: XsdNode): void {
  for (const name of REF_EXCLUDES) {
    if (attr(node, name) !== undefined) xsdFail('XsdInvalid', `xs:element with ref cannot have ${name}=`, node);
  }
  const child = xsdChildren(node)[0];
  if (child !== undefined) xsdFail('XsdInvalid', `xs:element with ref cannot contain ${tagOf(child)}`, child);
}

/** Transitive members of a substitution group, in document order, breadth first. */
function substitutionMembers(ctx: XsdContext, head: string): string[] {
  const out: string[] = [];
  const seen = new Set([head]);
  const queue = [head];
  for (let h = queue.shift(); h !== undefined; h = queue.shift()) {
    for (const m of ctx.substitutes.get(h) ?? []) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
      queue.push(m);
    }
  }
  return out;
}

function anyParticle(node: XsdNode): IrParticle {
  const namespaces = readNamespaces(node);
  return {
    kind: 'any',
    occurs: readOccurs(node),
    process: readProcess(node),
    ...(namespaces !== undefined ? { namespaces } : {}),
  };
}

function groupParticle(ctx: XsdContext, node: XsdNode, uses: ElementUse[]): IrParticle {
  const ref = attr(node, 'ref');
  if (ref === undefined) xsdFail('XsdInvalid', 'xs:group inside a content model needs a ref', node);
  const name = resolveQName(node, ref).key;
  const def = ctx.components.groups.get(name);
  if (def === undefined) xsdFail('XsdUnresolvedRef', `group ref "${ref}" names no global xs:group`, node);
  const body = xsdChildren(def);
  const [compositor] = body;
  if (body.length !== 1 || compositor === undefined || !COMPOSITORS.has(compositor.el.local)) {
    xsdFail('XsdInvalid', `xs:group "${name}" must contain exactly one sequence, choice or all`, def);
  }
  checkGroupCompositor(compositor);
  if (compositor.el.local === 'all') checkAllOccurs(node);
  const key = `group:${name}`;
  if (ctx.inProgress.has(key)) xsdFail('XsdInvalid', `xs:group "${name}" refers to itself`, node);
  ctx.inProgress.add(key);
  const inner = readParticle(ctx, compositor, uses);
  ctx.inProgress.delete(key);
  return { ...inner, occurs: readOccurs(node) };
}
