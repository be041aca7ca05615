/**
 * Seeds a collection of N records from a few templates (records read from the spec examples, or
 * from a schema-generated body): the templates keep their own ids (so an example's id is found
 * in the dataset), then copies of them in turn get the next ids above the largest. A copy differs
 * from its template where a client could tell records apart: its id (a reference id element such
 * as `scan/1234567890.12345` keeps its text up to the trailing number), every other numeric `…Id` /
 * `…_ID` leaf shifted by the same amount (so `qwebHostId EQUALS x` finds one record), and its
 * `name` / `TITLE` suffixed with the id. Deterministic: the same templates and N give the same
 * records.
 */
import { type DataRecord, type JsonRecord, type XmlRecord, xmlRecord } from './data-record.js';
import { escapeText } from './xml-tree.js';

export function seedRecords(templates: readonly DataRecord[], n: number, idTag: string): DataRecord[] {
  const sorted = [...templates].sort((a, b) => a.id - b.id);
  if (sorted.length === 0) return [];
  if (n <= sorted.length) return sorted.slice(0, n);
  const out = [...sorted];
  let next = sorted[sorted.length - 1]!.id + 1;
  for (let j = 0; out.length < n; j++, next++) out.push(cloneRecord(sorted[j % sorted.length]!, next, idTag));
  return out;
}

export function cloneRecord(template: DataRecord, id: number, idTag: string): DataRecord {
  return template.kind === 'xml' ? cloneXml(template, id, idTag) : cloneJson(template, id, idTag);
}

const ID_LEAF = /(Id|_ID|ID)$/;
const NAME_LEAF = new Set(['name', 'NAME', 'TITLE', 'title']);

function cloneXml(t: XmlRecord, id: number, idTag: string): XmlRecord {
  const shift = id - t.id;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const c of t.tree.children) {
    if (c.children.length > 0) continue;
    const value = c.text.trim();
    let replacement: string | undefined;
    if (c.name === idTag) replacement = value.slice(0, value.length - trailingDigits(value)) + String(id);
    else if (ID_LEAF.test(c.name) && /^\d{1,15}$/.test(value)) replacement = String(Number(value) + shift);
    else if (NAME_LEAF.has(c.name) && value.length > 0) replacement = `${value} ${id}`;
    if (replacement !== undefined)
      edits.push({ start: c.start, end: c.end, text: `<${c.name}>${escapeText(replacement)}</${c.name}>` });
  }
  let xml = t.xml;
  for (const e of edits.reverse()) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
  return xmlRecord(id, xml);
}

/** How many digits end `s` (scanned from the end: linear). */
function trailingDigits(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) >= 48 && s.charCodeAt(s.length - 1 - n) <= 57) n++;
  return n;
}

function cloneJson(t: JsonRecord, id: number, idTag: string): JsonRecord {
  const shift = id - t.id;
  const json: Record<string, unknown> = { ...t.json };
  for (const [k, v] of Object.entries(json)) {
    if (k === idTag) json[k] = id;
    else if (/Id$/.test(k) && typeof v === 'number') json[k] = v + shift;
    else if (k === 'assetUUID' && typeof v === 'string' && v.length >= 12)
      json[k] = v.slice(0, -12) + id.toString(16).padStart(12, '0').slice(-12);
    else if (k === 'ip' && typeof v === 'string') json[k] = `10.${(id >> 16) & 255}.${(id >> 8) & 255}.${id & 255}`;
    else if (k === 'dns' && typeof v === 'string') json[k] = `host-${id}.example.com`;
    else if (k === 'name' && typeof v === 'string') json[k] = `${v} ${id}`;
  }
  return { kind: 'json', id, json };
}
