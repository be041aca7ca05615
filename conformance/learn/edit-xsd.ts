/**
 * Turns proposals into minimal text edits of an XSD file. Each proposal's anchor (IR origin of a
 * named type, of the element whose anonymous type it is, or of a root element) is found in the
 * located source tree; the edit is one insertion (a new `xs:element` after the declared sibling
 * that precedes it in the responses, inside the same sequence/all, or after the enclosing
 * non-repeating choice; a new `xs:attribute` after the type's last attribute; a new
 * `xs:enumeration` after the last one) or one attribute value set on a start tag (`minOccurs`,
 * `maxOccurs`, `use`, `type`). Indentation follows the neighbouring lines.
 *
 * @see docs/decisions/0008-learn-and-impact.md; XSD 1.1 Part 1 §3.8 (model groups)
 */
import { type Anchor, anchorOrigin, type InferredContent, type LearnProposal } from './learn-proposal.js';
import { childrenNamed, descendant, type LocatedXsd, type XsdNode } from './located-xsd.js';
import { type TextEdit, xmlAttr } from './text-edit.js';

export type EditResult = { readonly edits: TextEdit[] } | { readonly problem: string };

export function xsdEdits(src: LocatedXsd, p: LearnProposal): EditResult {
  const c = p.change;
  switch (c.kind) {
    case 'add-element':
      return addElement(src, p, c);
    case 'add-attribute': {
      const container = attributeContainer(src, p.anchor);
      if (!container || container.selfClosing) return { problem: `no complex type to add attribute ${c.name} to` };
      const decl = `<${pre(container)}attribute name="${xmlAttr(c.name)}" type="${pre(container)}string"/>`;
      const any = childrenNamed(container, 'anyAttribute')[0];
      return { edits: [any ? insertBefore(src, any, decl) : appendChild(src, container, decl)] };
    }
    case 'add-enum-value': {
      const node = src.nodeAt(anchorOrigin(p.anchor));
      const restriction = node && (node.local === 'restriction' ? node : descendant(node, 'restriction'));
      const last = restriction && childrenNamed(restriction, 'enumeration').at(-1);
      if (!last) return { problem: `no xs:enumeration found for ${p.path}` };
      const decls = c.values.map((v) => `<${pre(last)}enumeration value="${xmlAttr(v)}"/>`);
      return { edits: decls.map((d) => insertAfter(src, last, d)) };
    }
    case 'relax-max':
    case 'relax-min':
    case 'widen-type': {
      const node = src.nodeAt(c.field.origin);
      if (!node) return { problem: `declaration of ${p.path} not found at line ${c.field.origin.line}` };
      if (c.kind === 'relax-max') return { edits: [setAttribute(src, node, 'maxOccurs', 'unbounded')] };
      if (c.kind === 'relax-min')
        return {
          edits: [
            node.local === 'attribute'
              ? setAttribute(src, node, 'use', 'optional')
              : setAttribute(src, node, 'minOccurs', '0'),
          ],
        };
      if (node.attributes.type === undefined) return { problem: `${p.path} has no type attribute to widen` };
      return { edits: [setAttribute(src, node, 'type', `${pre(node)}string`)] };
    }
  }
}

function addElement(
  src: LocatedXsd,
  p: LearnProposal,
  c: Extract<LearnProposal['change'], { kind: 'add-element' }>,
): EditResult {
  const sibling = c.after ?? c.before;
  if (sibling) {
    let node = src.nodeAt(sibling.origin);
    if (!node) return { problem: `declaration of ${sibling.xml.local} not found at line ${sibling.origin.line}` };
    // A new element placed inside a choice would exclude its neighbour: go after the whole choice.
    while (node.parent && node.parent.local === 'choice' && !repeats(node.parent)) node = node.parent;
    const decl = renderElement(src, node, c.name, c.content, c.repeated, src.lines.indentAt(node.start));
    return { edits: [c.after ? insertAfter(src, node, decl) : insertBefore(src, node, decl)] };
  }
  const type = complexTypeOf(src, p.anchor);
  const group = type && (childrenNamed(type, 'sequence', 'all', 'choice')[0] ?? undefined);
  if (!group || group.selfClosing) return { problem: `no content model to add element ${c.name} to` };
  const indent = src.lines.indentAt(group.start) + unit(src);
  return { edits: [appendChild(src, group, renderElement(src, group, c.name, c.content, c.repeated, indent))] };
}

function repeats(n: XsdNode): boolean {
  const max = n.attributes.maxOccurs;
  return max !== undefined && max !== '1' && max !== '0';
}

/** The complex type of a named type, or the anonymous one inside an element declaration. */
function complexTypeOf(src: LocatedXsd, anchor: Anchor): XsdNode | undefined {
  const node = src.nodeAt(anchorOrigin(anchor));
  if (!node) return undefined;
  if (node.local === 'complexType') return node;
  return childrenNamed(node, 'complexType')[0];
}

/** Where attributes of a type go: the complexType, or its simple/complex content derivation. */
function attributeContainer(src: LocatedXsd, anchor: Anchor): XsdNode | undefined {
  const type = complexTypeOf(src, anchor);
  if (!type) return undefined;
  const content = childrenNamed(type, 'simpleContent', 'complexContent')[0];
  return content ? childrenNamed(content, 'extension', 'restriction')[0] : type;
}

function pre(n: XsdNode): string {
  return n.prefix ? `${n.prefix}:` : '';
}

/** The file's indentation step (from the root's first child), two spaces by default. */
function unit(src: LocatedXsd): string {
  const first = src.root.children[0];
  if (!first) return '  ';
  const outer = src.lines.indentAt(src.root.start);
  const inner = src.lines.indentAt(first.start);
  return inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : '  ';
}

function insertAfter(src: LocatedXsd, node: XsdNode, decl: string): TextEdit {
  return { offset: node.end, remove: 0, insert: `${src.lines.eol}${src.lines.indentAt(node.start)}${decl}` };
}

function insertBefore(src: LocatedXsd, node: XsdNode, decl: string): TextEdit {
  return { offset: node.start, remove: 0, insert: `${decl}${src.lines.eol}${src.lines.indentAt(node.start)}` };
}

/** Appends `decl` as the last child of `parent` (after its last child, or before its end tag). */
function appendChild(src: LocatedXsd, parent: XsdNode, decl: string): TextEdit {
  const last = parent.children.at(-1);
  if (last) return insertAfter(src, last, decl);
  const indent = src.lines.indentAt(parent.start);
  return {
    offset: parent.innerEnd,
    remove: 0,
    insert: `${src.lines.eol}${indent}${unit(src)}${decl}${src.lines.eol}${indent}`,
  };
}

/** Sets (or adds) one attribute on a start tag, leaving the rest of the tag as written. */
function setAttribute(src: LocatedXsd, node: XsdNode, name: string, value: string): TextEdit {
  const tag = src.text.slice(node.start, node.startTagEnd);
  let i = tag.indexOf(` ${name}=`);
  if (i < 0) i = tag.indexOf(`\t${name}=`);
  if (i < 0) i = tag.indexOf(`\n${name}=`);
  if (i >= 0) {
    const eq = i + name.length + 1;
    const quote = tag[eq + 1] === "'" ? "'" : '"';
    const open = tag.indexOf(quote, eq);
    const close = tag.indexOf(quote, open + 1);
    return { offset: node.start + open + 1, remove: close - open - 1, insert: xmlAttr(value) };
  }
  const at = node.startTagEnd - (node.selfClosing ? 2 : 1);
  const space = /\s/.test(src.text[at - 1] ?? '');
  return { offset: at, remove: 0, insert: space ? `${name}="${xmlAttr(value)}" ` : ` ${name}="${xmlAttr(value)}"` };
}

/** An optional element declaration for inferred content, indented from `indent`. */
function renderElement(
  src: LocatedXsd,
  like: XsdNode,
  name: string,
  content: InferredContent,
  repeated: boolean,
  indent: string,
  optional = true,
): string {
  const p = pre(like);
  const step = unit(src);
  const eol = src.lines.eol;
  const occurs = `${optional ? ' minOccurs="0"' : ''}${repeated ? ' maxOccurs="unbounded"' : ''}`;
  const attrs = (at: string) =>
    content.attributes.map((a) => `${at}<${p}attribute name="${xmlAttr(a)}" type="${p}string"/>`);
  if (content.children.length === 0 && content.attributes.length === 0)
    return `<${p}element name="${xmlAttr(name)}" type="${p}string"${occurs}/>`;
  const i1 = indent + step;
  const i2 = i1 + step;
  const i3 = i2 + step;
  const lines = [`<${p}element name="${xmlAttr(name)}"${occurs}>`];
  if (content.children.length === 0) {
    lines.push(`${i1}<${p}complexType>`, `${i2}<${p}simpleContent>`, `${i3}<${p}extension base="${p}string">`);
    lines.push(...attrs(i3 + step), `${i3}</${p}extension>`, `${i2}</${p}simpleContent>`, `${i1}</${p}complexType>`);
  } else {
    lines.push(`${i1}<${p}complexType${content.text ? ' mixed="true"' : ''}>`, `${i2}<${p}sequence>`);
    for (const ch of content.children)
      lines.push(`${i3}${renderElement(src, like, ch.name, ch.content, ch.repeated, i3, ch.optional)}`);
    lines.push(`${i2}</${p}sequence>`, ...attrs(i2), `${i1}</${p}complexType>`);
  }
  lines.push(`${indent}</${p}element>`);
  return lines.join(eol);
}
