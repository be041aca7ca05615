/**
 * The mock HTTP server: node:http on 127.0.0.1 (port 0 picks a free port), answering through
 * `answerRequest`. Request bodies are capped (413 past 10 MiB). Slow and truncated faults are
 * applied here (delay before the head; half the body, then the socket is destroyed). `close()`
 * stops accepting, lets in-flight answers finish (up to 2 s), then drops idle and remaining
 * connections, so tests and `qspec mock` shut down promptly.
 *
 * @see issue 4 "The mock server" (graceful shutdown; port 0)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { IrDocument } from '../../generator/ir/ir-types.js';
import { answerRequest } from './answer-request.js';
import { createMockContext, type MockContext, type MockOptions } from './mock-context.js';

const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export interface MockServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  readonly context: MockContext;
  /** Answers by status code. */
  readonly stats: { requests: number; byStatus: Record<number, number> };
  close(): Promise<void>;
}

export interface StartMockOptions extends MockOptions {
  readonly host?: string;
  readonly port?: number;
}

export async function startMockServer(
  doc: IrDocument,
  specsDir: string,
  options: StartMockOptions = {},
): Promise<MockServer> {
  const ctx = await createMockContext(doc, specsDir, options);
  const stats = { requests: 0, byStatus: {} as Record<number, number> };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let size = 0;
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_REQUEST_BYTES) {
          res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('request body too large\n');
          return;
        }
        chunks.push(chunk as Buffer);
      }
    } catch {
      return;
    }
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    let answer: ReturnType<typeof answerRequest>;
    try {
      answer = answerRequest(ctx, {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
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
      const bytes = Buffer.from(answer.body, 'utf8');
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
