/**
 * Resolves complex types and element declarations, the two components whose definitions contain
 * each other (an element's anonymous type declares elements; a type's content uses global
 * elements), so they live in one file:
 * - `complexTypeParts`: an `xs:complexType` node → its `ComplexParts`; `namedComplexParts` does it
 *   once per named type (memoised); a named type met again inside its own content (an element
 *   there has an anonymous type derived from it) is resolved again there, and the recursion ends
 *   at that anonymous type (recursive-types.ts); circular derivation is refused before mapping
 *   (check-circular-derivation.ts);
 * - derivation (complexContent): extension is the base's content followed by the extension's
 *   (`sequence(base particle, own particle)`; either alone when the other is empty), base element
 *   declarations and attributes first, wildcard inherited; restriction is the restriction's own
 *   content model, attribute uses inherited unless redeclared or prohibited, only its own
 *   wildcard. A base of xs:anyType records no `base`;
 * - simpleContent: the text type from the base (a built-in, a named simple type as `ref`, or a
 *   complex base's text type), restricted by the step's facets; extension adds attributes and
 *   inherits the base's wildcard. A named base is recorded as `base`;
 * - `globalElement`: a global element's `ElementDecl` (memoised); met again inside its own
 *   anonymous type, its type there is a `ref` to that type, named (recursive-types.ts); a
 *   declaration whose type, taken from its substitution-group head, leads back to itself is a
 *   circular substitution group (`XsdInvalid`).
 *
 * @see XSD 1.1 Part 1 §3.3 (Element declarations), §3.4.2.2 and §3.4.2.3 (complex types with
 * simple / complex content), §3.4.6 (derivation constraints); XSD 1.0 Part 1 §3.3.6
 * (e-props-correct 6: no circular substitution groups)
 */
import type { IrParticle, IrType } from '../../ir/ir-types.js';
import { mergeAttributes } from './attribute-uses.js';
import { objectFromParts } from './complex-parts.js';
import { typeNameToIr } from './lookup-type-name.js';
import { readComplexType, readStepBody } from './read-complex-type.js';
import { readElement } from './read-element.js';
import { type AttributeWildcard, combineWildcards } from './read-wildcard.js';
import { anonymousComplexType } from './recursive-types.js';
import { resolveSimpleType, restrictSimple, simpleTypeUse } from './resolve-simple-type.js';
import type {
  AttributeDecl,
  AttributeDef,
  ComplexParts,
  ComplexTypeDef,
  ContentModelDef,
  ElementDecl,
  ElementDef,
  ElementTypeUse,
} from './xsd-components.js';
import { guarded, inScope, nested, typeId, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type XsdNode } from './xsd-node.js';

/** The parts of the named complex type `name` (read and resolved once); `at` locates the reference. */
export function namedComplexParts(ctx: XsdContext, name: string, at: XsdNode): ComplexParts {
  const cached = ctx.complexParts.get(name);
  if (cached !== undefined) return cached;
  const node = ctx.components.types.get(name);
  if (node === undefined) return xsdFail('XsdUnresolvedType', `type "${name}" is not defined`, at);
  const key = `type:${name}`;
  // Met inside its own content: resolved again there (its base chain is not circular, checked before mapping).
  if (ctx.inProgress.has(key)) return complexTypeParts(ctx, node);
  ctx.inProgress.add(key);
  try {
    const parts = complexTypeParts(ctx, node);
    ctx.complexParts.set(name, parts);
    return parts;
  } finally {
    ctx.inProgress.delete(key);
  }
}

/** Reads and resolves the `xs:complexType` at `node`, one nesting level deeper. */
export function complexTypeParts(ctx: XsdContext, node: XsdNode): ComplexParts {
  return nested(ctx, node, () => resolveParts(ctx, readComplexType(ctx, node)));
}

/** The global element `name` (memoised); `at` locates the reference for diagnostics. */
export function globalElement(ctx: XsdContext, name: string, at: XsdNode): ElementDecl {
  const cached = ctx.globalElements.get(name);
  if (cached !== undefined) return cached;
  const node = ctx.components.elements.get(name);
  if (node === undefined) return xsdFail('XsdUnresolvedRef', `element ref "${name}" names no global element`, at);
  const key = `element:${name}`;
  if (ctx.inProgress.has(key)) {
    // Used inside its own type: resolving the type again ends at the anonymous type being resolved.
    // (A circular substitution group is refused before this by check-substitution-cycles.ts; kept as a guard.)
    const message = `element "${name}" takes its type from a substitution group head that leads back to it (circular substitution group)`;
    return guarded(ctx, `element-type:${name}`, at, message, () =>
      nested(ctx, at, () => resolveElement(ctx, readElement(ctx, node, name))),
    );
  }
  ctx.inProgress.add(key);
  const decl = nested(ctx, at, () => resolveElement(ctx, readElement(ctx, node, name)));
  ctx.inProgress.delete(key);
  ctx.globalElements.set(name, decl);
  return decl;
}

function resolveParts(ctx: XsdContext, def: ComplexTypeDef): ComplexParts {
  switch (def.kind) {
    case 'model': {
      const own = resolveContent(ctx, def.model, new Map());
      return {
        particle: own.particle,
        decls: own.decls,
        attrs: own.attrs,
        openAttributes: own.open,
        ...wildcardOf(own.wildcard),
        mixed: def.mixed,
      };
    }
    case 'complexContent':
      return complexContentParts(ctx, def);
    case 'simpleContent':
      return simpleContentParts(ctx, def);
  }
}

interface ResolvedContent {
  readonly particle: IrParticle | null;
  readonly decls: ReadonlyMap<string, ElementDecl>;
  readonly attrs: readonly AttributeDecl[];
  readonly open: boolean;
  readonly wildcard: AttributeWildcard | undefined;
}

/**
 * Resolves every element declaration the content model uses, in particle order, recording the
 * first declaration of each name after those already in `decls`; and its attribute uses.
 */
function resolveContent(ctx: XsdContext, model: ContentModelDef, decls: Map<string, ElementDecl>): ResolvedContent {
  for (const use of model.elements) {
    if (use.kind === 'local') {
      const decl = resolveElement(ctx, use.def);
      if (!decls.has(decl.name)) decls.set(decl.name, decl);
    } else {
      const decl = inScope(ctx, use.scope, () => globalElement(ctx, use.name, use.at));
      if (use.record && !decls.has(use.name)) decls.set(use.name, decl);
    }
  }
  const attrs = model.attrs.map((a) => resolveAttribute(ctx, a));
  return { particle: model.particle, decls, attrs, open: model.open, wildcard: model.wildcard };
}

function complexContentParts(ctx: XsdContext, def: Extract<ComplexTypeDef, { kind: 'complexContent' }>): ComplexParts {
  const base = def.base.kind === 'named' ? namedComplexParts(ctx, def.base.name, def.step) : undefined;
  const baseId = def.base.kind === 'named' ? { base: typeId(ctx, def.base.name) } : {};
  const { model } = readStepBody(ctx, def);
  if (def.derivation === 'restriction') {
    const own = resolveContent(ctx, model, new Map());
    return {
      particle: own.particle,
      decls: own.decls,
      attrs: mergeAttributes(base?.attrs ?? [], own.attrs, 'restriction'),
      openAttributes: own.open,
      ...wildcardOf(own.wildcard),
      mixed: def.mixed,
      ...baseId,
    };
  }
  const own = resolveContent(ctx, model, new Map(base?.decls ?? []));
  // A base with simple content keeps it when the extension adds only attributes (§3.4.2: empty
  // effective content takes the base's content type); elements would leave no content type
  // both could have (cos-ct-extends 1.4).
  if (base?.text !== undefined && (own.particle !== null || def.mixed)) {
    const name = def.base.kind === 'named' ? def.base.name : '';
    xsdFail(
      'XsdInvalid',
      `xs:extension of "${name}", a type with simple content, cannot add element or mixed content`,
      def.step,
    );
  }
  return {
    ...(base?.text !== undefined ? { text: base.text } : {}),
    particle: concat(base?.particle ?? null, own.particle),
    decls: own.decls,
    attrs: mergeAttributes(base?.attrs ?? [], own.attrs, 'extension'),
    openAttributes: (base?.openAttributes ?? false) || own.open,
    ...wildcardOf(combineWildcards(own.wildcard, base?.attributeWildcard, 'union', def.step)),
    mixed: def.mixed || (base?.mixed ?? false),
    ...baseId,
  };
}

function simpleContentParts(ctx: XsdContext, def: Extract<ComplexTypeDef, { kind: 'simpleContent' }>): ComplexParts {
  const t = def.base;
  let text: IrType;
  let baseAttrs: readonly AttributeDecl[] = [];
  let baseOpen = false;
  let baseWildcard: AttributeWildcard | undefined;
  if (t.kind === 'named' && t.node.el.local === 'complexType') {
    const base = namedComplexParts(ctx, t.name, def.step);
    if (base.text === undefined) {
      const baseName = attr(def.step, 'base');
      return xsdFail(
        'XsdInvalid',
        `simpleContent base "${baseName}" is a complex type without simple content`,
        def.step,
      );
    }
    text = base.text;
    baseAttrs = base.attrs;
    baseOpen = base.openAttributes;
    baseWildcard = base.attributeWildcard;
  } else {
    text = typeNameToIr(ctx, t);
  }
  const body = readStepBody(ctx, def);
  const own = resolveContent(ctx, body.model, new Map());
  const isRestriction = def.derivation === 'restriction';
  if (body.facets !== undefined) {
    const restrictedBase = body.inlineBase !== undefined ? resolveSimpleType(ctx, body.inlineBase) : text;
    text = restrictSimple(ctx, restrictedBase, body.facets, def.step);
  }
  return {
    particle: null,
    decls: new Map(),
    attrs: mergeAttributes(baseAttrs, own.attrs, def.derivation),
    openAttributes: isRestriction ? own.open : baseOpen || own.open,
    ...wildcardOf(isRestriction ? own.wildcard : combineWildcards(own.wildcard, baseWildcard, 'union', def.step)),
    text,
    mixed: false,
    ...(t.kind === 'named' ? { base: typeId(ctx, t.name) } : {}),
  };
}

function resolveElement(ctx: XsdContext, def: ElementDef): ElementDecl {
  return { ...def, type: elementType(ctx, def.name, def.type) };
}

function elementType(ctx: XsdContext, element: string, use: ElementTypeUse): IrType {
  switch (use.kind) {
    case 'name':
    case 'inline':
      return simpleTypeUse(ctx, use);
    case 'complex':
      return inScope(ctx, use.scope, () =>
        anonymousComplexType(ctx, element, use.node, () => objectFromParts(use.node, complexTypeParts(ctx, use.node))),
      );
    case 'head':
      return inScope(ctx, use.scope, () => globalElement(ctx, use.name, use.at)).type;
    case 'any':
      return { kind: 'any' };
  }
}

function resolveAttribute(ctx: XsdContext, def: AttributeDef): AttributeDecl {
  const type: IrType =
    def.type.kind === 'anySimpleType'
      ? { kind: 'primitive', builtin: 'anySimpleType', facets: {} }
      : simpleTypeUse(ctx, def.type);
  return { ...def, type };
}

function wildcardOf(w: AttributeWildcard | undefined): { attributeWildcard?: AttributeWildcard } {
  return w !== undefined ? { attributeWildcard: w } : {};
}

function concat(base: IrParticle | null, own: IrParticle | null): IrParticle | null {
  if (base === null || isEmpty(base)) return own;
  if (own === null || isEmpty(own)) return base;
  return { kind: 'sequence', items: [base, own], occurs: { min: 1, max: 1 } };
}

/** An empty compositor, as complex-parts.ts `isEmptyParticle` (an empty choice only with minOccurs 0). */
function isEmpty(p: IrParticle): boolean {
  if (p.kind === 'choice') return p.items.length === 0 && p.occurs.min === 0;
  return (p.kind === 'sequence' || p.kind === 'all') && p.items.length === 0;
}
