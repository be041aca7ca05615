/**
 * The record transport: wraps a live transport and keeps every exchange as a HAR 1.2 entry with
 * credentials and tokens redacted (redact-exchange.ts); `toHar()` gives the file content. Gateway
 * token answers (`POST /auth`) keep their status but lose the token.
 *
 * @see docs/conformance.md; transports/har-file.ts
 */
import {
  type Transport,
  type TransportRequest,
  type TransportResponse,
  transportResponse,
} from '../../runtime/client/transport.js';
import type { HarEntry, HarLog } from './har-file.js';
import { ExchangeRedactor, REDACTED } from './redact-exchange.js';

export class RecordTransport implements Transport {
  readonly entries: HarEntry[] = [];
  readonly redactor = new ExchangeRedactor();

  constructor(private readonly inner: Transport) {}

  async send(request: TransportRequest): Promise<TransportResponse> {
    const started = Date.now();
    const res = await this.inner.send(request);
    const body = await res.text();
    const time = Date.now() - started;
    const url = this.redactor.url(request.url);
    const reqBody =
      typeof request.body === 'string' ? request.body : request.body ? Buffer.from(request.body).toString('utf8') : '';
    const reqType = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    const isAuth = /\/auth(\?|$)/.test(new URL(request.url).pathname);
    const shownBody = isAuth && res.status < 300 ? REDACTED : this.redactor.text(body);
    const headers = (h: Readonly<Record<string, string>>) =>
      Object.entries(this.redactor.headers(h)).map(([name, value]) => ({ name, value }));
    this.entries.push({
      startedDateTime: new Date(started).toISOString(),
      time,
      request: {
        method: request.method,
        url,
        httpVersion: 'HTTP/1.1',
        headers: headers(request.headers),
        queryString: [...new URL(url).searchParams].map(([name, value]) => ({ name, value })),
        cookies: [],
        headersSize: -1,
        bodySize: reqBody.length,
        ...(reqBody
          ? { postData: { mimeType: reqType ?? 'text/plain', text: this.redactor.body(reqBody, reqType) } }
          : {}),
      },
      response: {
        status: res.status,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: headers(res.headers),
        cookies: [],
        content: { size: Buffer.byteLength(body), mimeType: res.headers['content-type'] ?? '', text: shownBody },
        redirectURL: '',
        headersSize: -1,
        bodySize: Buffer.byteLength(body),
      },
      cache: {},
      timings: { send: 0, wait: time, receive: 0 },
    });
    return transportResponse(res.status, res.headers, body);
  }

  toHar(): string {
    const har: HarLog = {
      log: { version: '1.2', creator: { name: 'qspec', version: '0.1.0' }, entries: this.entries },
    };
    return `${JSON.stringify(har, null, 2)}\n`;
  }
}
