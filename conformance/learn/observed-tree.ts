/**
 * A response body (XML) as a small element tree for `qspec learn`: local names, attributes (no
 * namespace declarations, no `xsi:` attributes), direct text, children, and each element's XPath
 * (`/A/B[2]/C`, positional index only where a name repeats under one parent).
 *
 * Parsed with saxes (non-validating: never fetches a DOCTYPE system id, never expands
 * internal-subset entities). Only bodies the runtime engine already read as well-formed reach
 * this; a parse problem or a tree deeper than `MAX_DEPTH` or larger than `MAX_NODES` gives
 * `undefined` (the response is then reported as not learnable), so the walk over it is bounded.
 */
import { SaxesParser } from 'saxes';

export interface ObservedElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: ObservedElement[];
  text: string;
  path: string;
}

const MAX_DEPTH = 256;
const MAX_NODES = 2_000_000;

export function parseObservedXml(body: string): ObservedElement | undefined {
  const parser = new SaxesParser({ xmlns: true });
  const stack: ObservedElement[] = [];
  let root: ObservedElement | undefined;
  let failed = false;
  let nodes = 0;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    if (failed) return;
    if (stack.length >= MAX_DEPTH || ++nodes > MAX_NODES) {
      failed = true;
      return;
    }
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns' || a.uri === 'http://www.w3.org/2001/XMLSchema-instance') continue;
      attributes.set(a.local, a.value);
    }
    const el: ObservedElement = { name: tag.local, attributes, children: [], text: '', path: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else if (!root) root = el;
    stack.push(el);
  });
  const onText = (t: string) => {
    const top = stack.at(-1);
    if (top && !failed) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(body).close();
  } catch {
    return undefined;
  }
  if (failed || !root) return undefined;
  assignPaths(root, `/${root.name}`);
  return root;
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
