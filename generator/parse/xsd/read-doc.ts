/**
 * Reads a component's documentation: the text of its `xs:annotation/xs:documentation` children,
 * whitespace-normalised (runs of whitespace become one space), several documentation elements
 * joined by a newline. `xs:appinfo` is ignored.
 *
 * @see XSD 1.1 Part 1 §3.15 (Annotations)
 */
import type { XmlElement } from '../xml/xml-tree.js';
import { XSD_NS, type XsdNode } from './xsd-node.js';

export function readDoc(node: XsdNode): string | undefined {
  const parts: string[] = [];
  for (const annotation of node.el.children) {
    if (annotation.uri !== XSD_NS || annotation.local !== 'annotation') continue;
    for (const d of annotation.children) {
      if (d.uri !== XSD_NS || d.local !== 'documentation') continue;
      const text = allText(d).replace(/\s+/g, ' ').trim();
      if (text !== '') parts.push(text);
    }
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** Character data of an element and its descendants (XHTML inside documentation). */
function allText(el: XmlElement): string {
  return [el.text, ...el.children.map(allText)].join(' ');
}
