/**
 * QPS REST calls answered from a collection (Qualys QPS REST API guide: "Search", "Count",
 * "Get", "Create", "Update", "Delete"):
 *
 * - search: Criteria (criteria.ts) ANDed, records in id order, then `startFromId`,
 *   `startFromOffset` (1-based) and `limitResults` (default: the mock's page size, 100; at most
 *   1000). `count` is the number of records in this answer, `hasMoreRecords` whether any match
 *   after them and `lastId` the last id of this page when they do, so both paging styles work:
 *   `startFromOffset` += limitResults, or `id GREATER lastId`. No match: SUCCESS, count 0.
 * - count: the number of records the same search would find.
 * - get: the record, or responseCode NOT_FOUND (HTTP 200, as the corpus recorded it).
 * - create / update / delete change the collection for the rest of the run; the request's
 *   `<data>` record is laid over the record's own elements of the same names (elements the
 *   record does not have are not added, so the answer keeps the schema's order).
 * `verbose` is read but the records are always answered in full.
 */
import type { MockAnswer } from '../error-body.js';
import type { Collection } from './collection.js';
import { matchesAll } from './criteria.js';
import { type DataRecord, type XmlRecord, xmlRecord } from './data-record.js';
import { qpsBody, qpsSchemaLocation } from './render-xml.js';
import { readServiceRequest, type ServiceRequest, ServiceRequestError } from './service-request.js';
import type { Operation, QpsShape } from './shapes.js';

export const QPS_DEFAULT_LIMIT = 100;
export const QPS_MAX_LIMIT = 1000;

export interface QpsCall {
  readonly op: Operation;
  readonly shape: QpsShape;
  readonly collection: Collection;
  readonly recordTag: string;
  readonly pathId: string | undefined;
  readonly body: string;
  readonly baseUrl: string;
  readonly pageSize: number | undefined;
  readonly readOnly: boolean;
}

export function qpsAnswer(call: QpsCall): MockAnswer {
  const location = qpsSchemaLocation(call.baseUrl, call.shape);
  const ok = (body: string): MockAnswer => ({ status: 200, headers: { 'content-type': 'application/xml' }, body });
  let request: ServiceRequest;
  try {
    request = readServiceRequest(call.op === 'get' || call.op === 'delete' ? '' : call.body);
  } catch (e) {
    if (e instanceof ServiceRequestError) return qpsError(location, 400, 'INVALID_REQUEST', e.message);
    throw e;
  }
  const c = call.collection;
  switch (call.op) {
    case 'search': {
      const found = search(c, request);
      const offset = (request.startFromOffset ?? 1) - 1;
      const limit = Math.min(request.limitResults ?? call.pageSize ?? QPS_DEFAULT_LIMIT, QPS_MAX_LIMIT);
      const page = found.slice(offset, offset + limit) as XmlRecord[];
      const more = offset + page.length < found.length;
      return ok(
        qpsBody(location, {
          records: page,
          hasMoreRecords: more,
          ...(more && page.length > 0 ? { lastId: page[page.length - 1]!.id } : {}),
        }),
      );
    }
    case 'count':
      return ok(qpsBody(location, { records: [], count: search(c, request).length }));
    case 'get': {
      const record = recordOf(c, call.pathId);
      if (!record) return notFound(location, call);
      return ok(qpsBody(location, { records: [record] }));
    }
    case 'create': {
      if (call.readOnly) return readOnly(location);
      const template = c.templates[0] as XmlRecord;
      const id = c.nextId();
      const fresh = overlay(xmlRecord(id, replaceId(template, id)), request);
      c.add(fresh);
      return ok(qpsBody(location, { records: [fresh] }));
    }
    case 'update': {
      if (call.readOnly) return readOnly(location);
      const record = recordOf(c, call.pathId);
      if (!record) return notFound(location, call);
      const updated = overlay(record, request);
      c.replace(updated);
      return ok(qpsBody(location, { records: [idOnly(call.recordTag, record.id)] }));
    }
    case 'delete': {
      if (call.readOnly) return readOnly(location);
      const record = recordOf(c, call.pathId);
      if (!record) return notFound(location, call);
      c.remove(record.id);
      return ok(qpsBody(location, { records: [idOnly(call.recordTag, record.id)] }));
    }
    default:
      return qpsError(location, 400, 'INVALID_REQUEST', `operation ${call.op} is not a QPS call`);
  }
}

function search(c: Collection, request: ServiceRequest): DataRecord[] {
  const from = request.startFromId;
  const all = from === undefined ? c.all() : c.all().slice(c.indexOf(from));
  return request.criteria.length === 0 ? [...all] : all.filter((r) => matchesAll(r, request.criteria));
}

function recordOf(c: Collection, raw: string | undefined): XmlRecord | undefined {
  if (raw === undefined || !/^\d{1,15}$/.test(raw)) return undefined;
  return c.get(Number(raw)) as XmlRecord | undefined;
}

function idOnly(tag: string, id: number): XmlRecord {
  return xmlRecord(id, `<${tag}><id>${id}</id></${tag}>`);
}

/** The template's text with its own `<id>` child set to `id`. */
function replaceId(t: XmlRecord, id: number): string {
  const idNode = t.tree.children.find((c) => c.name === 'id');
  if (!idNode) return t.xml;
  return `${t.xml.slice(0, idNode.start)}<id>${id}</id>${t.xml.slice(idNode.end)}`;
}

/** The record with each of its elements that the request's `<data>` record also has replaced by the request's. */
function overlay(record: XmlRecord, request: ServiceRequest): XmlRecord {
  const data = request.data;
  if (!data) return record;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const given of data.node.children) {
    if (given.name === 'id') continue;
    const own = record.tree.children.find((c) => c.name === given.name);
    if (own) edits.push({ start: own.start, end: own.end, text: data.source.slice(given.start, given.end) });
  }
  edits.sort((a, b) => b.start - a.start);
  let xml = record.xml;
  for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
  return xmlRecord(record.id, xml);
}

function notFound(location: string, call: QpsCall): MockAnswer {
  return qpsError(location, 200, 'NOT_FOUND', `${call.recordTag} with id ${call.pathId ?? ''} not found`);
}

function readOnly(location: string): MockAnswer {
  return qpsError(
    location,
    403,
    'UNAUTHORIZED',
    'The mock serves a read-only dataset (--read-only): writes are refused',
  );
}

export function qpsError(location: string, status: number, code: string, message: string): MockAnswer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${esc(location)}">\n` +
    `  <responseCode>${code}</responseCode>\n  <responseErrorDetails>\n    <errorMessage>${esc(message)}</errorMessage>\n` +
    '  </responseErrorDetails>\n</ServiceResponse>\n';
  return { status, headers: { 'content-type': 'application/xml' }, body };
}
