/**
 * XmlDriver (xml-driver.ts) at the edges of its input: a surrogate pair cut between two string
 * chunks, a lone high surrogate ending the input, a byte that is not UTF-8 arriving with or before
 * the `maxBytes` limit, the `XmlLimit` message, and which models skip the root check.
 *
 * - XML 1.0 §2.2 (Char): #x10000-#x10FFFF are characters, a lone surrogate is none. A pair is one
 *   character however the string chunks cut it (xmllint accepts the UTF-8 of the document below);
 *   a high surrogate ending the input is a character XML does not allow, reported where it is.
 * - XML 1.0 §4.3.3: bytes that are not UTF-8 are a fatal error at the bad byte (xmllint: "Input is
 *   not proper UTF-8" at the 0xFF below). The bad byte lies within the limit, so it is the verdict,
 *   whatever the chunking, and a stream is not read further once it is known (validate-xml-stream.ts:
 *   "stops reading the source as soon as the verdict is final").
 * - Only the well-formedness model (well-formed.ts, its id and no roots) accepts any root; a schema
 *   without global element declarations, or one that merely shares the id, still reports WrongRoot
 *   (XSD 1.1 Part 1 §5.2: the validation root must be a declared element).
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import type { XmlValidationResult } from '../../../../runtime/xml/xml-validate-options.js';
import { asyncChunks } from './verdict-helper.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const issues = (r: XmlValidationResult) =>
  r.errors.map((e) => `${e.code} ${e.location.line}:${e.location.column} ${e.message}`);

/** The stream verdict for `input` cut at `cut` (two chunks). */
function twoChunks<T extends string | Uint8Array>(input: T, cut: number): Promise<XmlValidationResult> {
  return validateXmlStream([input.slice(0, cut) as T, input.slice(cut) as T], WELL_FORMED_MODEL);
}

/** Chunks that count how many were pulled and fail when pulled past `failAfter`. */
function counted(chunks: Uint8Array[], failAfter: number): { source: AsyncIterable<Uint8Array>; pulled: () => number } {
  let n = 0;
  async function* gen(): AsyncGenerator<Uint8Array> {
    for (const c of chunks) {
      if (n >= failAfter) throw new Error('read past the end of the verdict');
      n++;
      yield c;
    }
  }
  return { source: gen(), pulled: () => n };
}

describe('surrogates in string chunks', () => {
  it('a pair cut between two chunks is one character, at every cut (U+10000, U+10FFFF, U+1D11E)', async () => {
    const doc = '<r a="\u{10ffff}">\u{10000}\u{1d11e}\u{10ffff}</r>';
    const whole = validateXml(doc, WELL_FORMED_MODEL);
    expect(whole).toMatchObject({ valid: true, errors: [], bytes: utf8(doc).length });
    for (let cut = 0; cut <= doc.length; cut++) {
      expect(await twoChunks(doc, cut), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('a high surrogate ending the input is a character XML does not allow, at its place', async () => {
    for (const doc of ['<r>\ud800', '<r>\udbff']) {
      const whole = checkWellFormed(doc);
      expect(issues(whole)).toEqual([
        'XmlSyntax 1:4 malformed XML: the input holds a character that XML does not allow',
      ]);
      // The same as when a character follows it: the surrogate is the error, not the unclosed tag.
      expect(issues(checkWellFormed(`${doc}x</r>`))).toEqual(issues(whole));
      for (let cut = 0; cut <= doc.length; cut++) {
        expect(await twoChunks(doc, cut), `${JSON.stringify(doc)} cut at ${cut}`).toEqual(whole);
      }
    }
  });
});

describe('a byte that is not UTF-8', () => {
  const bad = new Uint8Array([...utf8('<r>abcdefghijklmnop'), 0xff, ...utf8('zz</r>')]);
  const badAt = ['XmlSyntax 1:20 malformed XML: the input is not valid UTF-8'];

  it('is reported at the bad byte, with or without a limit beyond it, however the bytes are cut', async () => {
    for (const options of [undefined, { maxBytes: 21 }, { maxBytes: 20 }]) {
      const whole = validateXml(bad, WELL_FORMED_MODEL, options);
      expect(issues(whole), JSON.stringify(options)).toEqual(badAt);
      for (let size = 1; size <= 8; size++) {
        const r = await validateXmlStream(asyncChunks(bad, size), WELL_FORMED_MODEL, options);
        expect(r, `${JSON.stringify(options)}, chunks of ${size}`).toEqual(whole);
      }
    }
  });

  it('the limit comes first when it cuts the input before the bad byte', () => {
    expect(issues(validateXml(bad, WELL_FORMED_MODEL, { maxBytes: 19 }))).toEqual([
      'XmlLimit 1:20 input larger than maxBytes 19',
    ]);
  });

  it('stops reading the stream: the chunk after the bad byte is never pulled', async () => {
    const chunks = [bad.subarray(0, 18), bad.subarray(18, 20), bad.subarray(20)];
    const { source, pulled } = counted(chunks, 2);
    const r = await validateXmlStream(source, WELL_FORMED_MODEL);
    expect(pulled()).toBe(2);
    expect(issues(r)).toEqual(badAt);
  });

  it('so does a UTF-16 code unit that is not UTF-16 (a lone low surrogate)', async () => {
    const doc = new Uint8Array([0xff, 0xfe, ...Buffer.from('<r>abcdefghijklmnop\udc00zz</r>', 'utf16le')]);
    const k = 2 + 2 * 19;
    const { source, pulled } = counted([doc.subarray(0, k), doc.subarray(k, k + 2), doc.subarray(k + 2)], 2);
    const r = await validateXmlStream(source, WELL_FORMED_MODEL);
    expect(pulled()).toBe(2);
    expect(issues(r)).toEqual(['XmlSyntax 1:20 malformed XML: the input is not valid UTF-16LE']);
  });
});

describe('maxBytes', () => {
  it('XmlLimit names the limit, on strings and bytes, where the input is cut', () => {
    const doc = '<r>abcdefghijklmnopqrstuvwxyz</r>';
    for (const input of [doc, utf8(doc)]) {
      expect(issues(validateXml(input, WELL_FORMED_MODEL, { maxBytes: 20 }))).toEqual([
        'XmlLimit 1:21 input larger than maxBytes 20',
      ]);
    }
  });
});

describe('which model accepts any root', () => {
  const model = (schemaId: string, body: string) =>
    buildXmlSchemaModel(
      parseXsd({
        source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`,
        file: 'f.xsd',
        schemaId,
      }),
    );

  it('the well-formedness model: any root, no issue', () => {
    expect(checkWellFormed('<a/>')).toMatchObject({ valid: true, errors: [], root: 'a' });
  });

  it('a schema without global element declarations still reports the root as undeclared', () => {
    const m = model('types-only', '<xs:simpleType name="T"><xs:restriction base="xs:int"/></xs:simpleType>');
    expect(Object.keys(m.roots)).toEqual([]);
    expect(issues(validateXml('<a/>', m))).toEqual(['WrongRoot 1:1 root element <a> is not declared']);
  });

  it('a schema that only shares the id of the well-formedness model still checks its root', () => {
    const m = model('(XML 1.0 well-formedness)', '<xs:element name="r"/>');
    expect(m.id).toBe(WELL_FORMED_MODEL.id);
    expect(issues(validateXml('<a/>', m))).toEqual(['WrongRoot 1:1 root element <a> is not <r>']);
    expect(validateXml('<r/>', m).valid).toBe(true);
  });
});
