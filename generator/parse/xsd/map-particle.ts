/**
 * Maps a content-model particle to an `IrParticle`, exactly as written: sequence/choice/all with
 * their occurrences and nesting; `xs:group ref` inlined as the group's compositor carrying the
 * ref's occurrences; element refs resolved to global elements; a ref to a substitution-group head
 * becomes a choice of the head (unless abstract) and all its (transitive, non-abstract) members;
 * `xs:any` → `{kind:'any', process}`. Every element declaration met is recorded in `decls` (first
 * declaration of a name wins) so the flat field view can be built from the particle.
 *
 * @see XSD 1.1 Part 1 §3.8 (Model groups), §3.9 (Particles), §3.10 (Wildcards), §3.7 (Model
 * group definitions), §3.3.4.3 (substitution groups)
 */
import type { IrParticle } from '../../ir/ir-types.js';
import { type ElementDecl, globalElement, mapLocalElement } from './map-element.js';
import { readOccurs } from './read-occurs.js';
import { resolveQName } from './resolve-qname.js';
import { nested, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export type DeclTable = Map<string, ElementDecl>;

const COMPOSITORS: ReadonlySet<string> = new Set(['sequence', 'choice', 'all']);

export function mapParticle(ctx: XsdContext, node: XsdNode, decls: DeclTable): IrParticle {
  return nested(ctx, node, () => particle(ctx, node, decls));
}

function particle(ctx: XsdContext, node: XsdNode, decls: DeclTable): IrParticle {
  const local = node.el.local;
  if (local === 'element') return elementParticle(ctx, node, decls);
  if (local === 'any') return anyParticle(node);
  if (local === 'group') return groupParticle(ctx, node, decls);
  if (!COMPOSITORS.has(local)) xsdFail('XsdUnsupported', `${tagOf(node)} in a content model is not supported`, node);
  const items = xsdChildren(node).map((child) => {
    const c = child.el.local;
    if (c !== 'element' && c !== 'any' && c !== 'group' && !COMPOSITORS.has(c)) {
      xsdFail('XsdUnsupported', `${tagOf(child)} inside ${tagOf(node)} is not supported`, child);
    }
    return mapParticle(ctx, child, decls);
  });
  return { kind: local as 'sequence' | 'choice' | 'all', items, occurs: readOccurs(node) };
}

function elementParticle(ctx: XsdContext, node: XsdNode, decls: DeclTable): IrParticle {
  const occurs = readOccurs(node);
  const ref = attr(node, 'ref');
  if (ref === undefined) {
    const decl = mapLocalElement(ctx, node);
    if (!decls.has(decl.name)) decls.set(decl.name, decl);
    return { kind: 'element', name: decl.name, occurs };
  }
  if (attr(node, 'name') !== undefined) xsdFail('XsdInvalid', 'xs:element cannot have both name and ref', node);
  const head = resolveQName(node, ref).local;
  globalElement(ctx, head, node);
  const isAbstract = (n: string) => attr(ctx.components.elements.get(n)!, 'abstract')?.trim() === 'true';
  const members = substitutionMembers(ctx, head).filter((m) => !isAbstract(m));
  const names = members.length > 0 && isAbstract(head) ? members : [head, ...members];
  for (const n of names) {
    const decl = globalElement(ctx, n, node);
    if (!decls.has(n)) decls.set(n, decl);
  }
  if (names.length === 1) return { kind: 'element', name: names[0]!, occurs };
  return {
    kind: 'choice',
    items: names.map((name) => ({ kind: 'element', name, occurs: { min: 1, max: 1 } })),
    occurs,
  };
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
  const process = attr(node, 'processContents')?.trim() ?? 'strict';
  if (process !== 'lax' && process !== 'strict' && process !== 'skip') {
    xsdFail('XsdInvalid', `processContents="${process}" must be lax, strict or skip`, node);
  }
  return { kind: 'any', occurs: readOccurs(node), process };
}

function groupParticle(ctx: XsdContext, node: XsdNode, decls: DeclTable): IrParticle {
  const ref = attr(node, 'ref');
  if (ref === undefined) xsdFail('XsdInvalid', 'xs:group inside a content model needs a ref', node);
  const name = resolveQName(node, ref).local;
  const def = ctx.components.groups.get(name);
  if (def === undefined) xsdFail('XsdUnresolvedRef', `group ref "${ref}" names no global xs:group`, node);
  const body = xsdChildren(def);
  const [compositor] = body;
  if (body.length !== 1 || compositor === undefined || !COMPOSITORS.has(compositor.el.local)) {
    xsdFail('XsdInvalid', `xs:group "${name}" must contain exactly one sequence, choice or all`, def);
  }
  const key = `group:${name}`;
  if (ctx.inProgress.has(key)) xsdFail('XsdInvalid', `xs:group "${name}" refers to itself`, node);
  ctx.inProgress.add(key);
  const inner = mapParticle(ctx, compositor, decls);
  ctx.inProgress.delete(key);
  return { ...inner, occurs: readOccurs(node) };
}
