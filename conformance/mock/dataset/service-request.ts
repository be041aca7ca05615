/**
 * Reads a client's QPS `ServiceRequest` body (Qualys QPS REST API guide, "Search / Criteria" and
 * "Preferences"; the CSAM v2 search sends a bare `<filters>` root whose Criteria hold a
 * `<value>`): the `<filters><Criteria field=".." operator="..">value</Criteria></filters>`,
 * the `<preferences>` (`startFromOffset`, `startFromId`, `limitResults`, `verbose`) and, for
 * create/update calls, the record under `<data>`. Bounded: at most MAX_CRITERIA criteria, the
 * element tree limited in depth and size; anything the mock cannot read is a `ServiceRequestError`
 * (answered INVALID_REQUEST, as the platform does for a malformed body).
 */
import { childText, parseXmlTree, type XmlNode, XmlTreeError } from './xml-tree.js';

/** The QPS operators (QPS REST API guide, "Operators"). */
export const OPERATORS = ['EQUALS', 'NOT EQUALS', 'GREATER', 'LESSER', 'IN', 'CONTAINS', 'NONE'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Criterion {
  readonly field: string;
  readonly operator: Operator;
  readonly value: string;
}

export interface ServiceRequest {
  readonly criteria: readonly Criterion[];
  /** 1-based (QPS `startFromOffset`). */
  readonly startFromOffset?: number;
  readonly startFromId?: number;
  readonly limitResults?: number;
  readonly verbose?: boolean;
  /** The record element under `<data>` (create/update), with the source text it was read from. */
  readonly data?: { readonly node: XmlNode; readonly source: string };
}

export const MAX_CRITERIA = 100;
/** A ServiceRequest body is small; this bounds the tree the mock builds from it. */
const LIMITS = { maxDepth: 32, maxElements: 10_000 };

export class ServiceRequestError extends Error {}

/** The request read from `body`; an empty body is a request with no criteria. */
export function readServiceRequest(body: string): ServiceRequest {
  if (body.trim() === '') return { criteria: [] };
  let root: XmlNode;
  try {
    root = parseXmlTree(body, LIMITS);
  } catch (e) {
    if (e instanceof XmlTreeError) throw new ServiceRequestError(`Malformed ServiceRequest: ${e.message}`);
    throw e;
  }
  if (root.name !== 'ServiceRequest' && root.name !== 'filters')
    throw new ServiceRequestError(`Expected <ServiceRequest>, got <${root.name}>`);
  const criteria: Criterion[] = [];
  const filterLists = root.name === 'filters' ? [root] : root.children.filter((c) => c.name === 'filters');
  for (const filters of filterLists) {
    for (const c of filters.children) {
      if (c.name !== 'Criteria') continue;
      if (criteria.length >= MAX_CRITERIA) throw new ServiceRequestError(`Too many criteria (at most ${MAX_CRITERIA})`);
      const field = c.attrs.field?.trim();
      const operator = c.attrs.operator?.trim().toUpperCase().split(/\s+/).join(' ');
      if (!field) throw new ServiceRequestError('Criteria without a field');
      if (!operator || !(OPERATORS as readonly string[]).includes(operator))
        throw new ServiceRequestError(`Criteria: unsupported operator '${c.attrs.operator ?? ''}' for '${field}'`);
      const value = childText(c, 'value') ?? c.text.trim();
      criteria.push({ field, operator: operator as Operator, value });
    }
  }
  const prefs = root.children.find((c) => c.name === 'preferences');
  const out: {
    criteria: Criterion[];
    startFromOffset?: number;
    startFromId?: number;
    limitResults?: number;
    verbose?: boolean;
    data?: { node: XmlNode; source: string };
  } = { criteria };
  if (prefs) {
    const offset = positive(prefs, 'startFromOffset');
    const fromId = positive(prefs, 'startFromId');
    const limit = positive(prefs, 'limitResults');
    if (offset !== undefined) out.startFromOffset = offset;
    if (fromId !== undefined) out.startFromId = fromId;
    if (limit !== undefined) out.limitResults = limit;
    const verbose = childText(prefs, 'verbose');
    if (verbose !== undefined) out.verbose = verbose === 'true';
  }
  const data = root.children.find((c) => c.name === 'data');
  const record = data?.children[0];
  if (record) out.data = { node: record, source: body };
  return out;
}

function positive(node: XmlNode, name: string): number | undefined {
  const raw = childText(node, name);
  if (raw === undefined) return undefined;
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1)
    throw new ServiceRequestError(`Preferences: ${name} must be a positive integer, got '${raw.slice(0, 40)}'`);
  return Number(raw);
}
