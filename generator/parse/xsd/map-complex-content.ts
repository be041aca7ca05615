/**
 * complexContent derivation. Extension: the base's content followed by the extension's
 * (`sequence(base particle, own particle)`; either alone when the other is empty), base element
 * declarations and attributes first, wildcard inherited. Restriction: the restriction's own
 * content model; attribute uses inherited from the base unless redeclared or prohibited; only
 * its own wildcard. A base of xs:anyType records no `base`.
 *
 * @see XSD 1.1 Part 1 §3.4.2.3 (complex content), §3.4.6 (derivation constraints)
 */
import type { IrParticle } from '../../ir/ir-types.js';
import type { ComplexParts } from './complex-parts.js';
import { mergeAttributes } from './map-attributes.js';
import { readContentModel } from './map-content-model.js';
import { namedComplexParts } from './named-type.js';
import { lookupTypeName } from './resolve-type-name.js';
import { typeId, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export function complexContentParts(ctx: XsdContext, cc: XsdNode, mixed: boolean): ComplexParts {
  const [step, extra] = xsdChildren(cc);
  if (step === undefined || (step.el.local !== 'extension' && step.el.local !== 'restriction')) {
    return xsdFail('XsdInvalid', 'xs:complexContent needs one xs:extension or xs:restriction', cc);
  }
  if (extra !== undefined) xsdFail('XsdInvalid', `unexpected ${tagOf(extra)} in xs:complexContent`, extra);
  const baseName = attr(step, 'base');
  if (baseName === undefined) return xsdFail('XsdInvalid', `${tagOf(step)} has no base`, step);
  const t = lookupTypeName(ctx, step, baseName);
  if (t.kind === 'builtin' || (t.kind === 'named' && t.node.el.local !== 'complexType')) {
    return xsdFail('XsdInvalid', `complexContent base "${baseName}" must be a complex type (use simpleContent)`, step);
  }
  const base = t.kind === 'named' ? namedComplexParts(ctx, t.name, step) : undefined;
  const baseId = t.kind === 'named' ? { base: typeId(ctx, t.name) } : {};

  if (step.el.local === 'restriction') {
    const own = readContentModel(ctx, step);
    return {
      particle: own.particle,
      decls: own.decls,
      attrs: mergeAttributes(base?.attrs ?? [], own.attrs, 'restriction'),
      openAttributes: own.open,
      mixed,
      ...baseId,
    };
  }
  const own = readContentModel(ctx, step, new Set(), new Map(base?.decls ?? []));
  return {
    particle: concat(base?.particle ?? null, own.particle),
    decls: own.decls,
    attrs: mergeAttributes(base?.attrs ?? [], own.attrs, 'extension'),
    openAttributes: (base?.openAttributes ?? false) || own.open,
    mixed: mixed || (base?.mixed ?? false),
    ...baseId,
  };
}

function concat(base: IrParticle | null, own: IrParticle | null): IrParticle | null {
  if (base === null || isEmpty(base)) return own;
  if (own === null || isEmpty(own)) return base;
  return { kind: 'sequence', items: [base, own], occurs: { min: 1, max: 1 } };
}

function isEmpty(p: IrParticle): boolean {
  return (p.kind === 'sequence' || p.kind === 'choice' || p.kind === 'all') && p.items.length === 0;
}
