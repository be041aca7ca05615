/**
 * The state one `parseXsd` run shares across mappers: the global component tables, the schema
 * id used for type ids, memo tables for named types / global elements / complex-type parts, the
 * in-progress sets that turn circular definitions into diagnostics instead of stack overflows,
 * the anonymous complex types that contain themselves (recursive-types.ts), and the nesting depth
 * that `nested` bounds (content reached through element refs, groups and derivations counts, so a
 * chain of references cannot overflow the stack either).
 *
 * @see XSD 1.1 Part 1 §3.17 (Schemas as a whole)
 */
import type { IrId, IrNamedType, IrType } from '../../ir/ir-types.js';
import { MAX_NESTING_DEPTH } from '../input-limits.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { resolveQName } from './resolve-qname.js';
import type { ComplexParts, ElementDecl, ReadScope, XsdComponents } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type XsdNode } from './xsd-node.js';

export interface XsdContext {
  readonly schemaId: string;
  readonly components: XsdComponents;
  readonly namedTypes: Map<string, IrType>;
  /** Named simple types with every ref inside them followed (resolve-simple-type.ts `closedSimple`), by type id. */
  readonly closedSimpleTypes: Map<string, IrType>;
  readonly complexParts: Map<string, ComplexParts>;
  readonly globalElements: Map<string, ElementDecl>;
  /** `kind:name` keys of components being mapped (cycle detection). */
  readonly inProgress: Set<string>;
  /**
   * Anonymous complex types being resolved, by node: the element declaring each, and the name it
   * is referred to by once it was met inside itself (recursive-types.ts).
   */
  readonly openAnonymous: Map<XmlElement, { readonly element: string; name?: string }>;
  /** Anonymous complex types that contain themselves, named (recursive-types.ts), by node. */
  readonly recursiveTypes: Map<XmlElement, IrNamedType>;
  /** Substitution group head → direct members, in document order. */
  readonly substitutes: ReadonlyMap<string, readonly string[]>;
  /** How many mapping steps (`nested` calls) are open. */
  depth: number;
}

export function createXsdContext(schemaId: string, components: XsdComponents): XsdContext {
  return {
    schemaId,
    components,
    namedTypes: new Map(),
    closedSimpleTypes: new Map(),
    complexParts: new Map(),
    globalElements: new Map(),
    inProgress: new Set(),
    openAnonymous: new Map(),
    recursiveTypes: new Map(),
    substitutes: substitutionHeads(components),
    depth: 0,
  };
}

/**
 * Runs one mapping step of `at` one level deeper; `XsdTooDeep` at `at` beyond `MAX_NESTING_DEPTH`
 * levels (elements, compositors, types, group and element refs, derivation steps together).
 */
export function nested<T>(ctx: XsdContext, at: XsdNode, fn: () => T): T {
  if (ctx.depth >= MAX_NESTING_DEPTH) {
    xsdFail(
      'XsdTooDeep',
      `content nests more than ${MAX_NESTING_DEPTH} levels deep (counting elements, compositors, types, group and element refs, and derivation steps); qspec refuses deeper schemas`,
      at,
    );
  }
  ctx.depth++;
  try {
    return fn();
  } finally {
    ctx.depth--;
  }
}

/**
 * Runs `fn` with `key` (`kind:name` of a component) marked in progress; meeting the key again
 * inside raises `XsdInvalid` with `message` at `at` (a circular definition).
 */
export function guarded<T>(ctx: XsdContext, key: string, at: XsdNode, message: string, fn: () => T): T {
  if (ctx.inProgress.has(key)) xsdFail('XsdInvalid', message, at);
  ctx.inProgress.add(key);
  try {
    return fn();
  } finally {
    ctx.inProgress.delete(key);
  }
}

/** The scope a reader is in now, to keep with a reference it leaves for the resolver. */
export function readScope(ctx: XsdContext): ReadScope {
  return { depth: ctx.depth };
}

/**
 * Runs `fn` in `scope` (at least as deep as the reference was read), then restores the depth.
 * The model groups read around the reference are not in progress any more: a group may contain
 * itself through an element declaration (only a group inside its own particles is circular,
 * §3.8.6), and such recursion ends at the anonymous type or global element it passes through.
 */
export function inScope<T>(ctx: XsdContext, scope: ReadScope, fn: () => T): T {
  const depth = ctx.depth;
  ctx.depth = Math.max(depth, scope.depth);
  try {
    return fn();
  } finally {
    ctx.depth = depth;
  }
}

/** The IR id of a named type of this schema. */
export function typeId(ctx: XsdContext, name: string): IrId {
  return `${ctx.schemaId}#${name}`;
}

function substitutionHeads(components: XsdComponents): Map<string, string[]> {
  const heads = new Map<string, string[]>();
  for (const [name, node] of components.elements) {
    const value = attr(node, 'substitutionGroup');
    if (value === undefined) continue;
    for (const token of value.trim().split(/\s+/)) {
      const head = resolveQName(node, token).key;
      if (!components.elements.has(head)) {
        xsdFail('XsdUnresolvedRef', `substitutionGroup "${token}" names no global element`, node);
      }
      const list = heads.get(head) ?? [];
      list.push(name);
      heads.set(head, list);
    }
  }
  return heads;
}
