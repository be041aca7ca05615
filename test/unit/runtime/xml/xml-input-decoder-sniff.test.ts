/**
 * Encoding detection and declaration reading of the XML input decoder (XML 1.0 fifth edition
 * §4.3.3 and Appendix F.1): the byte order mark, the `3C 00 3F 00` / `00 3C 00 3F` patterns of a
 * UTF-16 document without one, the `encoding` pseudo-attribute of the XML declaration only (not
 * a look-alike later in the document), the encoding names libxml2 accepts, and the refusals.
 * Well-formedness expectations follow xmllint (libxml2 2.9.14, exit code); decoded text follows
 * Node's TextDecoder. Every verdict is also checked to be the same for the bytes cut at every
 * offset into two chunks and into chunks of 1 to 9 bytes.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { asyncChunks } from './verdict-helper.js';

const doc = (decl: string, code: string) =>
  `${decl}<ServiceResponse><responseCode>${code}</responseCode></ServiceResponse>`;

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const b = Buffer.from(text, 'utf16le');
  if (endian === 'be') b.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? [...mark, ...b] : [...b]);
}

async function* split(bytes: Uint8Array, at: number): AsyncGenerator<Uint8Array> {
  yield bytes.subarray(0, at);
  yield bytes.subarray(at);
}

/** Messages of the well-formedness verdict, checked equal for every chunking of the bytes. */
async function verdict(bytes: Uint8Array): Promise<string[]> {
  const whole = checkWellFormed(bytes).errors.map((e) => e.message);
  for (let at = 0; at <= bytes.length; at++) {
    const r = await validateXmlStream(split(bytes, at), WELL_FORMED_MODEL);
    expect(
      r.errors.map((e) => e.message),
      `split at ${at}`,
    ).toEqual(whole);
  }
  for (let size = 1; size <= 9; size++) {
    const r = await validateXmlStream(asyncChunks(bytes, size), WELL_FORMED_MODEL);
    expect(
      r.errors.map((e) => e.message),
      `chunks of ${size}`,
    ).toEqual(whole);
  }
  return whole;
}

/** The text of responseCode as the schema check saw it (it allows only SUCCESS and two others). */
const found = (bytes: Uint8Array) => validateXml(bytes, serviceResponseModel).errors.map((e) => e.found);

describe('encoding names libxml2 accepts (xmllint exit 0)', () => {
  it.each(['ISO-8859-1', 'latin1', 'ISO_8859-1', 'l1', 'Latin1', 'L1'])(
    'encoding="%s" reads each byte as the code point of its value (0x80 is U+0080)',
    async (name) => {
      const bytes = latin1(doc(`<?xml version="1.0" encoding="${name}"?>`, 'caf\u00e9 \u0080'));
      expect(await verdict(bytes)).toEqual([]);
      expect(found(bytes)).toEqual(['caf\u00e9 \u0080']);
    },
  );

  it.each(['windows-1252', 'cp1252', 'CP1252'])('encoding="%s" reads 0x80 as the euro sign', async (name) => {
    const bytes = latin1(doc(`<?xml version="1.0" encoding="${name}"?>`, '\u0080'));
    expect(await verdict(bytes)).toEqual([]);
    // WHATWG Encoding, index windows-1252: 0x80 is U+20AC.
    expect(found(bytes)).toEqual(['\u20ac']);
  });

  it.each(['US-ASCII', 'ascii', 'ASCII'])(
    'encoding="%s" reads ASCII, DEL (0x7F, an XML Char) included',
    async (name) => {
      const bytes = latin1(doc(`<?xml version="1.0" encoding="${name}"?>`, 'caf\u007f'));
      expect(await verdict(bytes)).toEqual([]);
      expect(found(bytes)).toEqual(['caf\u007f']);
    },
  );

  it.each(['ascii', 'US-ASCII'])('encoding="%s": a byte above 0x7F is not US-ASCII', async (name) => {
    const bytes = latin1(doc(`<?xml version="1.0" encoding="${name}"?>`, 'ok\u0080'));
    expect(await verdict(bytes)).toEqual([`malformed XML: the input is not valid ${name}`]);
  });

  it.each(['utf8', 'UTF8', 'utf-8'])('encoding="%s" is UTF-8', async (name) => {
    const bytes = utf8(doc(`<?xml version="1.0" encoding="${name}"?>`, 'caf\u00e9'));
    expect(await verdict(bytes)).toEqual([]);
    expect(found(bytes)).toEqual(['caf\u00e9']);
  });

  it('a single-quoted encoding value counts like a double-quoted one (EncodingDecl, §4.3.3)', async () => {
    const bytes = latin1(doc(`<?xml version='1.0' encoding='ISO-8859-1'?>`, 'caf\u00e9'));
    expect(await verdict(bytes)).toEqual([]);
    expect(found(bytes)).toEqual(['caf\u00e9']);
  });

  it.each(['UTF-16', 'UTF-16LE', 'utf-16', 'Unicode'])('a UTF-16LE BOM with encoding="%s"', async (name) => {
    const bytes = utf16(doc(`<?xml version="1.0" encoding="${name}"?>`, 'caf\u00e9'), 'le', true);
    expect(await verdict(bytes)).toEqual([]);
    expect(found(bytes)).toEqual(['caf\u00e9']);
  });

  it('a UTF-16BE BOM with encoding="UTF-16BE"', async () => {
    const bytes = utf16(doc('<?xml version="1.0" encoding="UTF-16BE"?>', 'caf\u00e9'), 'be', true);
    expect(await verdict(bytes)).toEqual([]);
    expect(found(bytes)).toEqual(['caf\u00e9']);
  });
});

describe('UTF-16 without a byte order mark (Appendix F.1)', () => {
  it('3C 00 3F 00 is UTF-16LE', async () => {
    const bytes = utf16(doc('<?xml version="1.0" encoding="UTF-16"?>', 'caf\u00e9'), 'le', false);
    expect([...bytes.subarray(0, 4)]).toEqual([0x3c, 0, 0x3f, 0]);
    expect(await verdict(bytes)).toEqual([]);
    expect(found(bytes)).toEqual(['caf\u00e9']);
  });

  it('00 3C 00 3F is UTF-16BE', async () => {
    const bytes = utf16(doc('<?xml version="1.0" encoding="UTF-16"?>', 'caf\u00e9'), 'be', false);
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0x3c, 0, 0x3f]);
    expect(await verdict(bytes)).toEqual([]);
    expect(found(bytes)).toEqual(['caf\u00e9']);
  });

  it.each([
    ['UTF-16LE', 'le'],
    ['UTF-16BE', 'be'],
  ] as const)('%s without a BOM and without an XML declaration is not detected (xmllint: error)', async (_n, e) => {
    // 3C 00 61 00 / 00 3C 00 61: neither pattern, so UTF-8, and U+0000 is no XML Char.
    const bytes = utf16('<a/>', e, false);
    expect(await verdict(bytes)).toEqual(['malformed XML: the input holds a character that XML does not allow']);
  });

  it.each([
    ['3C 41 3F 00', [0x3c, 0x41, 0x3f, 0x00]],
    ['3C 00 41 3F', [0x3c, 0x00, 0x41, 0x3f]],
    ['00 41 00 3F', [0x00, 0x41, 0x00, 0x3f]],
    ['00 3C 41 3F', [0x00, 0x3c, 0x41, 0x3f]],
    ['3C 00 3F 41', [0x3c, 0x00, 0x3f, 0x41]],
    ['20 00 3F 00', [0x20, 0x00, 0x3f, 0x00]],
    ['20 3C 00 3F', [0x20, 0x3c, 0x00, 0x3f]],
  ])('%s is not a UTF-16 pattern: the bytes are read as UTF-8', async (_n, head) => {
    const bytes = new Uint8Array([...head, ...utf8('<a/>')]);
    // The same verdict as for the text these bytes are in UTF-8 (a string skips the decoder).
    const asText = checkWellFormed(new TextDecoder().decode(bytes)).errors.map((e) => e.message);
    expect(asText.length).toBeGreaterThan(0);
    expect(await verdict(bytes)).toEqual(asText);
  });

  it('<?a?> starts with 3C 3F 61 3F: UTF-8, not UTF-16BE', async () => {
    expect(await verdict(utf8('<?a?><r/>'))).toEqual([]);
  });
});

describe('byte order marks are exact (§4.3.3, Appendix F.1)', () => {
  it.each([
    ['FF 41', [0xff, 0x41]],
    ['3C FE', [0x3c, 0xfe]],
    ['FE 41', [0xfe, 0x41]],
    ['3C FF', [0x3c, 0xff]],
  ])('%s is no UTF-16 BOM: the bytes are not valid UTF-8', async (_n, head) => {
    const bytes = new Uint8Array([...head, ...utf8('<a/>')]);
    expect(await verdict(bytes)).toEqual(['malformed XML: the input is not valid UTF-8']);
  });

  it.each([
    ['20 C3 BF (" \u00ff")', ' \u00ff'],
    ['EF A3 BF (U+F8FF)', '\uf8ff'],
    ['EF BB 80 (U+FEC0)', '\ufec0'],
    ['E2 BB BF (U+2EFF)', '\u2eff'],
  ])('%s is no UTF-8 BOM: a later "<?xml ... encoding" is not a declaration', async (_n, lead) => {
    const tail = '<?xml version="1.0" encoding="ISO-8859-1"?><a/>';
    const [e] = await verdict(utf8(lead + tail));
    // The same first error as with an encoding that is never refused: the text before the root.
    const [same] = await verdict(utf8(lead + tail.replace('ISO-8859-1', 'UTF-8')));
    expect(e).toBe(same);
    expect(e).not.toContain('encoding');
  });
});

describe('only the XML declaration declares the encoding', () => {
  it.each([
    ['an attribute named encoding, no declaration', '<a encoding="EBCDIC-US"/>'],
    ['an attribute named encoding after the declaration', '<?xml version="1.0"?><a encoding="EBCDIC-US"/>'],
    ['a PI after the declaration', "<?xml version='1.0'?><?pi encoding='EBCDIC-US'?><a/>"],
  ])('%s (xmllint: well-formed)', async (_n, xml) => {
    expect(await verdict(utf8(xml))).toEqual([]);
  });

  it.each([
    ['an attribute named encoding, no declaration', '<a encoding="ISO-8859-1"/>'],
    ['an attribute named encoding after the declaration', '<?xml version="1.0"?><a encoding="ISO-8859-1"/>'],
  ])('in UTF-16 too: %s (xmllint: well-formed)', async (_n, xml) => {
    // Read as a declaration, ISO-8859-1 would contradict the UTF-16 bytes and be refused.
    expect(await verdict(utf16(xml, 'le', true))).toEqual([]);
    expect(await verdict(utf16(xml, 'be', true))).toEqual([]);
  });

  it('an unsupported encoding in a declaration cut short right after the value is refused', async () => {
    // Odd length: the last byte is the closing quote of the value.
    const xml = "<?xml version='1.0'  encoding='EBCDIC-US'";
    expect(xml.length % 2).toBe(1);
    const [e] = await verdict(utf8(xml));
    expect(e).toBe('malformed XML: unsupported encoding EBCDIC-US');
  });

  it.each([
    ['an unquoted value', '<?xml version="1.0" encoding=xEBCDICx?><a/>'],
    ['an unclosed value', '<?xml version="1.0" encoding="EBCDIC-US?><a/>'],
    ['no value', '<?xml version="1.0" encoding ?><a/>'],
    ['no pseudo-attribute name', '<?xml ="EBCDIC-US"?><a/>'],
    ['an unclosed value at the end', '<?xml version="1.0" encoding= '],
  ])('%s is a syntax error, not an encoding name', async (_n, xml) => {
    const errors = await verdict(utf8(xml));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).not.toContain('encoding EBCDIC');
  });
});

describe('a declaration longer than 1 KiB', () => {
  it('gives the same verdict however the bytes are cut', async () => {
    const xml = `<?xml version="1.0"${' '.repeat(1100)}encoding="EBCDIC-US"?><a/>`;
    await verdict(utf8(xml));
  });
});

describe('refusals name the contradiction', () => {
  it.each(['UTF-16LE', 'UTF-16BE', 'unicode', 'Unicode'])('encoding="%s" on 8-bit bytes', async (name) => {
    const [e] = await verdict(utf8(doc(`<?xml version="1.0" encoding="${name}"?>`, 'x')));
    expect(e).toBe(`malformed XML: the encoding declaration ${name} contradicts the bytes (not UTF-16)`);
  });

  it('encoding="x-utf-16" is unsupported, not a UTF-16 name', async () => {
    const [e] = await verdict(utf16(doc('<?xml version="1.0" encoding="x-utf-16"?>', 'x'), 'le', true));
    expect(e).toBe('malformed XML: the encoding declaration x-utf-16 contradicts the bytes (UTF-16)');
  });
});
