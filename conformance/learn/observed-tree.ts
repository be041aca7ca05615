/**
 * A response body (XML) as a small element tree for `qspec learn`: local names, attributes (no
 * namespace declarations, no `xsi:` attributes), direct text, children, and each element's XPath
 * (`/A/B[2]/C`, positional index only where a name repeats under one parent).
 *
 * Parsed with qspec's own XML tokenizer (runtime/xml/xml-tree-builder.ts, the validator's entity
 * policy: no DTD fetched, entity declarations refused, only the predefined entities and character
 * references decoded). Only bodies the runtime engine already read as well-formed reach this; a
 * parse problem or a tree deeper than `MAX_DEPTH` or larger than `MAX_NODES` gives `undefined`
 * (the response is then reported as not learnable), so the walk over it is bounded. Namespace
 * declarations and attributes in the XML Schema instance namespace (`xsi:type`, `xsi:nil`...) are
 * left out; names are local names (Namespaces in XML 1.0 §4).
 */
import { buildXmlTree, type XmlTreeElement } from '../../runtime/xml/xml-tree-builder.js';

export interface ObservedElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: ObservedElement[];
  text: string;
  path: string;
}

const MAX_DEPTH = 256;
const MAX_NODES = 2_000_000;

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export function parseObservedXml(body: string): ObservedElement | undefined {
  const built = buildXmlTree(body, { maxDepth: MAX_DEPTH, maxElements: MAX_NODES });
  if ('failure' in built) return undefined;
  const root = observed(built.root, {});
  assignPaths(root, `/${root.name}`);
  return root;
}

/** The element and its subtree as observed (depth bounded by MAX_DEPTH); `ns`: in-scope prefixes. */
function observed(el: XmlTreeElement, inherited: Readonly<Record<string, string>>): ObservedElement {
  let ns = inherited;
  for (const key in el.attributes) {
    if (key.startsWith('xmlns:')) ns = { ...ns, [key.slice(6)]: el.attributes[key]! };
  }
  const attributes = new Map<string, string>();
  for (const key in el.attributes) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    const c = key.indexOf(':');
    if (c >= 0 && ns[key.slice(0, c)] === XSI_NS) continue;
    attributes.set(c < 0 ? key : key.slice(c + 1), el.attributes[key]!);
  }
  const c = el.name.indexOf(':');
  const out: ObservedElement = {
    name: c < 0 ? el.name : el.name.slice(c + 1),
    attributes,
    children: [],
    text: el.text,
    path: '',
  };
  for (const child of el.children) out.children.push(observed(child, ns));
  return out;
}

function assignPaths(el: ObservedElement, p: string): void {
  // Iterative: depth is bounded, but keep the walk off the call stack anyway.
  const work: [ObservedElement, string][] = [[el, p]];
  while (work.length > 0) {
    const [node, at] = work.pop()!;
    node.path = at;
    const counts = new Map<string, number>();
    for (const c of node.children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const c of node.children) {
      const i = (seen.get(c.name) ?? 0) + 1;
      seen.set(c.name, i);
      work.push([c, `${at}/${c.name}${(counts.get(c.name) ?? 0) > 1 ? `[${i}]` : ''}`]);
    }
  }
}
