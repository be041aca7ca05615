/**
 * Reads an `xs:complexType` (named or anonymous) one to one into a `ComplexTypeDef`, by its body:
 * - a direct content model (particle + attribute uses), `mixed="true"` → mixed;
 * - complexContent: extension or restriction of a named complex type (or xs:anyType), by name,
 *   plus the step's own content model; the step's `mixed` overrides the type's;
 * - simpleContent: extension or restriction of a built-in, a named simple type or a named complex
 *   type with simple content, by name, plus the step's attribute uses and, for a restriction, its
 *   inline xs:simpleType and facets.
 * A derivation step's body is read by `readStepBody`, which the resolver calls once the base is
 * resolved; combining the base's content with the step's is the resolver's work
 * (resolve-complex-type.ts).
 *
 * @see XSD 1.1 Part 1 §3.4.2 (XML representation of complex type definitions)
 */

import { lookupTypeName } from './lookup-type-name.js';
import { readContentModel } from './read-content-model.js';
import { readFacets } from './read-facets.js';
import { readSimpleType } from './read-simple-type.js';
import type { ComplexTypeDef, StepBody, TypeName } from './xsd-components.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

/** Facets and the inline base a simpleContent restriction may hold besides attribute uses. */
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

export function readComplexType(ctx: XsdContext, node: XsdNode): ComplexTypeDef {
  const mixed = isTrue(attr(node, 'mixed'));
  const children = xsdChildren(node);
  const body = children.find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
  if (body !== undefined) {
    const other = children.find((c) => c !== body);
    if (other !== undefined)
      xsdFail('XsdUnsupported', `${tagOf(other)} next to ${tagOf(body)} is not supported`, other);
    if (body.el.local === 'simpleContent') return readSimpleContent(ctx, body);
    const ccMixed = attr(body, 'mixed');
    return readComplexContent(ctx, body, ccMixed !== undefined ? isTrue(ccMixed) : mixed);
  }
  return { kind: 'model', mixed, model: readContentModel(ctx, node) };
}

/** @see XSD 1.1 Part 1 §3.4.2.3 (complex types with complex content) */
function readComplexContent(ctx: XsdContext, cc: XsdNode, mixed: boolean): ComplexTypeDef {
  const { step, baseName, base } = derivationStep(ctx, cc);
  if (base.kind === 'builtin' || (base.kind === 'named' && base.node.el.local !== 'complexType')) {
    return xsdFail('XsdInvalid', `complexContent base "${baseName}" must be a complex type (use simpleContent)`, step);
  }
  return { kind: 'complexContent', derivation: derivationOf(step), base, mixed, step };
}

/** @see XSD 1.1 Part 1 §3.4.2.2 (complex types with simple content) */
function readSimpleContent(ctx: XsdContext, sc: XsdNode): ComplexTypeDef {
  const { step, base } = derivationStep(ctx, sc);
  if (base.kind === 'anyType') return xsdFail('XsdInvalid', 'simpleContent cannot derive from xs:anyType', step);
  return { kind: 'simpleContent', derivation: derivationOf(step), base, step };
}

/**
 * The body of a derivation step: its content model (attribute uses only in simpleContent); for a
 * simpleContent restriction also its inline xs:simpleType and its facets.
 */
export function readStepBody(ctx: XsdContext, def: Exclude<ComplexTypeDef, { kind: 'model' }>): StepBody {
  const { step } = def;
  if (def.kind === 'complexContent') return { model: readContentModel(ctx, step) };
  const isRestriction = def.derivation === 'restriction';
  const model = readContentModel(ctx, step, isRestriction ? FACET_NAMES : new Set());
  if (model.particle !== null)
    xsdFail('XsdInvalid', `${tagOf(step)} in xs:simpleContent cannot have element content`, step);
  if (!isRestriction) return { model };
  const inline = xsdChildren(step).find((c) => c.el.local === 'simpleType');
  return {
    model,
    ...(inline !== undefined ? { inlineBase: readSimpleType(ctx, inline) } : {}),
    facets: readFacets(step),
  };
}

function derivationOf(step: XsdNode): 'extension' | 'restriction' {
  return step.el.local === 'restriction' ? 'restriction' : 'extension';
}

/** The one xs:extension or xs:restriction of a simpleContent/complexContent, and its base. */
function derivationStep(ctx: XsdContext, content: XsdNode): { step: XsdNode; baseName: string; base: TypeName } {
  const [step, extra] = xsdChildren(content);
  if (step === undefined || (step.el.local !== 'extension' && step.el.local !== 'restriction')) {
    return xsdFail('XsdInvalid', `${tagOf(content)} needs one xs:extension or xs:restriction`, content);
  }
  if (extra !== undefined) xsdFail('XsdInvalid', `unexpected ${tagOf(extra)} in ${tagOf(content)}`, extra);
  const baseName = attr(step, 'base');
  if (baseName === undefined) return xsdFail('XsdInvalid', `${tagOf(step)} has no base`, step);
  return { step, baseName, base: lookupTypeName(ctx, step, baseName) };
}

function isTrue(v: string | undefined): boolean {
  const t = v?.trim();
  return t === 'true' || t === '1';
}
