import { describe, expect, it } from 'vitest';
import { readXmlEnvelope, simpleReturnOf } from '../../../../runtime/client/xml-envelope.js';

describe('readXmlEnvelope: the schema-less envelope on the own XML tokenizer', () => {
  it('reads children by name (arrays when repeated), trimmed text and attributes', () => {
    const body =
      '<?xml version="1.0"?>\n<!DOCTYPE SIMPLE_RETURN SYSTEM "https://example.invalid/simple_return.dtd">\n' +
      '<SIMPLE_RETURN><RESPONSE><DATETIME> 2024-01-01T00:00:00Z </DATETIME><CODE>1905</CODE>' +
      '<TEXT>a &amp; b</TEXT><ITEM_LIST><ITEM><KEY>k</KEY><VALUE>1</VALUE><VALUE>2</VALUE></ITEM></ITEM_LIST>' +
      '<WARNING kind="x">w</WARNING><E/></RESPONSE></SIMPLE_RETURN>';
    const env = readXmlEnvelope(body)!;
    expect(env.root).toBe('SIMPLE_RETURN');
    expect(env.tree).toEqual({
      RESPONSE: {
        DATETIME: '2024-01-01T00:00:00Z',
        CODE: '1905',
        TEXT: 'a & b',
        ITEM_LIST: { ITEM: { KEY: 'k', VALUE: ['1', '2'] } },
        WARNING: { '#text': 'w', '@kind': 'x' },
        E: '',
      },
    });
    expect(simpleReturnOf(env)).toEqual({ code: '1905', text: 'a & b', items: { k: ['1', '2'] } });
  });

  it('refuses entity declarations and malformed bodies (no envelope), and an element named __proto__ is data', () => {
    expect(readXmlEnvelope('<!DOCTYPE R [<!ENTITY e SYSTEM "file:///etc/passwd">]><R><CODE>&e;</CODE></R>')).toBe(
      undefined,
    );
    expect(readXmlEnvelope('<R><CODE>1</R>')).toBe(undefined);
    expect(readXmlEnvelope('not xml')).toBe(undefined);
    const env = readXmlEnvelope('<R><__proto__>x</__proto__><a>1</a></R>')!;
    expect(Object.getPrototypeOf(env.tree)).toBe(Object.prototype);
    expect(Object.entries(env.tree)).toEqual([
      ['__proto__', 'x'],
      ['a', '1'],
    ]);
  });
});
