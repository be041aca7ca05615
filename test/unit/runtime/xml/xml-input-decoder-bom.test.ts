/**
 * The byte order mark of a UTF-16 document is dropped once, like UTF-8's: a second U+FEFF after it
 * is a character before the root element, which XML 1.0 §2.1/§2.8 do not allow (before, the
 * decoder dropped the BOM and the driver dropped the next U+FEFF as if it were the BOM, so such a
 * document was valid). xmllint (libxml2 2.9.14) refuses it ("Start tag expected") in UTF-16 and in
 * UTF-8 alike, and accepts the single-BOM documents. The byte count is the same either way.
 */
import { describe, expect, it } from 'vitest';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { asyncChunks } from './verdict-helper.js';

const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);
const utf8bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s, 'utf8')]);

async function verdict(bytes: Uint8Array) {
  const whole = checkWellFormed(bytes);
  for (const size of [1, 2, 3, 5]) {
    expect(await validateXmlStream(asyncChunks(bytes, size), WELL_FORMED_MODEL), `chunks of ${size}`).toEqual(whole);
  }
  return whole;
}

describe('one byte order mark, whatever the encoding', () => {
  it.each([
    ['UTF-16LE', utf16le],
    ['UTF-16BE', utf16be],
    ['UTF-8', utf8bom],
  ])('%s: a BOM alone is dropped; a U+FEFF after it is refused', async (_name, encode) => {
    const one = await verdict(encode('<a>é</a>'));
    expect(one.valid).toBe(true);
    expect(one.bytes).toBe(Buffer.byteLength('<a>é</a>'));
    const two = await verdict(encode('\ufeff<a/>'));
    expect(two.valid).toBe(false);
    expect(two.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([['XmlSyntax', 1, 1]]);
  });
});
