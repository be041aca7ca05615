/**
 * HAR 1.2 recordings for replay: `log.entries[]` into `RecordedEntry`s, streamed: each entry is
 * read, parsed and handed out before the next is read (json-array-stream.ts), so memory does not
 * grow with the number of entries. Response bodies are left
 * encoded: `content.encoding: base64` (only when the text really is base64: Polly.js marks some
 * plain-text bodies so), Polly's JSON array of hex chunks of an undecoded gzip/deflate body, or
 * plain text. Reading never follows URLs.
 *
 * @see http://www.softwareishard.com/blog/har-12-spec/ ; corpus recordings/graph-qualys/*.har
 */
import { RecordingError } from '../../generator/errors.js';
import type { HarHeader, HarLog } from '../transports/har-file.js';
import { JsonArrayStream, JsonStreamError, type ReadInto } from './json-array-stream.js';
import type { EncodedBody, RecordedEntry, RecordingFormat } from './recorded-entry.js';
import { DEFAULT_MAX_HAR_BYTES } from './recording-limits.js';

const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

export const harFormat: RecordingFormat = {
  name: 'HAR',
  defaultMaxBytes: DEFAULT_MAX_HAR_BYTES,
  handles: (file) => /\.har$/i.test(file),
  entries: (read, file) => harEntries(read, file),
};

function* harEntries(read: ReadInto, file: string): Generator<RecordedEntry> {
  const stream = new JsonArrayStream(read, ['log', 'entries']);
  let index = 0;
  try {
    for (const raw of stream.items()) {
      yield harEntry((raw ?? {}) as Partial<HarLog['log']['entries'][number]>, index++);
    }
  } catch (e) {
    if (e instanceof JsonStreamError) throw new RecordingError(`${file}: not a HAR file (${e.message})`);
    throw e;
  }
  if (!stream.found) throw new RecordingError(`${file}: not a HAR file (no log.entries)`);
}

function harEntry(e: Partial<HarLog['log']['entries'][number]>, index: number): RecordedEntry {
  const content = e.response?.content;
  const raw = typeof content?.text === 'string' ? content.text : '';
  const responseHeaders = headers(e.response?.headers);
  if (!responseHeaders['content-type'] && typeof content?.mimeType === 'string' && content.mimeType)
    responseHeaders['content-type'] = content.mimeType;
  const requestHeaders = headers(e.request?.headers);
  const postData = e.request?.postData;
  const requestType = (typeof postData?.mimeType === 'string' && postData.mimeType) || requestHeaders['content-type'];
  return {
    index,
    method: String(e.request?.method ?? 'GET').toUpperCase(),
    url: String(e.request?.url ?? ''),
    requestHeaders,
    requestBody: { kind: 'text', text: typeof postData?.text === 'string' ? postData.text : '' },
    ...(requestType ? { requestContentType: requestType } : {}),
    status: Number(e.response?.status ?? 0),
    responseHeaders,
    responseBody: responseBody(raw, content?.encoding),
    ...(typeof e.startedDateTime === 'string' ? { startedDateTime: e.startedDateTime } : {}),
  };
}

/** HAR `[{name, value}]` → lower-case names, repeated values joined (as headerMap does). */
function headers(list: HarHeader[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(list)) return out;
  for (const h of list) {
    if (typeof h?.name !== 'string') continue;
    const k = h.name.toLowerCase();
    const value = String(h.value ?? '');
    out[k] = out[k] === undefined ? value : `${out[k]}, ${value}`;
  }
  return out;
}

function responseBody(raw: string, encoding: string | undefined): EncodedBody {
  if (encoding === 'base64' && BASE64.test(raw)) return { kind: 'base64', text: raw };
  if (raw.startsWith('["')) return { kind: 'hex-chunks', json: raw };
  return { kind: 'text', text: raw };
}
