/**
 * Resolves a QName attribute value (`type="xs:long"`, `ref="tns:WebApp"`, `base="Cdata"`) against
 * the in-scope namespace declarations of the element that carries it.
 *
 * An unprefixed name takes the default namespace (or none). The `xml` prefix is always bound.
 *
 * @see Namespaces in XML 1.0 §6, XSD 1.1 Part 2 §3.3.18 (QName)
 */
import { xsdFail } from './xsd-diagnostics.js';
import type { XsdNode } from './xsd-node.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface QName {
  readonly prefix: string;
  readonly local: string;
  /** '' when unprefixed and no default namespace is declared. */
  readonly uri: string;
}

export function resolveQName(node: XsdNode, value: string): QName {
  const v = value.trim();
  const i = v.indexOf(':');
  const prefix = i < 0 ? '' : v.slice(0, i);
  const local = i < 0 ? v : v.slice(i + 1);
  if (local === '' || local.includes(':')) xsdFail('XsdInvalid', `"${value}" is not a valid QName`, node);
  if (prefix === 'xml') return { prefix, local, uri: XML_NS };
  const uri = node.el.ns[prefix];
  if (uri === undefined) {
    if (prefix === '') return { prefix, local, uri: '' };
    xsdFail('XsdInvalid', `prefix "${prefix}" in "${value}" is not declared (add xmlns:${prefix}="...")`, node);
  }
  return { prefix, local, uri };
}
