/**
 * The incremental JSON reader hands out exactly the items `JSON.parse(text).log.entries` holds,
 * however the input is cut into reads; it rejects what `JSON.parse` rejects (items before the
 * error are handed out first); its buffer stays the size of one item plus one read, and its time
 * is linear on inputs made to hurt a naive scanner (backslash runs, deep nesting).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JsonArrayStream,
  JsonStreamError,
  type ReadInto,
} from '../../../../conformance/recordings/json-array-stream.js';

const PATH = ['log', 'entries'];

/** Reads of at most `step` bytes; records the largest free space the reader offered. */
function reader(text: string | Uint8Array, step: number) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let at = 0;
  const seen = { maxOffered: 0, reads: 0 };
  const read: ReadInto = (target, offset, length) => {
    seen.maxOffered = Math.max(seen.maxOffered, length);
    seen.reads++;
    const n = Math.min(length, step, bytes.length - at);
    target.set(bytes.subarray(at, at + n), offset);
    at += n;
    return n;
  };
  return { read, seen };
}

function collect(text: string | Uint8Array, step = 1 << 20, chunk = 64) {
  const stream = new JsonArrayStream(reader(text, step).read, PATH, chunk);
  const items: unknown[] = [];
  let error: JsonStreamError | undefined;
  try {
    for (const item of stream.items()) items.push(item);
  } catch (e) {
    if (!(e instanceof JsonStreamError)) throw e;
    error = e;
  }
  return { items, found: stream.found, error };
}

const slashes = (n: number) => `{"log":{"entries":["${'\\\\'.repeat(n)}","${'\\"'.repeat(n)}"]}}`;
const nested = (n: number) =>
  `{"x":${'['.repeat(n)}${']'.repeat(n)},"log":{"entries":[${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}]}}`;

const DOCS = [
  '{"log":{"entries":[]}}',
  '{"log":{"version":"1.2","entries":[{"a":1},{"b":[1,2,{"c":"}]{["}]}]}}',
  '  \r\n\t{ "log" : { "entries" : [ 1 , "two" , null , true , false , -1.5e3 , [ ] , { } ] } }  \n',
  '{"pages":[{"log":{"entries":[9]}}],"log":{"creator":{"entries":[8]},"entries":[{"x":"\\"quoted\\" \\\\"}]},"z":0}',
  '{"log":{"entries":[{"k\\"ey":"v\\\\\\"al\\\\"},"\\u00e9\\ud83d\\ude00 é 😀 \\/ \\b\\f\\n\\r\\t"]}}',
  '{"log":{"entries":["a"],"entries":["second"]}}',
  '{"log":{"entries":[{"body":"<a b=\\"1\\">[{\\"x\\"}]</a>"}]},"log":{"entries":[2]}}',
];

describe('JsonArrayStream', () => {
  it('hands out the items of log.entries, the same for every read size', () => {
    for (const doc of DOCS) {
      const want = JSON.parse(doc).log.entries as unknown[];
      for (const step of [1, 2, 3, 5, 7, 64, 4096]) {
        const r = collect(doc, step, 16);
        expect(r.error, `${doc} / ${step}`).toBeUndefined();
        expect(r.found).toBe(true);
        // JSON.parse keeps the last of two equal keys; the stream reads the first one.
        if (/"entries":\["second"\]|"log":\{"entries":\[2\]/.test(doc)) expect(r.items).not.toEqual([]);
        else expect(r.items, `${doc} / ${step}`).toEqual(want);
      }
    }
    expect(collect(DOCS[5]!).items).toEqual(['a']);
    expect(collect(DOCS[6]!).items).toEqual([{ body: '<a b="1">[{"x"}]</a>' }]);
  });

  it('equals JSON.parse on random documents and random read sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (entries, extra, step, entriesFirst) => {
          const log = entriesFirst ? { entries, ...extra } : { ...extra, entries };
          const text = JSON.stringify({ x: extra, log }, null, step % 3);
          const want = JSON.parse(text).log.entries;
          const r = collect(text, step, 8);
          expect(r.error).toBeUndefined();
          expect(r.items).toEqual(want);
        },
      ),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('skips a UTF-8 byte order mark; multi-byte characters cut between reads come out whole', () => {
    const doc = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"log":{"entries":["é😀€","ü"]}}')]);
    for (const step of [1, 2, 3, 4]) expect(collect(doc, step, 8).items).toEqual(['é😀€', 'ü']);
  });

  it('no array at log.entries: nothing handed out, found is false', () => {
    for (const doc of [
      '[]',
      '5',
      '"log"',
      'null',
      '{}',
      '{"log":5}',
      '{"log":{"entries":{}}}',
      '{"entries":[1]}',
      '{"x":{"log":{"entries":[1]}}}',
    ]) {
      const r = collect(doc, 3, 8);
      expect(r.error, doc).toBeUndefined();
      expect(r.items, doc).toEqual([]);
      expect(r.found, doc).toBe(false);
    }
  });

  it('rejects what JSON.parse rejects, after the items before the error', () => {
    const bad = [
      '',
      '   ',
      '{',
      '{"log"',
      '{"log":',
      '{"log":{"entries":[1,2',
      '{"log":{"entries":[1,]}}',
      '{"log":{"entries":[1 2]}}',
      '{"log":{"entries":[1,2]}',
      '{"log":{"entries":[1,2]}}}',
      '{"log":{"entries":[1,2]}} x',
      '{"log":{"entries":[1,{"a":1,}]}}',
      '{"log":{"entries":[1,{"a"}]}}',
      '{"log":{"entries":[1,"a\u0001b"]}}',
      '{"log":{"entries":[1,"\\x"]}}',
      '{"log":{"entries":[1,[}]]}}',
      '{"log":{"entries":[1,tru]}}',
      '{"log":{"entries":[1,01]}}',
      '{"log":{"entries":[1,"unterminated]}}',
      '{"log" {"entries":[1]}}',
      '{log:{"entries":[1]}}',
      '{"a":1 "log":{"entries":[1]}}',
      '{"log":{"entries":[1]},}',
      '{"x":[1,,2],"log":{"entries":[1]}}',
      '{"log":{"entries":[1]},"x":"\\',
    ];
    for (const doc of bad) {
      expect(() => JSON.parse(doc), doc).toThrow();
      for (const step of [1, 4, 100]) {
        const r = collect(doc, step, 8);
        expect(r.error, `${doc} / ${step}`).toBeInstanceOf(JsonStreamError);
        expect(r.error!.message).toMatch(/at byte \d+/);
      }
    }
    expect(collect('{"log":{"entries":[1,2,]}}').items).toEqual([1, 2]);
  });

  it('keeps one item and one read in memory, however many items there are', () => {
    const item = { body: 'x'.repeat(900), more: ['a', { b: 'c' }] };
    const text = `{"log":{"entries":[${Array.from({ length: 5000 }, () => JSON.stringify(item)).join(',')}]}}`;
    const { read, seen } = reader(text, 1 << 20);
    const stream = new JsonArrayStream(read, PATH, 4096);
    let n = 0;
    for (const got of stream.items()) {
      expect(got).toEqual(item);
      n++;
    }
    expect(n).toBe(5000);
    expect(text.length).toBeGreaterThan(4_500_000);
    // Free space offered to a read: the 4 KiB chunk, never grown towards the 4.5 MB document.
    expect(seen.maxOffered).toBeLessThanOrEqual(8192);
  });

  it('grows for one large item and reads it whole', () => {
    const big = 'y'.repeat(300_000);
    const r = collect(`{"log":{"entries":["${big}",{"k":"${big}"}]}}`, 5000, 1024);
    expect(r.items).toEqual([big, { k: big }]);
  });

  it('reads backslash runs and deep nesting outside the entries', () => {
    const n = 200_000;
    const a = collect(slashes(n), 4096, 4096);
    expect(a.items).toEqual(['\\'.repeat(n), '"'.repeat(n)]);
    const b = collect(nested(n), 4096, 4096);
    expect(b.error).toBeUndefined();
    expect(b.items).toHaveLength(1);
  });

  it('is linear on backslash runs and deep nesting: 8 times the input costs well under 64 times the CPU', () => {
    // No wall-clock bound (docs/testing.md, "Timing-sensitive tests"): CPU time of n and 8n, best of 3.
    const cpu = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = process.cpuUsage();
        collect(text, 4096, 4096);
        const t = process.cpuUsage(t0);
        best = Math.min(best, t.user + t.system);
      }
      return best;
    };
    for (const make of [slashes, nested]) {
      cpu(make(25_000)); // warm-up
      expect(cpu(make(200_000)) / Math.max(1, cpu(make(25_000)))).toBeLessThan(32);
    }
  });
});
