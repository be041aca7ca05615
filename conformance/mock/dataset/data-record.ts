/**
 * One record of the mock's dataset: an XML element (QPS `<WebApp>`, FO `<HOST>`, `<VULN>`...)
 * kept as its source text plus its parsed tree, or a JSON object (CSAM asset, PCI compliance
 * row); each with a numeric id unique in its collection. `fieldValues` reads a named field the
 * way QPS Criteria name them: a dotted path (`tags.name`, `webApp.id`) where each step is a
 * direct child if there is one, else any descendant of that name (so `tags.name` reaches
 * `tags/list/TagSimple/name`); every value found counts (a record matches when any does).
 */
import { descendantsNamed, parseXmlTree, type XmlNode } from './xml-tree.js';

export type DataRecord = XmlRecord | JsonRecord;

export interface XmlRecord {
  readonly kind: 'xml';
  readonly id: number;
  readonly xml: string;
  readonly tree: XmlNode;
}

export interface JsonRecord {
  readonly kind: 'json';
  readonly id: number;
  readonly json: Readonly<Record<string, unknown>>;
}

/** A record whose tree is parsed on first use (FO pages never need it: most records stay text). */
export function xmlRecord(id: number, xml: string): XmlRecord {
  let tree: XmlNode | undefined;
  return {
    kind: 'xml',
    id,
    xml,
    get tree() {
      tree ??= parseXmlTree(xml);
      return tree;
    },
  };
}

/** Field values of a record for a Criteria field name (case-sensitive first, then case-insensitive). */
export function fieldValues(record: DataRecord, field: string): string[] {
  const path = field.split('.').filter(Boolean);
  if (path.length === 0) return [];
  if (record.kind === 'json') return jsonValues(record.json, path);
  let nodes: XmlNode[] = [record.tree];
  for (const step of path) {
    const next: XmlNode[] = [];
    for (const n of nodes) {
      const direct = n.children.filter((c) => sameName(c.name, step));
      if (direct.length > 0) next.push(...direct);
      else descendantsNamedLoose(n, step, next);
    }
    nodes = next;
    if (nodes.length === 0) return [];
  }
  return nodes.filter((n) => n.children.length === 0).map((n) => n.text.trim());
}

function sameName(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

function descendantsNamedLoose(n: XmlNode, name: string, out: XmlNode[]): void {
  const exact = descendantsNamed(n, name);
  if (exact.length > 0) {
    out.push(...exact);
    return;
  }
  const lower = name.toLowerCase();
  const walk = (x: XmlNode) => {
    for (const c of x.children) {
      if (c.name.toLowerCase() === lower) out.push(c);
      walk(c);
    }
  };
  walk(n);
}

function jsonValues(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => jsonValues(v, path));
  if (path.length === 0) {
    if (value === null || value === undefined) return [];
    if (typeof value === 'object') return [];
    return [String(value)];
  }
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const [step, ...rest] = path as [string, ...string[]];
  const key = step in obj ? step : Object.keys(obj).find((k) => k.toLowerCase() === step.toLowerCase());
  return key === undefined ? [] : jsonValues(obj[key], rest);
}
