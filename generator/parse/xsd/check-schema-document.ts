/**
 * Document-wide constraints of one schema document that the component readers do not see,
 * each `XsdInvalid` at the offending element:
 * - `id` attributes are NCNames, unique within the document;
 * - `name` attributes of components are NCNames;
 * - `xs:annotation` is at most one, and the first XSD child (xs:schema and xs:redefine excepted);
 * - only a top-level xs:simpleType or xs:complexType has a `name` (local ones are anonymous);
 * - no character data in schema elements, no attribute in the XML Schema namespace, no
 *   unqualified attribute the element does not have (schema-attributes.ts);
 * - xs:annotation holds only xs:appinfo and xs:documentation; xs:notation, wildcards, include,
 *   import, selector, field and the facets hold nothing but an annotation; a notation has a
 *   public or a system identifier;
 * - identity constraints sit in element declarations, with a selector and fields in the XPath
 *   subset (check-identity-constraints.ts);
 * - abstract/final/block and their defaults have values of their types, and local declarations
 *   none of the top-level ones' (derivation-controls.ts).
 * The content of xs:appinfo and xs:documentation is not schema markup and is not looked at.
 *
 * @see XSD 1.0 Part 1 §3.15.2 (annotations), Appendix A (schema for schemas: `id` is xs:ID,
 *      `name` is xs:NCName, where annotations and named types may appear)
 */
import { checkIdentityConstraint, IDENTITY_CONSTRAINT_TAGS } from './check-identity-constraints.js';
import { checkDerivationControls } from './derivation-controls.js';
import { checkSchemaAttributes } from './schema-attributes.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, XSD_NS, type XsdNode } from './xsd-node.js';

const NC_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NC_MORE = '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const NCNAME = new RegExp(`^[${NC_START}][${NC_START}${NC_MORE}]*$`, 'u');

/** Elements whose `name` names a component (an NCName). */
const NAMED: ReadonlySet<string> = new Set([
  'element',
  'attribute',
  'simpleType',
  'complexType',
  'group',
  'attributeGroup',
  'notation',
  'key',
  'keyref',
  'unique',
]);
/** Elements whose only XSD child may be one xs:annotation. */
const ANNOTATION_ONLY: ReadonlySet<string> = new Set([
  'notation',
  'any',
  'anyAttribute',
  'include',
  'import',
  'selector',
  'field',
  'length',
  'minLength',
  'maxLength',
  'pattern',
  'enumeration',
  'whiteSpace',
  'maxInclusive',
  'maxExclusive',
  'minInclusive',
  'minExclusive',
  'totalDigits',
  'fractionDigits',
]);
/** Elements whose annotations may appear anywhere among their children. */
const FREE_ANNOTATIONS: ReadonlySet<string> = new Set(['schema', 'redefine']);

/**
 * One schema element's own markup: no character data, no attribute in the XML Schema namespace,
 * and an xs:notation with a public or a system identifier.
 */
function checkMarkup(node: XsdNode): void {
  if (node.el.text.trim() !== '') xsdFail('XsdInvalid', `character data is not allowed in ${tagOf(node)}`, node);
  checkAttributes(node);
  if (node.el.local === 'notation' && attr(node, 'public') === undefined && attr(node, 'system') === undefined) {
    xsdFail('XsdInvalid', 'xs:notation needs a public or a system identifier', node);
  }
}

/** The element's own attributes: none in the XSD namespace, and only those its element has. */
function checkAttributes(node: XsdNode): void {
  const { el } = node;
  for (const name in el.attributes) {
    const colon = name.indexOf(':');
    if (colon > 0 && el.ns[name.slice(0, colon)] === XSD_NS) {
      xsdFail('XsdInvalid', `attribute ${name} on ${tagOf(node)} is in the XML Schema namespace`, node);
    }
  }
  checkSchemaAttributes(node);
}

/** Checks the document whose root (xs:schema) is `root`. */
export function checkSchemaDocument(root: XsdNode): void {
  const ids = new Set<string>();
  const stack: { readonly node: XsdNode; readonly top: boolean }[] = [{ node: root, top: false }];
  while (stack.length > 0) {
    const { node, top } = stack.pop()!;
    const local = node.el.local;
    const id = attr(node, 'id');
    if (id !== undefined) {
      const v = id.trim();
      if (!NCNAME.test(v)) xsdFail('XsdInvalid', `id="${id}" on ${tagOf(node)} is not an NCName`, node);
      if (ids.has(v)) xsdFail('XsdInvalid', `id "${v}" is used twice in this schema document`, node);
      ids.add(v);
    }
    const name = attr(node, 'name');
    if (name !== undefined && NAMED.has(local)) {
      if (!NCNAME.test(name.trim())) xsdFail('XsdInvalid', `name="${name}" on ${tagOf(node)} is not an NCName`, node);
      if ((local === 'simpleType' || local === 'complexType') && !top && node !== root) {
        xsdFail('XsdInvalid', `a local ${tagOf(node)} must not have a name`, node);
      }
    }
    if (local === 'appinfo' || local === 'documentation') {
      // Their content is not schema markup and is not looked at; their own attributes are.
      checkAttributes(node);
      continue;
    }
    checkMarkup(node);
    checkDerivationControls(node, top);
    const children = node.el.children.filter((c) => c.uri === XSD_NS);
    children.forEach((el, i) => {
      const child: XsdNode = { el, file: node.file, doc: node.doc };
      if (el.local === 'annotation' && i > 0 && !FREE_ANNOTATIONS.has(local)) {
        xsdFail('XsdInvalid', `xs:annotation must be the first child of ${tagOf(node)}, and only one`, child);
      }
      const onlyNotes = local === 'annotation' ? el.local !== 'appinfo' && el.local !== 'documentation' : false;
      if (onlyNotes || (ANNOTATION_ONLY.has(local) && el.local !== 'annotation')) {
        xsdFail('XsdInvalid', `${tagOf(child)} is not allowed in ${tagOf(node)}`, child);
      }
      if (IDENTITY_CONSTRAINT_TAGS.has(el.local)) checkIdentityConstraint(child, node);
      stack.push({ node: child, top: node === root || local === 'redefine' });
    });
  }
}
