/**
 * A Transport wrapper that records every exchange (request line, status, lower-case headers,
 * the body as text) and can add headers to each request (the runner uses it to name the example
 * the mock should serve). The client still gets a fresh response it can read once.
 *
 * @see runtime/client/transport.ts (one Transport interface for mock, replay, live, record)
 */
import {
  type Transport,
  type TransportRequest,
  type TransportResponse,
  transportResponse,
} from '../../runtime/client/transport.js';

export interface CapturedExchange {
  readonly request: TransportRequest;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly startedAt: number;
  readonly durationMs: number;
}

export class CaptureTransport implements Transport {
  readonly exchanges: CapturedExchange[] = [];
  /** Headers added to every request (cleared by the runner between cases). */
  extraHeaders: Record<string, string> = {};

  constructor(private readonly inner: Transport) {}

  async send(request: TransportRequest): Promise<TransportResponse> {
    const startedAt = Date.now();
    const isAuth = /\/auth(\?|$)/.test(request.url);
    const sent = isAuth ? request : { ...request, headers: { ...request.headers, ...this.extraHeaders } };
    const res = await this.inner.send(sent);
    const body = await res.text();
    this.exchanges.push({
      request: sent,
      status: res.status,
      headers: res.headers,
      body,
      startedAt,
      durationMs: Date.now() - startedAt,
    });
    return transportResponse(res.status, res.headers, body);
  }

  /** The last exchange (from index `since` on) that was not a gateway token request. */
  lastCall(since = 0, includeAuth = false): CapturedExchange | undefined {
    for (let i = this.exchanges.length - 1; i >= since; i--) {
      const e = this.exchanges[i]!;
      if (includeAuth || !/\/auth(\?|$)/.test(e.request.url)) return e;
    }
    return undefined;
  }
}
