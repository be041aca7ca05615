/**
 * XML bodies built from dataset records.
 *
 * QPS (QPS REST API guide, "Response"): `ServiceResponse` with `responseCode`, `count` (records
 * in this answer), `hasMoreRecords`, `lastId` (the last id of this page, when more remain) and
 * `data`; its `xsi:noNamespaceSchemaLocation` names the endpoint's own schema.
 *
 * FO API 2.0 lists: the envelope of a spec example (DOCTYPE, DATETIME...) with its `*_LIST`
 * replaced by the page's records; when more records remain, `WARNING` CODE 1980 with the URL of
 * the next batch follows the list (as the DTDs order it); an empty result has no list element at
 * all (the platform's "none found" answer).
 */
import { esc } from '../error-body.js';
import type { XmlRecord } from './data-record.js';
import type { FoShape, QpsShape } from './shapes.js';
import { parseXmlTree, type XmlNode } from './xml-tree.js';

export function qpsSchemaLocation(baseUrl: string, shape: QpsShape): string {
  return `${baseUrl}/qps/xsd/${shape.version}/${shape.module}/${shape.resource}.xsd`;
}

export interface QpsPage {
  readonly records: readonly XmlRecord[];
  readonly hasMoreRecords?: boolean;
  /** Written when given (QPS: the last id of this page). */
  readonly lastId?: number;
  /** `count` element (default: the number of records). */
  readonly count?: number;
}

export function qpsBody(location: string, page: QpsPage): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${esc(location)}">\n`,
    '  <responseCode>SUCCESS</responseCode>\n',
    `  <count>${page.count ?? page.records.length}</count>\n`,
  ];
  if (page.hasMoreRecords !== undefined) parts.push(`  <hasMoreRecords>${page.hasMoreRecords}</hasMoreRecords>\n`);
  if (page.lastId !== undefined) parts.push(`  <lastId>${page.lastId}</lastId>\n`);
  if (page.records.length > 0) {
    parts.push('  <data>\n');
    for (const r of page.records) parts.push('    ', r.xml, '\n');
    parts.push('  </data>\n');
  }
  parts.push('</ServiceResponse>\n');
  return parts.join('');
}

/** The parts of an FO example around its list element (the WARNING, if any, left out). */
export interface FoEnvelope {
  readonly prefix: string;
  readonly suffix: string;
  /** Indentation before the list element (for readable output). */
  readonly indent: string;
}

/** Envelope and records of an FO list example body, or undefined when it has no such list. */
export function readFoExample(
  body: string,
  shape: FoShape,
): { envelope: FoEnvelope; records: { id: number; xml: string }[] } | undefined {
  let root: XmlNode;
  try {
    root = parseXmlTree(body);
  } catch {
    return undefined;
  }
  const response = root.children.find((c) => c.name === 'RESPONSE');
  const list = response?.children.find((c) => c.name === shape.listTag);
  if (!response || !list) return undefined;
  const warning = response.children.find((c) => c.name === 'WARNING');
  let suffix = body.slice(list.end);
  if (warning && warning.start > list.end) {
    suffix = body.slice(list.end, warning.start).trimEnd() + body.slice(warning.end);
  }
  const lineStart = body.lastIndexOf('\n', list.start) + 1;
  const indent = /^[ \t]*$/.test(body.slice(lineStart, list.start)) ? body.slice(lineStart, list.start) : '';
  const records: { id: number; xml: string }[] = [];
  for (const r of list.children) {
    if (r.name !== shape.recordTag) continue;
    const text = r.children.find((c) => c.name === shape.idTag)?.text.trim() ?? '';
    const id = foRecordId(shape, text);
    if (id === undefined) continue;
    records.push({ id, xml: body.slice(r.start, r.end) });
  }
  return { envelope: { prefix: body.slice(0, list.start).trimEnd(), suffix, indent }, records };
}

/** The numeric id of an FO record from its id element's text (bare number, or per `reference`). */
export function foRecordId(shape: FoShape, text: string): number | undefined {
  const digits = shape.reference ? shape.reference.pattern.exec(text)?.[1] : text;
  return digits !== undefined && /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

export interface FoWarning {
  readonly limit: number;
  readonly url: string;
}

export function foBody(env: FoEnvelope, shape: FoShape, records: readonly XmlRecord[], warning?: FoWarning): string {
  const parts: string[] = [env.prefix];
  const nl = `\n${env.indent}`;
  if (records.length > 0) {
    parts.push(nl, `<${shape.listTag}>`);
    for (const r of records) parts.push(nl, '  ', r.xml);
    parts.push(nl, `</${shape.listTag}>`);
  }
  if (warning) {
    parts.push(
      nl,
      '<WARNING>',
      `${nl}  <CODE>1980</CODE>`,
      `${nl}  <TEXT>${warning.limit} record limit exceeded. Use URL to get next batch of results.</TEXT>`,
      `${nl}  <URL><![CDATA[${warning.url.split(']]>').join(']]]]><![CDATA[>')}]]></URL>`,
      nl,
      '</WARNING>',
    );
  }
  parts.push(env.suffix.startsWith('\n') ? env.suffix : `\n${env.suffix.trimStart()}`);
  return parts.join('');
}
