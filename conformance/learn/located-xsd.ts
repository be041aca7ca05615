/**
 * An XSD source as a tree of elements with text offsets (start of `<`, end of the start tag,
 * start of the end tag, end of the element), so edits land at exact places in the file. Parsed
 * with qspec's own XML tokenizer (runtime/xml/xml-tree-builder.ts: no DOCTYPE, no entity
 * expansion), the one that reads schemas for generation, so an IR origin (the 1-based line and
 * column of a component's start tag, as generator/parse/xml/xml-tree.ts records it) finds its node.
 *
 * @see edit-xsd.ts
 */
import type { IrOrigin } from '../../generator/ir/ir-origin.js';
import { buildXmlTree, type XmlTreeElement } from '../../runtime/xml/xml-tree-builder.js';
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
    const built = buildXmlTree(text, { doctype: 'refuse' });
    if ('failure' in built) {
      const f = built.failure;
      throw new Error(`schema is not well-formed XML at ${f.line}:${f.column}: ${f.message}`);
    }
    this.root = this.node(built.root, undefined);
  }

  /** The node of `el` and its subtree (depth bounded by the tree builder), with text offsets. */
  private node(el: XmlTreeElement, parent: XsdNode | undefined): XsdNode {
    const text = this.text;
    // Columns count from the document, which starts after a byte order mark.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const offset = (line: number, column: number) => this.lines.offset(line, column) + (line === 1 ? bom : 0);
    const start = offset(el.line, el.column);
    const startTagEnd = startTagEndAt(text, start);
    const innerEnd = el.selfClosing ? startTagEnd : offset(el.endLine, el.endColumn);
    const colon = el.name.indexOf(':');
    const node: XsdNode = {
      qname: el.name,
      local: colon < 0 ? el.name : el.name.slice(colon + 1),
      prefix: colon < 0 ? '' : el.name.slice(0, colon),
      attributes: el.attributes,
      children: [],
      parent,
      start,
      startTagEnd,
      innerEnd,
      end: el.selfClosing ? startTagEnd : text.indexOf('>', innerEnd) + 1,
      selfClosing: el.selfClosing,
    };
    this.byStart.set(start, node);
    for (const c of el.children) node.children.push(this.node(c, node));
    return node;
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

/** Offset just after the `>` of the start tag at `start` (a `>` inside a quoted attribute value does not end it). */
function startTagEndAt(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return text.length;
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
