/**
 * Test helper for the property tests: a minimal element tree of a well-formed document (parsed
 * with saxes: elements, attributes, text; CDATA kept as text, comments dropped), the list of its
 * elements in document order, and serialization back to XML (text and attributes re-escaped), so
 * mutations can work on structure and still produce the exact bytes handed to both validators.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

export interface XmlDoc {
  /** Everything before the root element (XML declaration, DOCTYPE), verbatim. */
  prolog: string;
  root: XmlNode;
}

export function parseTree(xml: string): XmlDoc {
  const rootAt = xml.search(/<[A-Za-z_]/);
  const prolog = xml.slice(0, rootAt);
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attrs: { ...tag.attributes }, children: [] };
    if (stack.length) stack[stack.length - 1]!.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const text = (t: string) => {
    if (stack.length) stack[stack.length - 1]!.children.push(t);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  if (!root) throw new Error('parseTree: no root element');
  return { prolog, root };
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

export function serialize(doc: XmlDoc): string {
  const out: string[] = [doc.prolog];
  const walk = (n: XmlNode) => {
    out.push(`<${n.name}`);
    for (const [k, v] of Object.entries(n.attrs)) out.push(` ${k}="${escAttr(v)}"`);
    out.push('>');
    for (const c of n.children) {
      if (typeof c === 'string') out.push(escText(c));
      else walk(c);
    }
    out.push(`</${n.name}>`);
  };
  walk(doc.root);
  return out.join('');
}

/** Every element with its parent (the root's parent is undefined), in document order. */
export function elements(doc: XmlDoc): { node: XmlNode; parent: XmlNode | undefined }[] {
  const out: { node: XmlNode; parent: XmlNode | undefined }[] = [];
  const walk = (n: XmlNode, parent: XmlNode | undefined) => {
    out.push({ node: n, parent });
    for (const c of n.children) if (typeof c !== 'string') walk(c, n);
  };
  walk(doc.root, undefined);
  return out;
}

export function cloneDoc(doc: XmlDoc): XmlDoc {
  return structuredClone(doc);
}
