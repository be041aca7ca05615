/**
 * simpleContent: a text value plus attributes. The text type comes from the base: a built-in
 * (primitive), a named simple type (`ref`), or a complex type with simple content (its text type,
 * found by following the chain). Extension adds attributes (and inherits the base's wildcard);
 * restriction applies its facets (or its inline xs:simpleType) to the base text type and
 * redeclares/prohibits attributes. A named base is recorded as `base`.
 *
 * @see XSD 1.1 Part 1 §3.4.2.2 (complex types with simple content)
 */
import type { IrType } from '../../ir/ir-types.js';
import type { ComplexParts } from './complex-parts.js';
import { type AttributeDecl, mergeAttributes } from './map-attributes.js';
import { readContentModel } from './map-content-model.js';
import { mapSimpleType, restrictSimple } from './map-simple-type.js';
import { namedComplexParts } from './named-type.js';
import { readFacets } from './read-facets.js';
import { lookupTypeName, typeNameToIr } from './resolve-type-name.js';
import { typeId, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

const FACET_NAMES: ReadonlySet<string> = new Set([
  'simpleType',
  'enumeration',
  'pattern',
  'length',
  'minLength',
  'maxLength',
  'minInclusive',
  'maxInclusive',
  'minExclusive',
  'maxExclusive',
  'totalDigits',
  'fractionDigits',
  'whiteSpace',
]);

export function simpleContentParts(ctx: XsdContext, sc: XsdNode): ComplexParts {
  const [step, extra] = xsdChildren(sc);
  if (step === undefined || (step.el.local !== 'extension' && step.el.local !== 'restriction')) {
    return xsdFail('XsdInvalid', 'xs:simpleContent needs one xs:extension or xs:restriction', sc);
  }
  if (extra !== undefined) xsdFail('XsdInvalid', `unexpected ${tagOf(extra)} in xs:simpleContent`, extra);
  const baseName = attr(step, 'base');
  if (baseName === undefined) return xsdFail('XsdInvalid', `${tagOf(step)} has no base`, step);
  const t = lookupTypeName(ctx, step, baseName);
  if (t.kind === 'anyType') return xsdFail('XsdInvalid', 'simpleContent cannot derive from xs:anyType', step);

  let text: IrType;
  let baseAttrs: readonly AttributeDecl[] = [];
  let baseOpen = false;
  if (t.kind === 'named' && t.node.el.local === 'complexType') {
    const base = namedComplexParts(ctx, t.name, step);
    if (base.text === undefined) {
      return xsdFail('XsdInvalid', `simpleContent base "${baseName}" is a complex type without simple content`, step);
    }
    text = base.text;
    baseAttrs = base.attrs;
    baseOpen = base.openAttributes;
  } else {
    text = typeNameToIr(ctx, t);
  }
  const isRestriction = step.el.local === 'restriction';
  const own = readContentModel(ctx, step, isRestriction ? FACET_NAMES : new Set());
  if (own.particle !== null)
    xsdFail('XsdInvalid', `${tagOf(step)} in xs:simpleContent cannot have element content`, step);
  if (isRestriction) {
    const inline = xsdChildren(step).find((c) => c.el.local === 'simpleType');
    const restrictedBase = inline !== undefined ? mapSimpleType(ctx, inline) : text;
    text = restrictSimple(ctx, restrictedBase, readFacets(step), step);
  }
  return {
    particle: null,
    decls: new Map(),
    attrs: mergeAttributes(baseAttrs, own.attrs, isRestriction ? 'restriction' : 'extension'),
    openAttributes: isRestriction ? own.open : baseOpen || own.open,
    text,
    mixed: false,
    ...(t.kind === 'named' ? { base: typeId(ctx, t.name) } : {}),
  };
}
