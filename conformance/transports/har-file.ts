/**
 * HAR 1.2 files (as Polly.js, browsers and `qspec conformance --mode record` write them): read
 * into plain exchanges (base64 bodies decoded), and written back. Reading never follows URLs.
 *
 * @see http://www.softwareishard.com/blog/har-12-spec/ ; corpus recordings/graph-qualys/*.har
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync, inflateSync } from 'node:zlib';

export interface HarExchange {
  /** 0-based index in the file. */
  readonly index: number;
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string;
  readonly requestContentType?: string;
  readonly status: number;
  /** Lower-case names. */
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string;
  readonly startedDateTime?: string;
}

interface HarHeader {
  name: string;
  value: string;
}

export interface HarLog {
  log: {
    version: string;
    creator: { name: string; version: string };
    entries: HarEntry[];
  };
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: HarHeader[];
    queryString: { name: string; value: string }[];
    cookies: unknown[];
    headersSize: number;
    bodySize: number;
    postData?: { mimeType: string; text: string };
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarHeader[];
    cookies: unknown[];
    content: { size: number; mimeType: string; text?: string; encoding?: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
}

export async function readHarFile(file: string): Promise<HarExchange[]> {
  return parseHar(await readFile(file, 'utf8'), file);
}

export function parseHar(text: string, file: string): HarExchange[] {
  let har: HarLog;
  try {
    har = JSON.parse(text) as HarLog;
  } catch (e) {
    throw new Error(`${file}: not a HAR file (${(e as Error).message})`);
  }
  const entries = har?.log?.entries;
  if (!Array.isArray(entries)) throw new Error(`${file}: not a HAR file (no log.entries)`);
  return entries.map((e, index) => {
    const headers = (list: HarHeader[] | undefined) => {
      const out: Record<string, string> = {};
      for (const h of list ?? []) out[h.name.toLowerCase()] = h.value;
      return out;
    };
    const content = e.response?.content ?? { size: 0, mimeType: '' };
    const raw = content.text ?? '';
    // Polly.js marks some plain-text bodies `encoding: base64`: decode only what is base64.
    const isBase64 = content.encoding === 'base64' && /^[A-Za-z0-9+/=\s]*$/.test(raw);
    const body = isBase64 ? Buffer.from(raw, 'base64').toString('utf8') : (compressedChunks(raw) ?? raw);
    const responseHeaders = headers(e.response?.headers);
    if (!responseHeaders['content-type'] && content.mimeType) responseHeaders['content-type'] = content.mimeType;
    const requestHeaders = headers(e.request?.headers);
    return {
      index,
      method: (e.request?.method ?? 'GET').toUpperCase(),
      url: e.request?.url ?? '',
      requestHeaders,
      requestBody: e.request?.postData?.text ?? '',
      ...(e.request?.postData?.mimeType || requestHeaders['content-type']
        ? { requestContentType: e.request?.postData?.mimeType || requestHeaders['content-type'] }
        : {}),
      status: e.response?.status ?? 0,
      responseHeaders,
      responseBody: body,
      ...(e.startedDateTime ? { startedDateTime: e.startedDateTime } : {}),
    };
  });
}

/**
 * Polly.js records a gzip/deflate body it did not decode as a JSON array of hex chunks
 * (`["1f8b08...", ...]`); such a body is decoded here (bounded: 64 MiB inflated).
 */
function compressedChunks(raw: string): string | undefined {
  if (!raw.startsWith('["')) return undefined;
  let chunks: unknown;
  try {
    chunks = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!Array.isArray(chunks) || !chunks.every((c) => typeof c === 'string' && /^[0-9a-f]*$/i.test(c))) return undefined;
  const bytes = Buffer.from(chunks.join(''), 'hex');
  try {
    const limit = { maxOutputLength: 64 * 1024 * 1024 };
    return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, limit) : inflateSync(bytes, limit)).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
