/**
 * `maxBytes` falls where it falls whatever the input's form: a document given as bytes, whose
 * first bytes the input decoder holds to find the XML declaration's end (up to 1 KiB), is cut at
 * the limit like the same document given as a string: the text before the limit is read (its
 * errors found, its bytes counted) and the limit is located after it, not at 1:1 with nothing
 * read. Found by the xml-driver mutation tests (2026-12-03).
 *
 * @see XML 1.0 §4.3.3, Appendix F.1 (encoding detection must not move the limit); xml-driver.ts
 */
import { describe, expect, it } from 'vitest';
import { WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { XmlDriver } from '../../../../runtime/xml/xml-driver.js';

function verdict(chunks: readonly (string | Uint8Array)[], maxBytes: number) {
  const d = new XmlDriver(WELL_FORMED_MODEL, { maxBytes });
  for (const c of chunks) d.write(c);
  const r = d.end();
  return {
    errors: r.errors.map((e) => `${e.code} ${e.location.line}:${e.location.column} ${e.message}`),
    bytes: r.bytes,
  };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The string, the bytes whole, and the bytes one at a time and in 7-byte chunks. */
function forms(doc: string): (string | Uint8Array)[][] {
  const b = utf8(doc);
  const cut = (n: number) => Array.from({ length: Math.ceil(b.length / n) }, (_, k) => b.subarray(k * n, k * n + n));
  return [[doc], [b], cut(1), cut(7)];
}

const CASES: readonly [string, number, { errors: string[]; bytes: number }][] = [
  [
    '<r></x>zzzzzzzzzzzzzzzzzzzzzz',
    10,
    { errors: ['XmlSyntax 1:7 malformed XML: unexpected close tag; expected </r>'], bytes: 7 },
  ],
  [
    '<?xml version="1.0" encoding="UTF-8"?><r/>',
    30,
    { errors: ['XmlLimit 1:31 input larger than maxBytes 30'], bytes: 30 },
  ],
  [
    `<?xml version="1.0"${' '.repeat(400)}?><r/>`,
    300,
    { errors: ['XmlLimit 1:301 input larger than maxBytes 300'], bytes: 300 },
  ],
  // The limit falls inside é (2 bytes): the text before it is read, the cut character is not a bad byte.
  ['<r>é</r>', 4, { errors: ['XmlLimit 1:4 input larger than maxBytes 4'], bytes: 3 }],
];

describe('maxBytes cuts bytes where it cuts the same text', () => {
  for (const [doc, maxBytes, want] of CASES) {
    it(`${JSON.stringify(doc.slice(0, 40))} with maxBytes ${maxBytes}`, () => {
      for (const chunks of forms(doc)) expect(verdict(chunks, maxBytes), `${chunks.length} chunks`).toEqual(want);
    });
  }

  it('still chooses the declared encoding from the bytes before the limit', () => {
    const doc = '<?xml version="1.0" encoding="ISO-8859-1"?><r>\xe9</r>';
    const latin1 = Uint8Array.from(doc, (c) => c.charCodeAt(0));
    expect(verdict([latin1], 1000)).toEqual({ errors: [], bytes: utf8(doc).length });
    expect(verdict([latin1], 30)).toEqual({ errors: ['XmlLimit 1:31 input larger than maxBytes 30'], bytes: 30 });
  });
});
