/**
 * body-head.ts, exactly: `rootElementOf` over every prolog part (BOM, declaration, comments, PIs,
 * DOCTYPE with an internal subset, whitespace) and name character, and `readBodyHead`: the text
 * path (body ended within the head, or a root other than the expected one), the stream path
 * (head chunks first, then the rest), the `maxBytes` boundaries on both text paths, the default
 * head size, read errors (timeout / redacted transport error), and cancel/release of the body.
 */
import { describe, expect, it } from 'vitest';
import { HEAD_BYTES, readBodyHead, rootElementOf } from '../../../../runtime/client/body-head.js';
import {
  QualysResponseTooLargeError,
  QualysTimeoutError,
  QualysTransportError,
} from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';

describe('rootElementOf', () => {
  it.each([
    ['<A>', 'A'],
    ['<A/>', 'A'],
    ['<A x="1">', 'A'],
    ['  \t\r\n<A>', 'A'],
    ['\uFEFF<A>', 'A'],
    ['\uFEFF \n<A>', 'A'],
    ['<?xml version="1.0"?><A>', 'A'],
    ['<?xml version="1.0"?>\n<!-- c -->\n<?pi x?>\n<A>', 'A'],
    ['<!-- a > b --><A>', 'A'],
    ['<!DOCTYPE A><A>', 'A'],
    ['<!DOCTYPE A SYSTEM "a.dtd"><A>', 'A'],
    ['<!DOCTYPE A [<!ELEMENT A ANY><!ATTLIST A x CDATA "1>2">]><A>', 'A'],
    ['<!DOCTYPE A [<!ELEMENT A ANY>] ><B>', 'B'],
    ['<!DOCTYPE A [x] [y]><C>', 'C'],
    ['<ns:Root xmlns:ns="u">', 'ns:Root'],
    ['<_a.b-c9>', '_a.b-c9'],
    ['<a\u00b7\u00e9\u4e2d>', 'a\u00b7\u00e9\u4e2d'],
    ['<Az09>', 'Az09'],
    ['<A', 'A'],
    ['<A\n>', 'A'],
    ['<:x>', ':x'],
    ['<Z>', 'Z'],
    ['<z>', 'z'],
  ])('%j → %s', (text, root) => {
    expect(rootElementOf(text)).toBe(root);
  });

  it.each([
    '',
    '   ',
    '{"a":1}',
    'x<A>',
    '\uFEFF\uFEFF<A>',
    '<?xml version="1.0"',
    '<!-- never closed <A>',
    '<!DOCTYPE A [ <!ELEMENT A ANY> <A>',
    '<!DOCTYPE A',
    '<!DOCTYPE A [x]',
    '<1A>',
    '<-A>',
    '<.A>',
    '< A>',
    '</A>',
    '<!A>',
    '<\u00e9A>',
    '<@>',
    '<[A>',
    '<`A>',
    '<{A>',
    '<',
  ])('%j → undefined', (text) => {
    expect(rootElementOf(text)).toBe(undefined);
  });

  it('a name ends at the first non-name character', () => {
    expect(rootElementOf('<Ab/c>')).toBe('Ab');
    expect(rootElementOf('<Ab>c')).toBe('Ab');
    expect(rootElementOf('<Ab\tc>')).toBe('Ab');
    expect(rootElementOf('<A,b>')).toBe('A');
    expect(rootElementOf('<A;b>')).toBe('A');
    expect(rootElementOf('<A@b>')).toBe('A');
    expect(rootElementOf('<A[b>')).toBe('A');
    expect(rootElementOf('<A`b>')).toBe('A');
    expect(rootElementOf('<A{b>')).toBe('A');
    expect(rootElementOf('<A/b>')).toBe('A');
    expect(rootElementOf('<A\u00b6b>')).toBe('A');
  });
});

const enc = new TextEncoder();
interface Body {
  stream: ReadableStream<Uint8Array>;
  cancelled: () => number;
  pulled: () => number;
}
/** A byte stream of the given parts (strings, or an Error to fail the read there). */
function body(parts: (string | Error)[]): Body {
  let i = 0;
  let cancels = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const p = parts[i++];
        if (p === undefined) controller.close();
        else if (p instanceof Error) controller.error(p);
        else controller.enqueue(enc.encode(p));
      },
      cancel() {
        cancels++;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, cancelled: () => cancels, pulled: () => i };
}
const SECRET = 'S3cret-Body-Token';
function options(over: { maxBytes?: number; headBytes?: number; expectedRoot?: string } = {}) {
  const redactor = new Redactor();
  redactor.add(SECRET);
  return {
    maxBytes: 1000,
    timeoutMs: 250,
    redactor,
    context: { endpoint: 'was.finding.search', url: 'https://h/p' },
    expectedRoot: 'R',
    headBytes: 10,
    ...over,
  };
}
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += new TextDecoder().decode(c);
  return s;
}

describe('readBodyHead: text path', () => {
  it('a body that ends within the head is text, whatever its root', async () => {
    const b = body(['<R>', 'ab', '</R>']);
    expect(await readBodyHead(b.stream, options())).toEqual({ kind: 'text', text: '<R>ab</R>' });
    expect(b.stream.locked).toBe(false);
    expect(b.cancelled()).toBe(0);
  });

  it('an empty body is empty text', async () => {
    expect(await readBodyHead(body([]).stream, options())).toEqual({ kind: 'text', text: '' });
  });

  it('joins a character cut between chunks, and flushes a cut one at the end', async () => {
    const bytes = enc.encode('é');
    const parts = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 1));
        c.enqueue(bytes.slice(1));
        c.enqueue(bytes.slice(0, 1));
        c.close();
      },
    });
    expect(await readBodyHead(parts, options())).toEqual({ kind: 'text', text: 'é\uFFFD' });
  });

  it('a short body of exactly maxBytes is read; one byte more is too large and cancelled', async () => {
    expect(await readBodyHead(body(['12345']).stream, options({ maxBytes: 5 }))).toEqual({
      kind: 'text',
      text: '12345',
    });
    const b = body(['123456']);
    const err = await readBodyHead(b.stream, options({ maxBytes: 5 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect((err as QualysResponseTooLargeError).limit).toBe(5);
    expect((err as Error).message).toBe(
      'was.finding.search: response body larger than 5 bytes (maxResponseBytes); reading stopped',
    );
    expect(b.stream.locked).toBe(false);
  });

  it('a long body with another root stays text: head and rest', async () => {
    const b = body(['<SIMPLE_RE', 'TURN>', 'x'.repeat(20), '</SIMPLE_RETURN>']);
    expect(await readBodyHead(b.stream, options())).toEqual({
      kind: 'text',
      text: `<SIMPLE_RETURN>${'x'.repeat(20)}</SIMPLE_RETURN>`,
    });
    expect(b.stream.locked).toBe(false);
  });

  it('a long body that is not XML stays text', async () => {
    const text = `<html>${'y'.repeat(30)}`;
    expect(await readBodyHead(body([text]).stream, options())).toEqual({ kind: 'text', text });
  });

  it('another root: the head counts against maxBytes (past it: too large, body cancelled)', async () => {
    const b = body(['<Other>123456', 'more']);
    const err = await readBodyHead(b.stream, options({ maxBytes: 12 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect(b.cancelled()).toBe(1);
    expect(b.pulled()).toBe(1);
    expect(b.stream.locked).toBe(false);
  });

  it('another root: head of exactly maxBytes then the rest counts on', async () => {
    const ok = body(['<Other>123', '45']);
    expect(await readBodyHead(ok.stream, options({ maxBytes: 12 }))).toEqual({ kind: 'text', text: '<Other>12345' });
    const over = body(['<Other>123', '456']);
    const err = await readBodyHead(over.stream, options({ maxBytes: 12 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
  });
});

describe('readBodyHead: stream path', () => {
  it('the expected root past the head: the head chunks, then the rest as it arrives', async () => {
    const b = body(['<R><a>', '1</a>', '<a>2</a>', '</R>']);
    const got = await readBodyHead(b.stream, options());
    expect(got.kind).toBe('stream');
    expect(b.pulled()).toBe(2);
    if (got.kind !== 'stream') return;
    expect(await collect(got.chunks)).toBe('<R><a>1</a><a>2</a></R>');
    expect(b.cancelled()).toBe(0);
    expect(b.stream.locked).toBe(false);
  });

  it('a head of exactly headBytes with the expected root streams even if the body ended there', async () => {
    const got = await readBodyHead(body(['<R>', 'abcdefg']).stream, options());
    expect(got.kind).toBe('stream');
    if (got.kind === 'stream') expect(await collect(got.chunks)).toBe('<R>abcdefg');
  });

  it('one byte short of headBytes is text', async () => {
    expect(await readBodyHead(body(['<R>', 'abcdef']).stream, options())).toEqual({ kind: 'text', text: '<R>abcdef' });
  });

  it('the streamed rest is not counted against maxBytes', async () => {
    const got = await readBodyHead(body(['<R>1234567', 'x'.repeat(50)]).stream, options({ maxBytes: 10 }));
    expect(got.kind).toBe('stream');
    if (got.kind === 'stream') expect(await collect(got.chunks)).toHaveLength(60);
  });

  it('a consumer that stops early cancels and releases the body', async () => {
    const b = body(['<R>1234567', 'a', 'b', 'c']);
    const got = await readBodyHead(b.stream, options());
    if (got.kind !== 'stream') throw new Error('expected a stream');
    for await (const _ of got.chunks) break;
    expect(b.cancelled()).toBe(1);
    expect(b.stream.locked).toBe(false);
  });

  it('a read error in the rest is a redacted transport error, not cancelled again', async () => {
    const b = body(['<R>1234567', new TypeError(`socket closed ${SECRET}`)]);
    const got = await readBodyHead(b.stream, options());
    if (got.kind !== 'stream') throw new Error('expected a stream');
    const err = await collect(got.chunks).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect((err as Error).message).toBe(
      'was.finding.search: reading the response body failed: TypeError: socket closed ***',
    );
    expect(b.cancelled()).toBe(0);
    expect(b.stream.locked).toBe(false);
  });

  it('a timeout in the rest is a QualysTimeoutError', async () => {
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    const got = await readBodyHead(body(['<R>1234567', timeout as unknown as Error]).stream, options());
    if (got.kind !== 'stream') throw new Error('expected a stream');
    const err = await collect(got.chunks).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as Error).message).toBe('was.finding.search: response body not complete within 250 ms');
  });
});

describe('readBodyHead: errors in the head', () => {
  it('a read error is a redacted transport error; the body is released', async () => {
    const b = body(['<R>', new TypeError(`reset ${SECRET}`)]);
    const err = await readBodyHead(b.stream, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect((err as Error).message).toBe('was.finding.search: reading the response body failed: TypeError: reset ***');
    expect(b.stream.locked).toBe(false);
  });

  it('a timeout (by name or by cause) is a QualysTimeoutError', async () => {
    const byCause = Object.assign(new TypeError('terminated'), { cause: { name: 'TimeoutError' } });
    const err = await readBodyHead(body([byCause]).stream, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as Error).message).toBe('was.finding.search: response body not complete within 250 ms');
  });
});

describe('head size', () => {
  it('defaults to 64 KiB', async () => {
    expect(HEAD_BYTES).toBe(65536);
    const { headBytes: _h, ...noHead } = options({ maxBytes: 1 << 20 });
    const short = `<R>${'x'.repeat(HEAD_BYTES - 4)}`;
    expect((await readBodyHead(body([short]).stream, noHead)).kind).toBe('text');
    const full = `<R>${'x'.repeat(HEAD_BYTES - 3)}`;
    expect((await readBodyHead(body([full]).stream, noHead)).kind).toBe('stream');
  });
});
