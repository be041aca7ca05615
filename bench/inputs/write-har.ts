/**
 * A HAR recording of `count` WAS search exchanges (POST /qps/rest/3.0/search/was/webapp, a
 * ServiceRequest body, a ~1.7 KB ServiceResponse answer of one or two WebApp records, generated
 * with one seed per entry), written entry by entry so memory stays flat. For the replay row.
 *
 * @see conformance/transports/har-file.ts (the shape); bench/suites/replay-suite.ts
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { HarEntry } from '../../conformance/transports/har-file.js';
import { seededPrng } from '../lib/seeded-prng.js';
import { webappDocument } from './webapp-record.js';

export function webappSearchBody(seed: number): string {
  const r = seededPrng(seed);
  let body = webappDocument.head(1).replace('<count>0</count>', '<count>1</count>');
  let n = 0;
  while (body.length < 1400) body += webappDocument.record(r, n++);
  return body.replace('<count>1</count>', `<count>${n}</count>`) + webappDocument.tail;
}

export function writeHar(file: string, count: number, seedBase: number): { entries: number; bytes: number } {
  const fd = openSync(file, 'w');
  let bytes = 0;
  const put = (s: string) => {
    bytes += writeSync(fd, s);
  };
  try {
    put('{"log":{"version":"1.2","creator":{"name":"qspec bench","version":"1"},"entries":[\n');
    for (let i = 0; i < count; i++) {
      const text = webappSearchBody(seedBase + i);
      const entry: HarEntry = {
        startedDateTime: '2026-12-01T00:00:00.000Z',
        time: 12,
        request: {
          method: 'POST',
          url: 'https://qualysapi.qualys.com/qps/rest/3.0/search/was/webapp',
          httpVersion: 'HTTP/1.1',
          headers: [{ name: 'Content-Type', value: 'text/xml' }],
          queryString: [],
          cookies: [],
          headersSize: -1,
          bodySize: 120,
          postData: {
            mimeType: 'text/xml',
            text: `<ServiceRequest><preferences><limitResults>${1 + (i % 100)}</limitResults></preferences></ServiceRequest>`,
          },
        },
        response: {
          status: 200,
          statusText: 'OK',
          httpVersion: 'HTTP/1.1',
          headers: [{ name: 'Content-Type', value: 'application/xml' }],
          cookies: [],
          content: { size: Buffer.byteLength(text), mimeType: 'application/xml', text },
          redirectURL: '',
          headersSize: -1,
          bodySize: Buffer.byteLength(text),
        },
        cache: {},
        timings: { send: 1, wait: 10, receive: 1 },
      };
      put(`${i ? ',\n' : ''}${JSON.stringify(entry)}`);
    }
    put('\n]}}\n');
    return { entries: count, bytes };
  } finally {
    closeSync(fd);
  }
}
