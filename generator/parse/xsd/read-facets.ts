/**
 * Reads the constraining facets of one `xs:restriction` step into IR facets (canonical key
 * order), plus its enumeration values. Several `xs:pattern`s in one step are alternatives (ORed),
 * so they become one pattern `((a)|(b))`; patterns of different steps stay separate entries (ANDed).
 * Numeric bounds stay strings so xs:long/xs:decimal bounds beyond 2^53 are kept exact.
 *
 * Each pattern must be an XSD 1.0 regular expression (`XsdInvalid` otherwise, at the `xs:pattern`)
 * within the runtime matcher's size limits (`XsdUnsupported` beyond them).
 *
 * Structural children of a restriction (simpleType, attributes, content model) are skipped; the
 * XSD 1.1 facets `assertion` and `explicitTimezone` raise `XsdUnsupported`; any other element is
 * not a facet of XSD 1.0 (`XsdInvalid`). Each facet's element and `fixed="true"` are kept for the
 * facet constraints (check-facets.ts).
 *
 * @see XSD 1.1 Part 2 §4.3 (constraining facets), §4.3.4.3 (pattern: one step's patterns are ORed)
 */
import { checkXsdPattern } from '../../../runtime/xml/xsd-regex/xsd-regex.js';
import type { IrFacets } from '../../ir/ir-types.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode, xsdChildren } from './xsd-node.js';

export interface RestrictionFacets {
  readonly facets: IrFacets;
  /** Enumeration values in document order, or undefined when the step has none. */
  readonly enumeration?: readonly string[];
  /** Each facet element of the step by facet name (the first of several patterns/enumerations). */
  readonly nodes?: ReadonlyMap<string, XsdNode>;
  /** The facets this step declares `fixed="true"`. */
  readonly fixed?: ReadonlySet<string>;
}

/** The facets of XSD 1.1 only: refused (`XsdUnsupported`); any other unknown facet is invalid. */
const XSD11_FACETS: ReadonlySet<string> = new Set(['assertion', 'explicitTimezone']);

const COUNT_FACETS = ['length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits'] as const;
const BOUND_FACETS = ['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const;
const STRUCTURAL: ReadonlySet<string> = new Set([
  'simpleType',
  'attribute',
  'attributeGroup',
  'anyAttribute',
  'sequence',
  'choice',
  'all',
  'group',
]);

export function readFacets(restriction: XsdNode): RestrictionFacets {
  const values = new Map<string, string>();
  const patterns: string[] = [];
  const enumeration: string[] = [];
  const nodes = new Map<string, XsdNode>();
  const fixed = new Set<string>();
  for (const child of xsdChildren(restriction)) {
    const local = child.el.local;
    if (STRUCTURAL.has(local)) continue;
    const value = attr(child, 'value');
    const known = local === 'pattern' || local === 'enumeration' || local === 'whiteSpace';
    if (
      !known &&
      !(COUNT_FACETS as readonly string[]).includes(local) &&
      !(BOUND_FACETS as readonly string[]).includes(local)
    ) {
      if (XSD11_FACETS.has(local)) xsdFail('XsdUnsupported', `facet ${tagOf(child)} is not supported`, child);
      xsdFail('XsdInvalid', `${tagOf(child)} is not a constraining facet of XSD 1.0`, child);
    }
    if (!nodes.has(local)) nodes.set(local, child);
    // `fixed` is an xs:boolean: whitespace collapsed, and nothing but true, false, 1 or 0.
    const fixedValue = attr(child, 'fixed')?.trim();
    if (fixedValue !== undefined && !BOOLEAN_LEXICAL.has(fixedValue))
      xsdFail('XsdInvalid', `fixed="${fixedValue}" on ${tagOf(child)} is not a boolean`, child);
    if (fixedValue === 'true' || fixedValue === '1') fixed.add(local);
    if (value === undefined) xsdFail('XsdInvalid', `${tagOf(child)} has no value attribute`, child);
    if (local === 'pattern') {
      checkPattern(child, value);
      patterns.push(value);
    } else if (local === 'enumeration') enumeration.push(value);
    else {
      if (values.has(local)) xsdFail('XsdInvalid', `${tagOf(child)} appears twice in one restriction`, child);
      values.set(local, value.trim());
      checkValue(child, local, value.trim());
    }
  }
  const facets: Record<string, unknown> = {};
  for (const k of ['length', 'minLength', 'maxLength'] as const) if (values.has(k)) facets[k] = Number(values.get(k));
  if (patterns.length === 1) facets.patterns = patterns;
  else if (patterns.length > 1) facets.patterns = [`(${patterns.map((p) => `(${p})`).join('|')})`];
  for (const k of BOUND_FACETS) if (values.has(k)) facets[k] = values.get(k);
  for (const k of ['totalDigits', 'fractionDigits'] as const) if (values.has(k)) facets[k] = Number(values.get(k));
  if (values.has('whiteSpace')) facets.whiteSpace = values.get('whiteSpace');
  const located = { nodes, ...(fixed.size > 0 ? { fixed } : {}) };
  return enumeration.length > 0
    ? { facets: facets as IrFacets, enumeration, ...located }
    : { facets: facets as IrFacets, ...located };
}

/** An `xs:pattern` value must be an XSD 1.0 regular expression (Appendix F) the runtime can compile. */
function checkPattern(node: XsdNode, value: string): void {
  const problem = checkXsdPattern(value);
  if (problem === undefined) return;
  if (problem.kind === 'invalid')
    xsdFail(
      'XsdInvalid',
      `xs:pattern '${value}' is not an XSD regular expression: ${problem.message} at character ${problem.offset + 1}`,
      node,
    );
  xsdFail(
    'XsdUnsupported',
    `xs:pattern '${value}' is beyond the limits of qspec's pattern matcher: ${problem.message}`,
    node,
  );
}

const BOOLEAN_LEXICAL: ReadonlySet<string> = new Set(['true', 'false', '1', '0']);

function checkValue(node: XsdNode, facet: string, value: string): void {
  // xs:nonNegativeInteger / xs:positiveInteger: digits with an optional plus sign (Part 2 §3.3.20).
  if ((COUNT_FACETS as readonly string[]).includes(facet) && !/^\+?\d+$/.test(value)) {
    xsdFail('XsdInvalid', `xs:${facet} value "${value}" is not a non-negative integer`, node);
  }
  if (facet === 'whiteSpace' && !['preserve', 'replace', 'collapse'].includes(value)) {
    xsdFail('XsdInvalid', `xs:whiteSpace value "${value}" must be preserve, replace or collapse`, node);
  }
  if ((BOUND_FACETS as readonly string[]).includes(facet) && value === '') {
    xsdFail('XsdInvalid', `xs:${facet} has an empty value`, node);
  }
}

/** Facets of a derived step on top of its base: later values win, patterns accumulate (ANDed). */
export function mergeFacets(base: IrFacets, own: IrFacets): IrFacets {
  const patterns = [...(base.patterns ?? []), ...(own.patterns ?? [])];
  const merged: Record<string, unknown> = {};
  const order = [
    'length',
    'minLength',
    'maxLength',
    'patterns',
    ...BOUND_FACETS,
    'totalDigits',
    'fractionDigits',
    'whiteSpace',
    'format',
  ] as const;
  for (const k of order) {
    if (k === 'patterns') {
      if (patterns.length > 0) merged.patterns = patterns;
      continue;
    }
    const v = own[k] ?? base[k];
    if (v !== undefined) merged[k] = v;
  }
  return merged as IrFacets;
}

/** True when a step declares no facet at all. */
export function isEmptyRestriction(r: RestrictionFacets): boolean {
  return r.enumeration === undefined && Object.keys(r.facets).length === 0;
}
