/**
 * Schema-less reading of a response's envelope: the parts the client needs whatever the schema
 * says (and before it is validated): SIMPLE_RETURN CODE/TEXT/ITEM_LIST, QPS `responseCode`,
 * `responseErrorDetails`, `hasMoreRecords`, `lastId`, and the FO truncation `WARNING`
 * (CODE 1980, URL). The body is read by qspec's own XML tokenizer (runtime/xml/xml-tree-builder.ts,
 * the validator's entity policy: no DTD fetched, entity declarations refused, only the five
 * predefined entities and character references decoded, bounded depth and element count); a body
 * that is not well-formed XML has no envelope. A streamed page's typed envelope (the document
 * without its records) is turned into the same tree by `envelopeFromRecord`.
 *
 * The tree: an element with neither attributes nor child elements is its trimmed text; any other
 * element is an object of its child elements by name (an array when a name repeats), its trimmed
 * text (`#text`, when not empty) and its attributes (`@name`), in that order.
 *
 * @see specs/vm/schemas (the SIMPLE_RETURN DTD); the Qualys API guides (QPS and FO answers); XML 1.0 §4.1
 */
import { buildXmlTree, type XmlTreeElement } from '../xml/xml-tree-builder.js';

export type XmlNode = string | { readonly [name: string]: XmlNode | readonly XmlNode[] };

export interface XmlEnvelope {
  readonly root: string;
  readonly tree: XmlNode;
}

/** Deepest nesting read (the validator's default maxDepth). */
const MAX_DEPTH = 256;

/** The root element name and its content, or undefined when `text` is not well-formed XML. */
export function readXmlEnvelope(text: string): XmlEnvelope | undefined {
  if (!/^\s*</.test(text)) return undefined;
  const built = buildXmlTree(text, { maxDepth: MAX_DEPTH });
  if ('failure' in built) return undefined;
  return { root: built.root.name, tree: treeOf(built.root) };
}

/** Sets an own property, also for an element named `__proto__` (which must not replace the prototype). */
function put(node: Record<string, XmlNode | XmlNode[]>, key: string, value: XmlNode): void {
  if (key === '__proto__')
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value;
}

/** One element as an envelope node (depth bounded by MAX_DEPTH). */
function treeOf(el: XmlTreeElement): XmlNode {
  const text = el.text.trim();
  if (el.children.length === 0 && isEmpty(el.attributes)) return text;
  const node: Record<string, XmlNode | XmlNode[]> = {};
  for (const c of el.children) {
    const value = treeOf(c);
    const seen = Object.hasOwn(node, c.name) ? node[c.name] : undefined;
    if (seen === undefined) put(node, c.name, value);
    else if (Array.isArray(seen)) seen.push(value);
    else node[c.name] = [seen as XmlNode, value];
  }
  if (text !== '') node['#text'] = text;
  for (const name in el.attributes) node[`@${name}`] = el.attributes[name]!;
  return node;
}

function isEmpty(attributes: Readonly<Record<string, string>>): boolean {
  for (const _ in attributes) return false;
  return true;
}

/**
 * The schema-less tree of a typed record (values as text, `value` of simple content as `#text`),
 * so the helpers below read a streamed page's envelope as they read a text page's.
 */
export function envelopeFromRecord(root: string, value: unknown): XmlEnvelope {
  return { root, tree: nodeOf(value) };
}

function nodeOf(value: unknown): XmlNode {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString();
  const node: Record<string, XmlNode | XmlNode[]> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    node[key === 'value' ? '#text' : key] = Array.isArray(v) ? v.map(nodeOf) : nodeOf(v);
  }
  return node;
}

export function child(
  node: XmlNode | readonly XmlNode[] | undefined,
  name: string,
): XmlNode | readonly XmlNode[] | undefined {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
  return (node as Record<string, XmlNode>)[name];
}

export function textOf(node: XmlNode | readonly XmlNode[] | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return textOf(node[0]);
  const t = (node as Record<string, XmlNode>)['#text'];
  return typeof t === 'string' ? t : '';
}

export function listOf(node: XmlNode | readonly XmlNode[] | undefined): readonly XmlNode[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node as XmlNode];
}

export interface SimpleReturn {
  readonly code: string | undefined;
  readonly text: string;
  readonly items: Record<string, string[]>;
}

export function simpleReturnOf(env: XmlEnvelope): SimpleReturn | undefined {
  if (env.root !== 'SIMPLE_RETURN') return undefined;
  const response = child(env.tree, 'RESPONSE');
  const items: Record<string, string[]> = {};
  for (const item of listOf(child(child(response, 'ITEM_LIST'), 'ITEM'))) {
    const key = textOf(child(item, 'KEY'));
    if (key === undefined) continue;
    items[key] = listOf(child(item, 'VALUE')).map((v) => textOf(v) ?? '');
  }
  return { code: textOf(child(response, 'CODE')), text: textOf(child(response, 'TEXT')) ?? '', items };
}

export interface QpsStatus {
  readonly responseCode: string | undefined;
  readonly errorMessage: string | undefined;
  readonly errorResolution: string | undefined;
  readonly hasMoreRecords: boolean;
  readonly lastId: string | undefined;
}

export function qpsStatusOf(env: XmlEnvelope): QpsStatus | undefined {
  if (env.root !== 'ServiceResponse') return undefined;
  const details = child(env.tree, 'responseErrorDetails');
  return {
    responseCode: textOf(child(env.tree, 'responseCode')),
    errorMessage: textOf(child(details, 'errorMessage')),
    errorResolution: textOf(child(details, 'errorResolution')),
    hasMoreRecords: textOf(child(env.tree, 'hasMoreRecords')) === 'true',
    lastId: textOf(child(env.tree, 'lastId')),
  };
}

/** The first `WARNING` (depth-first) carrying a CODE: FO truncation is CODE 1980 with a URL. */
export function foWarningOf(env: XmlEnvelope): { code: string; text: string; url: string | undefined } | undefined {
  const visit = (
    node: XmlNode | readonly XmlNode[] | undefined,
  ): { code: string; text: string; url: string | undefined } | undefined => {
    if (node === undefined || typeof node === 'string') return undefined;
    if (Array.isArray(node)) {
      for (const n of node) {
        const w = visit(n);
        if (w) return w;
      }
      return undefined;
    }
    for (const [name, value] of Object.entries(node as Record<string, XmlNode>)) {
      if (name === 'WARNING') {
        const code = textOf(child(value, 'CODE'));
        if (code !== undefined)
          return { code, text: textOf(child(value, 'TEXT')) ?? '', url: textOf(child(value, 'URL')) };
      }
      const w = visit(value);
      if (w) return w;
    }
    return undefined;
  };
  return visit(env.tree);
}
