/**
 * Hostile response bodies over real HTTP: pathological XML heads (a backtracking regex would
 * block the event loop: the work runs in a child process that is killed when it hangs), an
 * endless body on a non-streamed call, a gzip bomb, and an oversized non-matching head on the
 * streamed-paging path. Bodies the client holds in memory stop at `maxResponseBytes`
 * (decompressed) with a QualysResponseTooLargeError, and the server sees the connection closed
 * before its body ended.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCore } from '../../../../runtime/client/client-core.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../../../runtime/client/client-options.js';
import { QualysResponseTooLargeError } from '../../../../runtime/client/qualys-error.js';
import { readXmlEnvelope } from '../../../../runtime/client/xml-envelope.js';
import { vmKbList } from '../../../fixtures/client/endpoints.js';
import { startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient } from './make-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PROBE = join(import.meta.dirname, '../../../fixtures/client/head-probe.ts');
/**
 * The probe's time limit. A linear scan of these inputs takes milliseconds; the limit only has
 * to cover starting node with tsx on a loaded machine. The backtracking regex this replaces
 * needs about 2^40 steps for 40 spaces, i.e. hours: it cannot pass by luck.
 */
const PROBE_LIMIT_MS = 30_000;

function probe(args: string[], stdin = ''): Promise<{ code: number | null; out: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, PROBE_LIMIT_MS);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, killed });
    });
    child.stdin.end(stdin);
  });
}

const spaces = (n: number) => ' '.repeat(n);
const PATHOLOGICAL_HEADS: [string, string][] = [
  ['40 spaces + <1', `${spaces(40)}<1`],
  ['100k spaces + <1', `${spaces(100_000)}<1`],
  ['100k spaces, tab and newline mix + <1', `${' \t\r\n'.repeat(25_000)}<1`],
  ['spaces between 10k comments, then <1', `${'<!-- c -->  '.repeat(10_000)}<1`],
  ['an unclosed comment', `<!--${spaces(100_000)}`],
  ['an unclosed PI', `<?xml${spaces(100_000)}`],
  ['a DOCTYPE with 50k unclosed [', `<!DOCTYPE a ${'['.repeat(50_000)}`],
  ['a DOCTYPE with 50k "[]" pairs and no >', `<!DOCTYPE a ${'[]'.repeat(50_000)}`],
];

describe('pathological XML heads', () => {
  it('rootElementOf returns promptly and right for each (child process, killed if it hangs)', async () => {
    const inputs = [...PATHOLOGICAL_HEADS.map(([, t]) => t), `${spaces(100_000)}<Root a="1">`];
    const { code, out, killed } = await probe(['roots'], JSON.stringify(inputs));
    expect(killed).toBe(false);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([...PATHOLOGICAL_HEADS.map(() => null), 'Root']);
  });

  it.each(PATHOLOGICAL_HEADS.slice(0, 2))(
    'a 2xx page body of %s through the streamed-paging path ends promptly',
    async (_name, head) => {
      const body = head.length > 70_000 ? head : `${head}${spaces(70_000)}`;
      server.handle(() => ({ headers: { 'content-type': 'text/xml' }, body }));
      const { code, out, killed } = await probe(['page', server.url]);
      expect(killed).toBe(false);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual({ records: 0 });
      expect(server.requests).toHaveLength(1);
    },
  );
});

/** Parts of a body that would go on for `total` bytes; records how much was produced and whether the server gave up. */
function endless(part: Uint8Array | string, total: number, delayMs = 0) {
  const state = { produced: 0, finished: false, stopped: false };
  async function* parts(): AsyncGenerator<Uint8Array | string> {
    try {
      while (state.produced < total) {
        if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
        state.produced += typeof part === 'string' ? part.length : part.byteLength;
        yield part;
      }
      state.finished = true;
    } finally {
      state.stopped = true;
    }
  }
  return { state, parts };
}

async function until(check: () => boolean, ms = 20_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
}

const MIB = 1024 * 1024;

describe('maxResponseBytes', () => {
  it('defaults to 256 MiB', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(256 * MIB);
    expect(makeClient(server.url).core.options.maxResponseBytes).toBe(256 * MIB);
  });

  it('an endless body on a non-streamed call stops at the limit and the connection is closed', async () => {
    const { state, parts } = endless('<!-- filler -->'.repeat(4096), 64 * MIB);
    server.handle(() => ({
      headers: { 'content-type': 'text/xml' },
      body: '<KNOWLEDGE_BASE_VULN_LIST_OUTPUT>',
      parts: parts(),
    }));
    const { core } = makeClient(server.url, { maxResponseBytes: MIB });
    const err = await core.call(vmKbList, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect((err as QualysResponseTooLargeError).limit).toBe(MIB);
    expect((err as Error).message).toContain(String(MIB));
    expect(await until(() => state.stopped)).toBe(true);
    expect(state.finished).toBe(false);
    expect(state.produced).toBeLessThan(64 * MIB);
  });

  it('a gzip body that inflates past the limit stops there (the limit counts decompressed bytes)', async () => {
    // A gzip stream made on the fly: each part is 1 MiB of spaces compressed to about 1 KiB.
    const gzip = createGzip();
    const compressed: Buffer[] = [];
    gzip.on('data', (c: Buffer) => compressed.push(c));
    const inflated = { bytes: 0, finished: false, stopped: false };
    async function* bomb(): AsyncGenerator<Uint8Array> {
      try {
        for (let i = 0; i < 300; i++) {
          await new Promise((r) => setTimeout(r, 2));
          await new Promise<void>((r) => gzip.write(Buffer.alloc(MIB, 0x20), () => gzip.flush(() => r())));
          inflated.bytes += MIB;
          yield Buffer.concat(compressed.splice(0));
        }
        await new Promise<void>((r) => gzip.end(r));
        yield Buffer.concat(compressed.splice(0));
        inflated.finished = true;
      } finally {
        inflated.stopped = true;
      }
    }
    server.handle(() => ({ headers: { 'content-type': 'text/xml', 'content-encoding': 'gzip' }, parts: bomb() }));
    const { core } = makeClient(server.url, { maxResponseBytes: 4 * MIB });
    const err = await core.call(vmKbList, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect((err as QualysResponseTooLargeError).limit).toBe(4 * MIB);
    expect(await until(() => inflated.stopped)).toBe(true);
    expect(inflated.finished).toBe(false);
    gzip.destroy();
  });

  it('a large page whose root is not the expected one (kept as text) stops at the limit', async () => {
    const { state, parts } = endless('<ITEM>x</ITEM>'.repeat(4096), 64 * MIB);
    server.handle(() => ({
      headers: { 'content-type': 'text/xml' },
      body: '<SIMPLE_RETURN><RESPONSE>',
      parts: parts(),
    }));
    const core = new ClientCore({
      baseUrl: server.url,
      auth: { kind: 'basic', username: 'alice', password: 'pw-123' },
      maxResponseBytes: 2 * MIB,
      decoder: {
        xml: (text) => ({ value: readXmlEnvelope(text)?.tree, issues: [] }),
        json: () => [],
        xmlRecords: () => undefined,
      },
    });
    const err = await (async () => {
      for await (const _ of core.paginate(vmKbList, {})) void _;
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect(await until(() => state.stopped)).toBe(true);
    expect(state.finished).toBe(false);
  });

  it('refuses a limit that is not a positive number', () => {
    expect(() => makeClient(server.url, { maxResponseBytes: 0 })).toThrow(/maxResponseBytes/);
    expect(() => makeClient(server.url, { maxResponseBytes: Number.NaN })).toThrow(/maxResponseBytes/);
  });
});
