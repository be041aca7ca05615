/**
 * UTF-8 documents with bad bytes through the public entry points (XML 1.0 5th ed. §4.3.3 and
 * Appendix F: a document without a declaration or BOM is UTF-8, and bytes that are not UTF-8 are
 * a fatal error; RFC 3629 §3–4: overlong forms, encoded surrogates, code points above U+10FFFF,
 * stray continuation bytes and truncated sequences are not UTF-8). Expected well-formedness is
 * that of xmllint (libxml2 2.9.14, exit code 0 or 1, recorded below). Every document gives the
 * same errors whole and cut into two byte chunks at every offset, and one byte at a time.
 */
import { describe, expect, it } from 'vitest';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';

async function* parts(list: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of list) yield p;
}

const bytes = (...xs: (string | number[])[]) =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'latin1')] : x)));

/** [name, bytes, well-formed according to xmllint]. */
const DOCS: [string, Uint8Array, boolean][] = [
  [
    'edges of every form',
    bytes('<r>a', [0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xef, 0xbf, 0xbd, 0xf0, 0x90, 0x80, 0x80], '</r>'),
    true,
  ],
  ['U+10FFFF is the last code point', bytes('<r>', [0xf4, 0x8f, 0xbf, 0xbf], '</r>'), true],
  ['a BOM', bytes([0xef, 0xbb, 0xbf], '<r>', [0xc3, 0xa9], '</r>'), true],
  ['0xFF', bytes('<r>', [0xc3, 0xa9, 0xff], '</r>'), false],
  ['overlong two-byte form', bytes('<r>', [0xc0, 0xaf], '</r>'), false],
  ['overlong three-byte form', bytes('<r>', [0xe0, 0x80, 0xaf], '</r>'), false],
  ['overlong four-byte form', bytes('<r>', [0xf0, 0x8f, 0xbf, 0xbf], '</r>'), false],
  ['an encoded surrogate', bytes('<r>', [0xed, 0xa0, 0x80], '</r>'), false],
  ['above U+10FFFF', bytes('<r>', [0xf4, 0x90, 0x80, 0x80], '</r>'), false],
  ['lead byte 0xF5', bytes('<r>', [0xf5, 0x80, 0x80, 0x80], '</r>'), false],
  ['a stray continuation byte', bytes('<r>', [0x80], '</r>'), false],
  ['a sequence cut by ASCII', bytes('<r>', [0xe2, 0x82], '</r>'), false],
  ['a sequence cut by the end of the input', bytes('<r/>', [0xe2, 0x82]), false],
];

describe('UTF-8 documents with bad bytes (xmllint as the oracle)', () => {
  for (const [name, doc, ok] of DOCS) {
    it(`${name}: ${ok ? 'well-formed' : 'not well-formed'} on every chunking`, async () => {
      const whole = checkWellFormed(doc);
      expect(whole.valid).toBe(ok);
      const errs = whole.errors.map((e) => [e.code, e.message, e.location.line, e.location.column]);
      for (let cut = 0; cut <= doc.length; cut++) {
        const r = await validateXmlStream(parts([doc.subarray(0, cut), doc.subarray(cut)]), WELL_FORMED_MODEL);
        expect([cut, r.errors.map((e) => [e.code, e.message, e.location.line, e.location.column])]).toEqual([
          cut,
          errs,
        ]);
      }
      const single = [...doc].map((b) => Uint8Array.of(b));
      const r = await validateXmlStream(parts(single), WELL_FORMED_MODEL);
      expect(r.errors.map((e) => [e.code, e.message, e.location.line, e.location.column])).toEqual(errs);
    });
  }
});
