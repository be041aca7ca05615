/**
 * Paging the real way, on top of a single-page answer: the mock serves `pages` pages (default 2)
 * for every paged endpoint, with the continuation marker each API family uses, and recognises
 * the cursor a client sends back. Page i (1-based) points to the next one with cursor `1000·i`.
 *
 * - qps-last-id: `<hasMoreRecords>true</hasMoreRecords><lastId>C</lastId>`; the next request's
 *   ServiceRequest carries `<Criteria field="id" operator="GREATER">C</Criteria>`.
 * - fo-truncation: `<WARNING><CODE>1980</CODE>...<URL>...&id_min=C</URL></WARNING>` at the end of
 *   RESPONSE; the next request carries `id_min=C`.
 * - csam-last-seen: JSON `hasMore: 1, lastSeenAssetId: C`; next request `lastSeenAssetId=C`; a
 *   page past the end answers 204 (the CSAM v2 API).
 * - offset-limit: served as one page (the client stops on a short page).
 *
 * A paged variant is only served if it still validates against the response schema (checked by
 * the caller); otherwise the endpoint answers one page. Only paged endpoints the dataset does not
 * hold (dataset/) are paged this way; a QPS answer with count 0 never claims more records.
 *
 * @see the Qualys API guides (QPS, FO paging) and release notes
 */
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';

export const PAGE_STRIDE = 1000;

/** The cursor a request carries, if any. */
export function requestCursor(endpoint: IrEndpoint, params: URLSearchParams, body: string): number | undefined {
  let raw: string | null | undefined;
  switch (endpoint.pagination.style) {
    case 'qps-last-id':
      raw = criteriaIdGreater(body);
      break;
    case 'fo-truncation':
      raw = params.get('id_min');
      break;
    case 'csam-last-seen':
      raw = params.get('lastSeenAssetId');
      break;
    default:
      return undefined;
  }
  if (raw === null || raw === undefined || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * The value of the first `<Criteria field="id" operator="GREATER">N</Criteria>` in a QPS
 * ServiceRequest body (any whitespace between the attributes and around N). Scanned with
 * indexOf, not a regex: the body comes from the client and may be up to 10 MiB.
 */
export function criteriaIdGreater(body: string): string | undefined {
  const tag = '<Criteria';
  let close = -1;
  for (let at = body.indexOf(tag); at >= 0; at = body.indexOf(tag, at + 1)) {
    // One '>' serves every tag start before it: each part of the body is scanned once.
    if (close < at) close = body.indexOf('>', at);
    if (close < 0) return undefined;
    if (close - at > 1024 || !isSpace(body.charCodeAt(at + tag.length))) continue;
    const attrs = body
      .slice(at + tag.length, close)
      .split(/\s+/)
      .filter(Boolean)
      .join(' ');
    if (attrs !== 'field="id" operator="GREATER"') continue;
    const end = body.indexOf('<', close);
    if (end < 0) return undefined;
    const value = body.slice(close + 1, end).trim();
    if (/^\d+$/.test(value)) return value;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The body without its `<hasMoreRecords>..</hasMoreRecords>` (and a following `<lastId>..</lastId>`). */
function withoutPagingMarker(body: string): string {
  const open = '<hasMoreRecords>';
  const close = '</hasMoreRecords>';
  const a = body.indexOf(open);
  if (a < 0) return body;
  const b = body.indexOf(close, a);
  if (b < 0 || body.slice(a + open.length, b).includes('<')) return body;
  let end = b + close.length;
  while (end < body.length && isSpace(body.charCodeAt(end))) end++;
  if (body.startsWith('<lastId>', end)) {
    const c = body.indexOf('</lastId>', end);
    if (c >= 0 && !body.slice(end + '<lastId>'.length, c).includes('<')) end = c + '</lastId>'.length;
  }
  return body.slice(0, a) + body.slice(end);
}

/** 1-based page for a cursor. */
export function pageOf(cursor: number | undefined): number {
  return cursor === undefined ? 1 : Math.floor(cursor / PAGE_STRIDE) + 1;
}

export interface PagedBody {
  readonly body: string;
  /** CSAM: past the last page. */
  readonly empty?: boolean;
}

/** The body of page `page` of `pages`, or undefined when the style cannot be applied to this body. */
export function pageBody(
  endpoint: IrEndpoint,
  body: string,
  page: number,
  pages: number,
  nextUrl: (cursor: number) => string,
): PagedBody | undefined {
  const more = page < pages;
  const cursor = page * PAGE_STRIDE;
  switch (endpoint.pagination.style) {
    case 'qps-last-id': {
      let out = withoutPagingMarker(body);
      // An empty answer has nothing after it.
      const marker =
        more && !out.includes('<count>0</count>')
          ? `<hasMoreRecords>true</hasMoreRecords><lastId>${cursor}</lastId>`
          : '<hasMoreRecords>false</hasMoreRecords>';
      if (/<\/count>/.test(out)) out = out.replace(/<\/count>/, `</count>${marker}`);
      else if (/<\/responseCode>/.test(out)) out = out.replace(/<\/responseCode>/, `</responseCode>${marker}`);
      else return undefined;
      return { body: out };
    }
    case 'fo-truncation': {
      if (!more) return { body };
      if (!/<\/RESPONSE>/.test(body) || /<WARNING>/.test(body)) return undefined;
      const warning =
        `<WARNING><CODE>1980</CODE><TEXT>${PAGE_STRIDE} record limit exceeded. Use URL to get next batch of results.</TEXT>` +
        `<URL><![CDATA[${nextUrl(cursor)}]]></URL></WARNING>`;
      const i = body.lastIndexOf('</RESPONSE>');
      return { body: `${body.slice(0, i)}${warning}${body.slice(i)}` };
    }
    case 'csam-last-seen': {
      if (page > pages) return { body: '', empty: true };
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return undefined;
      }
      if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
      const record = json as Record<string, unknown>;
      const last = more ? cursor : (record.lastSeenAssetId ?? cursor);
      const out = { ...record, hasMore: more ? 1 : 0, lastSeenAssetId: last };
      return { body: `${JSON.stringify(out, null, 2)}\n` };
    }
    default:
      return undefined;
  }
}
