/**
 * The mock HTTP server: node:http on 127.0.0.1 (port 0 picks a free port), answering through
 * `answerRequest` (or, with `proxy`, forwarding to the platform through the validating proxy).
 * Hostile clients are bounded: request bodies are capped (413 past 10 MiB, read
 * by the client before the connection closes), headers must arrive within 20 s and the whole
 * request within 60 s (slowloris), Node's parser refuses malformed requests and headers over
 * 16 KiB with 400/431, and any request a bug in `answerRequest` cannot handle gets a 500 rather
 * than stopping the server. Slow and truncated faults are
 * applied here (delay before the head; half the body, then the socket is destroyed). `close()`
 * stops accepting, lets in-flight answers finish (up to 2 s), then drops idle and remaining
 * connections, so tests and `qspec mock` shut down promptly.
 *
 * @see docs/mock.md
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { CaseResult } from '../runner/case-result.js';
import { answerRequest } from './answer-request.js';
import type { MockAnswer } from './error-body.js';
import { createMockContext, type MockContext, type MockOptions } from './mock-context.js';
import { proxyExchange } from './proxy/validating-proxy.js';

/** Largest request body read (a larger one is answered 413 and the connection closed). */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/** How long the rest of a refused (413) body is read and dropped before the connection is closed. */
const LINGER_MS = 10_000;
/** A client has this long to send its request headers (slowloris). */
export const HEADERS_TIMEOUT_MS = 20_000;
/** A client has this long to send its whole request. */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface MockServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  readonly context: MockContext;
  /** Answers by status code. */
  readonly stats: { requests: number; byStatus: Record<number, number> };
  /** Proxy mode: the checked exchanges, oldest first (at most MAX_PROXY_RESULTS kept). */
  readonly proxyResults: CaseResult[];
  close(): Promise<void>;
}

export interface StartMockOptions extends MockOptions {
  /** Interface to bind (default 127.0.0.1: never reachable from other machines unless asked). */
  readonly host?: string;
  readonly port?: number;
  /** Time allowed for a request's headers (default 20 s); slow clients get 408 and are dropped. */
  readonly headersTimeoutMs?: number;
  /** Time allowed for a whole request (default 60 s). */
  readonly requestTimeoutMs?: number;
  /** Validating proxy: forward every request to this platform URL and check both directions. */
  readonly proxy?: string;
  /** Proxy mode: called with each checked exchange. */
  readonly onProxyResult?: (result: CaseResult) => void;
}

/** Proxy results kept for the report. */
export const MAX_PROXY_RESULTS = 100_000;

export async function startMockServer(
  doc: IrDocument,
  specsDir: string,
  options: StartMockOptions = {},
): Promise<MockServer> {
  const ctx = await createMockContext(doc, specsDir, options);
  const stats = { requests: 0, byStatus: {} as Record<number, number> };
  const proxyResults: CaseResult[] = [];
  const upstream = options.proxy !== undefined ? new URL(options.proxy) : undefined;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      // How often those timeouts are enforced (Node's default is 30 s).
      connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs ?? 1000),
    },
    (req, res) => {
      void handle(req, res);
    },
  );
  server.keepAliveTimeout = 5000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, res, timers);
    if (body === undefined) return;
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    let answer: MockAnswer;
    try {
      if (upstream) {
        const exchange = await proxyExchange(ctx, upstream, {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers,
          body,
        });
        if (proxyResults.length < MAX_PROXY_RESULTS) proxyResults.push(exchange.result);
        options.onProxyResult?.(exchange.result);
        answer = exchange.answer;
      } else {
        answer = answerRequest(ctx, {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers,
          body: body.toString('utf8'),
        });
      }
    } catch (e) {
      answer = {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: `qspec mock: internal error: ${(e as Error).message}\n`,
      };
    }
    stats.requests++;
    stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
    const send = () => {
      if (res.destroyed) return;
      const bytes = answer.bytes ?? Buffer.from(answer.body, 'utf8');
      res.writeHead(answer.status, { ...answer.headers, 'content-length': String(bytes.length) });
      if (answer.truncateAt !== undefined) {
        res.write(bytes.subarray(0, answer.truncateAt), () => res.destroy());
        return;
      }
      res.end(bytes);
    };
    if (answer.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t);
        send();
      }, answer.delayMs);
      timers.add(t);
    } else send();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  ctx.baseUrl = url;
  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    context: ctx,
    stats,
    proxyResults,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        const force = setTimeout(() => {
          for (const s of sockets) s.destroy();
        }, 2000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

/**
 * The request body, at most MAX_REQUEST_BYTES; undefined when it was refused (413, answered here)
 * or the request failed. A declared Content-Length over the limit is refused before reading; a
 * body that grows past it is refused at once; the rest is read and dropped for up to LINGER_MS,
 * then the connection is closed (so the client reads the 413 instead of a reset).
 */
function readBody(req: IncomingMessage, res: ServerResponse, timers: Set<NodeJS.Timeout>): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const refuse = () => {
      // Lingering close: keep reading (and dropping) what the client still sends, then close.
      // Closing with unread input would make the kernel reset the connection, and the client
      // could lose the 413 it was sent.
      const linger = setTimeout(() => {
        timers.delete(linger);
        req.socket.destroy();
      }, LINGER_MS);
      timers.add(linger);
      req.on('end', () => {
        clearTimeout(linger);
        timers.delete(linger);
        req.socket.destroy();
      });
      res.writeHead(413, { 'content-type': 'text/plain' }).end('request body too large\n');
      resolve(undefined);
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_REQUEST_BYTES) {
      req.resume();
      refuse();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        refused = true;
        chunks.length = 0;
        refuse();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', () => {
      if (!refused) resolve(undefined);
    });
  });
}
