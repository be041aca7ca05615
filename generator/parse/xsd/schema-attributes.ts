/**
 * The unqualified attributes each XML Schema element may carry (besides `id`), from the schema
 * for schemas; an unqualified attribute not listed is `XsdInvalid` at the element. Namespace
 * declarations and qualified attributes of other namespaces are always allowed; elements this
 * table does not list are left to their readers.
 *
 * @see XSD 1.0 Part 1 Appendix A (schema for schemas), §3 (XML representations of components)
 */
import { xsdFail } from './xsd-diagnostics.js';
import { tagOf, type XsdNode } from './xsd-node.js';

const OCCURS = ['minOccurs', 'maxOccurs'];
const FACET = ['value', 'fixed'];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  schema: ['attributeFormDefault', 'blockDefault', 'elementFormDefault', 'finalDefault', 'targetNamespace', 'version'],
  element: [
    'name',
    'ref',
    'type',
    'substitutionGroup',
    ...OCCURS,
    'default',
    'fixed',
    'nillable',
    'abstract',
    'final',
    'block',
    'form',
  ],
  attribute: ['name', 'ref', 'type', 'use', 'default', 'fixed', 'form'],
  complexType: ['name', 'mixed', 'abstract', 'final', 'block'],
  simpleType: ['name', 'final'],
  group: ['name', 'ref', ...OCCURS],
  attributeGroup: ['name', 'ref'],
  sequence: OCCURS,
  choice: OCCURS,
  all: OCCURS,
  any: ['namespace', 'processContents', ...OCCURS],
  anyAttribute: ['namespace', 'processContents'],
  simpleContent: [],
  complexContent: ['mixed'],
  restriction: ['base'],
  extension: ['base'],
  list: ['itemType'],
  union: ['memberTypes'],
  include: ['schemaLocation'],
  import: ['namespace', 'schemaLocation'],
  redefine: ['schemaLocation'],
  notation: ['name', 'public', 'system'],
  annotation: [],
  appinfo: ['source'],
  documentation: ['source'],
  unique: ['name'],
  key: ['name'],
  keyref: ['name', 'refer'],
  selector: ['xpath'],
  field: ['xpath'],
  length: FACET,
  minLength: FACET,
  maxLength: FACET,
  pattern: FACET,
  enumeration: FACET,
  whiteSpace: FACET,
  maxInclusive: FACET,
  maxExclusive: FACET,
  minInclusive: FACET,
  minExclusive: FACET,
  totalDigits: FACET,
  fractionDigits: FACET,
};
/** Every element but xs:appinfo and xs:documentation also has `id` (Part 1 Appendix A). */
const NO_ID: ReadonlySet<string> = new Set(['appinfo', 'documentation']);
const TABLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ALLOWED).map(([k, v]) => [k, new Set(NO_ID.has(k) ? v : ['id', ...v])]),
);

/** Raises `XsdInvalid` for an unqualified attribute `node`'s element does not have. */
export function checkSchemaAttributes(node: XsdNode): void {
  const allowed = TABLE.get(node.el.local);
  if (allowed === undefined) return;
  for (const name in node.el.attributes) {
    if (name.includes(':') || name === 'xmlns' || allowed.has(name)) continue;
    xsdFail('XsdInvalid', `${tagOf(node)} has no attribute ${name}`, node);
  }
}
