/**
 * The document's encoding is honoured (XML 1.0 §4.3.3, Appendix F.1): the byte order mark and
 * the XML declaration pick UTF-8, UTF-16LE/BE, ISO-8859-1, windows-1252 or US-ASCII; any other
 * declared encoding is refused by name, and a declaration the bytes contradict is an error.
 * Every document gives the same verdict whole and cut into chunks of 1 to 9 bytes.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { asyncChunks } from './verdict-helper.js';

const doc = (decl: string, code: string) =>
  `${decl}<ServiceResponse><responseCode>${code}</responseCode></ServiceResponse>`;

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? [...mark, ...le] : [...le]);
}

/** Error codes and messages, checked equal for every chunking of the bytes (1–9). */
async function verdict(bytes: Uint8Array): Promise<string[]> {
  const whole = checkWellFormed(bytes);
  for (let size = 1; size <= 9; size++) {
    const r = await validateXmlStream(asyncChunks(bytes, size), WELL_FORMED_MODEL);
    expect(r.errors.map((e) => e.code)).toEqual(whole.errors.map((e) => e.code));
  }
  return whole.errors.map((e) => `${e.code} ${e.message}`);
}

describe('document encodings', () => {
  it.each([
    ['UTF-16LE with a BOM', utf16(doc('<?xml version="1.0" encoding="UTF-16"?>', 'caf\u00e9 \u{1D11E}'), 'le')],
    ['UTF-16BE with a BOM', utf16(doc('<?xml version="1.0" encoding="UTF-16"?>', 'caf\u00e9 \u{1D11E}'), 'be')],
    ['UTF-16LE with a BOM and no declaration', utf16(doc('', 'caf\u00e9 \u{1D11E}'), 'le')],
    [
      'UTF-16BE without a BOM',
      utf16(doc('<?xml version="1.0" encoding="UTF-16"?>', 'caf\u00e9 \u{1D11E}'), 'be', false),
    ],
  ])('reads %s', async (_name, bytes) => {
    expect(await verdict(bytes)).toEqual([]);
    // The decoded text reaches the schema check (responseCode allows only SUCCESS and two others).
    expect(validateXml(bytes, serviceResponseModel).errors.map((e) => [e.code, e.found])).toEqual([
      ['InvalidValue', 'caf\u00e9 \u{1D11E}'],
    ]);
  });

  it.each([
    [
      'ISO-8859-1',
      Buffer.from(doc('<?xml version="1.0" encoding="ISO-8859-1"?>', 'caf\u00e9 \u0080'), 'latin1'),
      'caf\u00e9 \u0080',
    ],
    [
      'windows-1252',
      Buffer.from(
        [...Buffer.from(doc('<?xml version="1.0" encoding="windows-1252"?>', '\u0000'), 'latin1')].map((b) =>
          b === 0 ? 0x80 : b,
        ),
      ),
      '\u20ac',
    ],
  ])('reads %s', async (_name, bytes, text) => {
    expect(await verdict(new Uint8Array(bytes))).toEqual([]);
    // The decoded text reaches the schema check (responseCode allows only SUCCESS and two others).
    expect(validateXml(new Uint8Array(bytes), serviceResponseModel).errors.map((e) => [e.code, e.found])).toEqual([
      ['InvalidValue', text],
    ]);
  });

  it.each([
    [
      'an unsupported encoding',
      doc('<?xml version="1.0" encoding="EBCDIC-US"?>', 'x'),
      'unsupported encoding EBCDIC-US',
    ],
    ['UTF-16 declared on 8-bit bytes', doc('<?xml version="1.0" encoding="UTF-16"?>', 'x'), 'contradicts the bytes'],
    [
      'ISO-8859-1 after a UTF-8 BOM',
      `\uFEFF${doc('<?xml version="1.0" encoding="ISO-8859-1"?>', 'x')}`,
      'UTF-8 byte order mark',
    ],
  ])('refuses %s', async (_name, xml, message) => {
    const [e] = await verdict(new TextEncoder().encode(xml));
    expect(e).toContain('XmlSyntax');
    expect(e).toContain(message);
  });

  it('a non-ASCII byte in a US-ASCII document is an error', async () => {
    const bytes = Buffer.from(doc('<?xml version="1.0" encoding="US-ASCII"?>', 'caf\u00e9'), 'latin1');
    expect(await verdict(new Uint8Array(bytes))).toEqual(['XmlSyntax malformed XML: the input is not valid US-ASCII']);
  });

  it('UTF-16 declared with a UTF-16 BOM but 8-bit declaration is an error', async () => {
    const bytes = utf16(doc('<?xml version="1.0" encoding="ISO-8859-1"?>', 'x'), 'le');
    expect((await verdict(bytes))[0]).toContain('contradicts the bytes (UTF-16)');
  });
});
