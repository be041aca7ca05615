/**
 * Expanded names in the XSD front end: resolves a QName attribute value (`type="xs:long"`,
 * `ref="tns:WebApp"`, `base="Cdata"`) against the in-scope namespace declarations of the element
 * that carries it, and gives the expanded name a declaration declares (global components are in
 * the document's target namespace; local elements and attributes only when qualified by `form`
 * or the document's `elementFormDefault` / `attributeFormDefault`).
 *
 * An unprefixed QName takes the default namespace (or none; in a chameleon-included document,
 * the includer's namespace). The `xml` prefix is always bound. Expanded names are strings: the
 * local name alone without a namespace, `{uri}local` with one (runtime/xml/xml-namespaces.ts), so
 * a schema without a target namespace keeps its plain names. A reference that names the component
 * an xs:redefine redefines, from inside the redefinition, resolves to the original's key.
 *
 * @see Namespaces in XML 1.0 §6; XSD 1.0 Part 1 §3.15.2 (QName resolution), §3.3.2 and §3.2.2
 *      (`form`), §4.2.1 (include of a no-namespace document), §4.2.2 (redefine); Part 2 §3.2.18 (QName)
 */
import { expandedName, XML_NS } from '../../../runtime/xml/xml-namespaces.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, XSD_NS, type XsdNode } from './xsd-node.js';

export { XML_NS } from '../../../runtime/xml/xml-namespaces.js';

export interface QName {
  readonly prefix: string;
  readonly local: string;
  /** '' when unprefixed and no default namespace is declared. */
  readonly uri: string;
  /** The expanded-name string: the component table key. */
  readonly key: string;
}

export function resolveQName(node: XsdNode, value: string): QName {
  const v = value.trim();
  const i = v.indexOf(':');
  const prefix = i < 0 ? '' : v.slice(0, i);
  const local = i < 0 ? v : v.slice(i + 1);
  if (local === '' || local.includes(':') || (i >= 0 && prefix === '')) {
    xsdFail('XsdInvalid', `"${value}" is not a valid QName`, node);
  }
  let uri: string | undefined = prefix === 'xml' ? XML_NS : node.el.ns[prefix];
  if (uri === undefined) {
    if (prefix !== '') {
      xsdFail('XsdInvalid', `prefix "${prefix}" in "${value}" is not declared (add xmlns:${prefix}="...")`, node);
    }
    uri = '';
  }
  if (uri === '' && prefix === '' && node.doc.chameleon) uri = node.doc.targetNamespace;
  const key = expandedName(uri, local);
  // Inside an xs:redefine, the redefined component's own name means its original definition.
  const self = node.doc.selfReferences?.get(node.el);
  return { prefix, local, uri, key: self !== undefined && self.name === key ? self.original : key };
}

/**
 * The key under which a type named by `value` at `node` would be among the schema's own types: its
 * expanded name, except that a no-namespace schema whose default namespace is the XSD namespace
 * names its own types unprefixed (the rule lookup-type-name.ts applies when it maps the name).
 */
export function ownTypeKey(node: XsdNode, value: string): string {
  const q = resolveQName(node, value);
  return q.uri === XSD_NS && q.prefix === '' && node.doc.targetNamespace === '' ? q.local : q.key;
}

/** The expanded name of the global component `name` declared at `node`. */
export function globalName(node: XsdNode, name: string): string {
  return expandedName(node.doc.targetNamespace, name);
}

/** The expanded name a local xs:element / xs:attribute declaration at `node` declares. */
export function localName(node: XsdNode, name: string, kind: 'element' | 'attribute'): string {
  const form = attr(node, 'form')?.trim();
  if (form !== undefined && form !== 'qualified' && form !== 'unqualified') {
    xsdFail('XsdInvalid', `form="${form}" must be qualified or unqualified`, node);
  }
  const byDefault = kind === 'element' ? node.doc.elementQualified : node.doc.attributeQualified;
  const qualified = form === undefined ? byDefault : form === 'qualified';
  return qualified ? expandedName(node.doc.targetNamespace, name) : name;
}
