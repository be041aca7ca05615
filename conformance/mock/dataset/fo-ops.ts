/**
 * FO API 2.0 lists answered from a collection (VM/PC API user guide, "Host List",
 * "Host List Detection", "KnowledgeBase", "Asset Group List", "Policy List"):
 *
 * - `ids` (comma-separated ids and `a-b` ranges), `id_min`, `id_max` (inclusive) select records,
 *   walked in id order;
 * - `truncation_limit` caps the answer (default: the mock's page size, else 1000 as the guide
 *   documents; `0` means no limit). Only when more selected records remain does the answer end
 *   with WARNING CODE 1980 and the URL of the next batch: the same request with `id_min` set to
 *   the next record's id.
 * - KB (`knowledge_base/vuln`) has no `truncation_limit`: a request with an explicit `ids=` list
 *   gets every listed QID and no WARNING (an id list is answered whole); without `ids` the mock
 *   truncates at the default page size so a full KB download pages by `id_min`. This is the
 *   mock's choice: the guide documents no truncation for the KB.
 * - Scan summaries (VM API guide, "VM Scan Summary") have no `truncation_limit` either and are
 *   treated like the KB; `scan_reference` selects that one scan. Their WARNING URL carries
 *   `id_min` with the number after the dot of the next `SCAN_REFERENCE`: the mock's own key, as
 *   the guide documents no paging for this list.
 * - No selected record: the envelope without the list element (the platform's "none found").
 */
import type { MockAnswer } from '../error-body.js';
import type { Collection } from './collection.js';
import type { XmlRecord } from './data-record.js';
import { type FoEnvelope, foBody, foRecordId } from './render-xml.js';
import type { FoShape } from './shapes.js';

export const FO_DEFAULT_TRUNCATION = 1000;
/** An `ids` list is bounded (items, including ranges). */
export const MAX_ID_ITEMS = 10_000;

export interface FoCall {
  readonly shape: FoShape;
  readonly collection: Collection;
  readonly envelope: FoEnvelope;
  readonly params: URLSearchParams;
  /** The request path, for the WARNING URL. */
  readonly path: string;
  readonly baseUrl: string;
  readonly pageSize: number | undefined;
}

export type FoResult =
  | { readonly ok: true; readonly answer: MockAnswer }
  | { readonly ok: false; readonly text: string };

export function foAnswer(call: FoCall): FoResult {
  let ranges = parseIds(call.params.get('ids'));
  if (typeof ranges === 'string') return { ok: false, text: ranges };
  const ref = call.shape.reference ? call.params.get(call.shape.reference.param) : null;
  if (ref !== null && ref !== '') {
    // One record named by its reference; an unknown reference selects none.
    const id = foRecordId(call.shape, ref.trim()) ?? -1;
    ranges = [[id, id]];
  }
  const min = intParam(call.params, 'id_min');
  const max = intParam(call.params, 'id_max');
  if (min === null || max === null) return { ok: false, text: 'id_min and id_max must be integers' };
  let limit = call.pageSize ?? FO_DEFAULT_TRUNCATION;
  if (call.shape.kb) {
    if (ranges) limit = Number.POSITIVE_INFINITY;
  } else {
    const given = intParam(call.params, 'truncation_limit');
    if (given === null) return { ok: false, text: 'truncation_limit must be an integer' };
    if (given !== undefined) limit = given === 0 ? Number.POSITIVE_INFINITY : given;
  }
  const all = call.collection.all();
  const page: XmlRecord[] = [];
  let next: number | undefined;
  for (let i = min === undefined ? 0 : call.collection.indexOf(min); i < all.length; i++) {
    const r = all[i]!;
    if (max !== undefined && r.id > max) break;
    if (ranges && !inRanges(ranges, r.id)) continue;
    if (page.length >= limit) {
      next = r.id;
      break;
    }
    page.push(r as XmlRecord);
  }
  let warning: { limit: number; url: string } | undefined;
  if (next !== undefined) {
    const query = new URLSearchParams(call.params);
    query.set('id_min', String(next));
    warning = { limit, url: `${call.baseUrl}${call.path}?${query.toString()}` };
  }
  return {
    ok: true,
    answer: {
      status: 200,
      headers: { 'content-type': 'text/xml;charset=UTF-8' },
      body: foBody(call.envelope, call.shape, page, warning),
    },
  };
}

type Range = readonly [number, number];

/** `1,5-9,12` → ranges; undefined when absent; a message when malformed. */
export function parseIds(raw: string | null): Range[] | undefined | string {
  if (raw === null || raw.trim() === '') return undefined;
  const items = raw.split(',');
  if (items.length > MAX_ID_ITEMS) return `ids: at most ${MAX_ID_ITEMS} items`;
  const out: Range[] = [];
  for (const item of items) {
    const s = item.trim();
    const dash = s.indexOf('-', 1);
    const a = dash < 0 ? s : s.slice(0, dash);
    const b = dash < 0 ? s : s.slice(dash + 1);
    if (!/^\d{1,15}$/.test(a) || !/^\d{1,15}$/.test(b)) return `ids: invalid id or range '${s.slice(0, 40)}'`;
    out.push([Number(a), Number(b)]);
  }
  return out;
}

function inRanges(ranges: readonly Range[], id: number): boolean {
  for (const [a, b] of ranges) if (id >= a && id <= b) return true;
  return false;
}

/** undefined when absent, null when not an integer. */
function intParam(params: URLSearchParams, name: string): number | undefined | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}
