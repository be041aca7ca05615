/**
 * An XSD source as a tree of elements with text offsets (start of `<`, end of the start tag,
 * start of the end tag, end of the element), so edits land at exact places in the file. Parsed
 * with saxes (non-validating, no DOCTYPE, no entity expansion). An IR origin (the 1-based line and
 * column of a component's start tag, as generator/parse/xml/xml-tree.ts records it) finds its node.
 *
 * @see generator/learn/edit-xsd.ts
 */
import { SaxesParser } from 'saxes';
import type { IrOrigin } from '../../generator/ir/ir-origin.js';
import { LineIndex } from './text-edit.js';

export interface XsdNode {
  /** Qualified name as written (`xs:element`). */
  readonly qname: string;
  readonly local: string;
  readonly prefix: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XsdNode[];
  readonly parent: XsdNode | undefined;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  startTagEnd: number;
  /** Offset of the end tag's `</` (= startTagEnd for a self-closing element). */
  innerEnd: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
}

export class LocatedXsd {
  readonly lines: LineIndex;
  readonly root: XsdNode;
  private readonly byStart = new Map<number, XsdNode>();

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    const parser = new SaxesParser({ position: true });
    const stack: XsdNode[] = [];
    let root: XsdNode | undefined;
    let start = 0;
    parser.on('opentagstart', (tag) => {
      // saxes reports the position one character past the name.
      start = parser.position - tag.name.length - 2;
    });
    parser.on('opentag', (tag) => {
      const colon = tag.name.indexOf(':');
      const attributes: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === 'string' ? v : v.value;
      const node: XsdNode = {
        qname: tag.name,
        local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
        prefix: colon < 0 ? '' : tag.name.slice(0, colon),
        attributes,
        children: [],
        parent: stack.at(-1),
        start,
        startTagEnd: parser.position,
        innerEnd: parser.position,
        end: parser.position,
        selfClosing: tag.isSelfClosing,
      };
      this.byStart.set(start, node);
      if (node.parent) node.parent.children.push(node);
      else root ??= node;
      stack.push(node);
    });
    parser.on('closetag', () => {
      const node = stack.pop();
      if (!node) return;
      node.end = parser.position;
      node.innerEnd = node.selfClosing ? node.startTagEnd : text.lastIndexOf('</', node.end);
    });
    parser.write(text).close();
    if (!root) throw new Error('schema has no root element');
    this.root = root;
  }

  /** The node whose start tag is at `origin` (the nearest start tag on that line when columns differ). */
  nodeAt(origin: IrOrigin): XsdNode | undefined {
    const exact = this.byStart.get(this.lines.offset(origin.line, origin.column));
    if (exact) return exact;
    const lineStart = this.lines.offset(origin.line, 1);
    const lineEnd = this.lines.offset(origin.line + 1, 1);
    let best: XsdNode | undefined;
    for (const [s, n] of this.byStart) if (s >= lineStart && s < lineEnd && (!best || s < best.start)) best = n;
    return best;
  }
}

/** Children of `node` with local name in `names`. */
export function childrenNamed(node: XsdNode, ...names: string[]): XsdNode[] {
  return node.children.filter((c) => names.includes(c.local));
}

/** Depth-first search below `node` for the first element with local name `local`. */
export function descendant(node: XsdNode, local: string): XsdNode | undefined {
  const work = [...node.children];
  while (work.length > 0) {
    const n = work.shift()!;
    if (n.local === local) return n;
    work.push(...n.children);
  }
  return undefined;
}
