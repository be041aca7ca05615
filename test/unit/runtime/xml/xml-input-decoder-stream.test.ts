/**
 * XmlInputDecoder chunk by chunk (XML 1.0 fifth edition §4.3.3, Appendix F.1): the first bytes
 * are held only until the XML declaration is over (at most 1 KiB), a refusal hands out no text
 * and is no bad byte, a byte the encoding does not allow ends the decoding for good (WHATWG
 * Encoding, fatal decoders: nothing after an error is decoded), and the messages name the encoding
 * (`the input is not valid UTF-8` / `UTF-16LE` / `US-ASCII`). Expected text is Node's TextDecoder;
 * xmllint (libxml2 2.9.14) rejects the lone-surrogate document.
 */
import { describe, expect, it } from 'vitest';
import { checkWellFormed } from '../../../../runtime/xml/well-formed.js';
import { XmlInputDecoder } from '../../../../runtime/xml/xml-input-decoder.js';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16le(text: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}

describe('holding the first bytes', () => {
  it('names UTF-8 before any byte and for a document without a declaration', () => {
    const d = new XmlInputDecoder();
    expect(d.encoding).toBe('UTF-8');
    expect(d.decode(utf8('<a>caf\u00e9</a>'), true)).toEqual({ text: '<a>caf\u00e9</a>', bytes: 12, bad: false });
    expect(d.encoding).toBe('UTF-8');
  });

  it('hands out the text once the chunk holds the end of the declaration', () => {
    const d = new XmlInputDecoder();
    expect(d.decode(latin1('<?xml version="1.0" encoding="ISO-8859-1"'), false).text).toBe('');
    const r = d.decode(latin1('?><a>\u00e9</a>'), false);
    expect(r.text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00e9</a>');
    expect(d.encoding).toBe('ISO-8859-1');
  });

  it('hands out UTF-16 text once the chunk holds "?>" in UTF-16', () => {
    for (const bom of [true, false]) {
      const d = new XmlInputDecoder();
      const text = '<?xml version="1.0" encoding="UTF-16"?><a/>';
      const le = Buffer.from(text, 'utf16le');
      const bytes = new Uint8Array(bom ? [0xff, 0xfe, ...le] : [...le]);
      // the BOM is handed on as U+FEFF, as in UTF-8: the driver drops it once (xml-input-decoder-bom.test.ts)
      expect(d.decode(bytes, false).text).toBe(bom ? `\ufeff${text}` : text);
      expect(d.encoding).toBe('UTF-16LE');
    }
  });

  it('keeps its own copy of held bytes: the caller may reuse its buffer', () => {
    const d = new XmlInputDecoder();
    const buffer = latin1('<?xml version="1.0" encoding="ISO-8859-1"');
    expect(d.decode(buffer, false).text).toBe('');
    buffer.fill(0x20);
    expect(d.decode(latin1('?><a/>'), false).text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a/>');
    expect(d.encoding).toBe('ISO-8859-1');
  });

  it('holds no more than 1 KiB while a declaration does not end', () => {
    const d = new XmlInputDecoder();
    const head = `<?xml version="1.0"${' '.repeat(1100)}`;
    expect(d.decode(utf8(head), false)).toEqual({ text: head, bytes: head.length, bad: false });
  });
});

describe('refusals', () => {
  it('a refused encoding hands out no text and no bad byte', () => {
    const d = new XmlInputDecoder();
    expect(d.decode(utf8('<?xml version="1.0" encoding="EBCDIC-US"?><a/>'), true)).toEqual({
      text: '',
      bytes: 0,
      bad: false,
      refused: 'unsupported encoding EBCDIC-US',
    });
  });
});

describe('a byte the encoding does not allow', () => {
  it('US-ASCII: the text before it, then nothing more', () => {
    const d = new XmlInputDecoder();
    const r = d.decode(latin1('<?xml version="1.0" encoding="US-ASCII"?><a>ok\u00e9'), false);
    expect(r).toEqual({ text: '<?xml version="1.0" encoding="US-ASCII"?><a>ok', bytes: 46, bad: true });
    expect(d.decode(latin1('more</a>'), false)).toEqual({ text: '', bytes: 0, bad: true });
    expect(d.decode(new Uint8Array(0), true)).toEqual({ text: '', bytes: 0, bad: true });
  });

  it('US-ASCII: every byte up to 0x7F is text', () => {
    const d = new XmlInputDecoder();
    const decl = '<?xml version="1.0" encoding="US-ASCII"?>';
    const all = String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => i));
    // The declaration may be held until more bytes come: the two results together.
    const r1 = d.decode(latin1(decl), false);
    const r2 = d.decode(latin1(all), false);
    expect([r1.bad, r2.bad]).toEqual([false, false]);
    expect(r1.text + r2.text).toBe(decl + all);
    expect(r1.bytes + r2.bytes).toBe(decl.length + 0x80);
  });

  it('UTF-16LE: a lone surrogate is bad, and nothing after it is decoded', () => {
    const d = new XmlInputDecoder();
    const r1 = d.decode(utf16le('<a>x\ud800y</a>'), false);
    expect(r1.bad).toBe(true);
    expect(d.decode(new Uint8Array(Buffer.from('<b/>', 'utf16le')), false)).toEqual({
      text: '',
      bytes: 0,
      bad: true,
    });
    expect(d.decode(new Uint8Array(0), true)).toEqual({ text: '', bytes: 0, bad: true });
  });

  it('UTF-16LE with a BOM: the BOM is handed on once, an unpaired surrogate is an error (xmllint: error)', async () => {
    const good = new XmlInputDecoder();
    expect(good.decode(utf16le('<a>\u{1d11e}</a>'), true).text).toBe('\ufeff<a>\u{1d11e}</a>');
    expect(checkWellFormed(utf16le('<a>\u{1d11e}</a>')).valid).toBe(true);
    const bytes = utf16le('<a>x\ud800y</a>');
    expect(checkWellFormed(bytes).errors.map((e) => e.message)).toEqual([
      'malformed XML: the input is not valid UTF-16LE',
    ]);
  });

  it('a byte that is not UTF-8 is reported as not valid UTF-8', () => {
    const r = checkWellFormed(new Uint8Array([...utf8('<a>'), 0xff, ...utf8('</a>')]));
    expect(r.errors.map((e) => e.message)).toEqual(['malformed XML: the input is not valid UTF-8']);
  });
});
