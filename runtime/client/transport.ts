/**
 * The transport: the one seam between the typed client and the network. The node:http transport
 * (node-http-transport.ts) is the default, the fetch transport (fetch-transport.ts) the other one
 * shipped; the conformance kit plugs its mock, HAR replay, live and record transports in through
 * this same interface.
 *
 * Headers are plain records with lower-case names on the response side.
 *
 * @see docs/client.md (transports)
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface TransportRequest {
  readonly method: HttpMethod;
  /** Absolute URL including the query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /** Caller's cancellation. */
  readonly signal?: AbortSignal;
  /** Abort the request when no complete response head arrived within this many milliseconds. */
  readonly timeoutMs?: number;
}

export interface TransportResponse {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as a byte stream (null for no body); read it once, either through this or `text()`. */
  readonly body: ReadableStream<Uint8Array> | null;
  /** Reads the whole body as UTF-8 text. */
  text(): Promise<string>;
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
}

/** Makes a TransportResponse from a string (for test and mock transports). */
export function transportResponse(
  status: number,
  headers: Readonly<Record<string, string>>,
  text: string,
): TransportResponse {
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
  const bytes = new TextEncoder().encode(text);
  return {
    status,
    headers: lower,
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }),
    text: async () => text,
  };
}
