/**
 * The HAR 1.2 file shape (as Polly.js, browsers and `qspec conformance --mode record` write it).
 * Written by the record transport; read for replay by recordings/har-format.ts.
 *
 * @see http://www.softwareishard.com/blog/har-12-spec/ ; corpus recordings/graph-qualys/*.har
 */

export interface HarHeader {
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
