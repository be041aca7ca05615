/**
 * xml-envelope.ts, exactly: the tree shape (text-only elements as strings, repeated names as
 * arrays, `#text` and `@attr`), what is not an envelope, `envelopeFromRecord` for every value
 * kind, the navigation helpers (child, textOf, listOf), and the three readers: SIMPLE_RETURN,
 * QPS status, and the first FO WARNING with a CODE (depth-first).
 */
import { describe, expect, it } from 'vitest';
import {
  child,
  envelopeFromRecord,
  foWarningOf,
  listOf,
  qpsStatusOf,
  readXmlEnvelope,
  simpleReturnOf,
  textOf,
  type XmlNode,
} from '../../../../runtime/client/xml-envelope.js';

describe('readXmlEnvelope', () => {
  it('text-only elements are strings; repeated names arrays (in order); #text then attributes', () => {
    expect(readXmlEnvelope('\n  <R a="1"> t <x>1</x><x>2</x><x>3</x><y b="2"/><z> </z>u</R>')).toEqual({
      root: 'R',
      tree: { x: ['1', '2', '3'], y: { '@b': '2' }, z: '', '#text': 't u', '@a': '1' },
    });
  });
  it('an empty root is the empty string', () => {
    expect(readXmlEnvelope('<R/>')).toEqual({ root: 'R', tree: '' });
  });
  it('the key order is children, #text, attributes', () => {
    const env = readXmlEnvelope('<R a="1">x<c/></R>');
    expect(Object.keys(env?.tree as object)).toEqual(['c', '#text', '@a']);
  });
  it.each(['', 'text <R/>', '{"a":1}', '<R>', '<R></S>'])('%j has no envelope', (text) => {
    expect(readXmlEnvelope(text)).toBe(undefined);
  });
  it('a repeated __proto__ element becomes an own array, the prototype untouched', () => {
    const env = readXmlEnvelope('<R><__proto__>a</__proto__><__proto__>b</__proto__></R>');
    expect(Object.getPrototypeOf(env?.tree)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(env?.tree, '__proto__')?.value).toEqual(['a', 'b']);
  });
  it('nesting deeper than 256 elements has no envelope; 256 has', () => {
    const nest = (n: number) => `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`;
    expect(readXmlEnvelope(nest(256))?.root).toBe('a');
    expect(readXmlEnvelope(nest(257))).toBe(undefined);
  });
});

describe('envelopeFromRecord', () => {
  it('turns a typed record into the schema-less tree', () => {
    const at = new Date(Date.UTC(2024, 0, 2));
    expect(
      envelopeFromRecord('ServiceResponse', {
        responseCode: 'SUCCESS',
        count: 2,
        hasMoreRecords: false,
        when: at,
        none: null,
        missing: undefined,
        data: { Finding: [{ id: 1 }, { id: 2, value: 'v' }] },
        list: [null, 'a', at],
      }),
    ).toEqual({
      root: 'ServiceResponse',
      tree: {
        responseCode: 'SUCCESS',
        count: '2',
        hasMoreRecords: 'false',
        when: '2024-01-02T00:00:00.000Z',
        none: '',
        missing: '',
        data: { Finding: [{ id: '1' }, { id: '2', '#text': 'v' }] },
        list: ['', 'a', '2024-01-02T00:00:00.000Z'],
      },
    });
  });
  it('scalars and nothing', () => {
    expect(envelopeFromRecord('R', undefined)).toEqual({ root: 'R', tree: '' });
    expect(envelopeFromRecord('R', null)).toEqual({ root: 'R', tree: '' });
    expect(envelopeFromRecord('R', 0)).toEqual({ root: 'R', tree: '0' });
    expect(envelopeFromRecord('R', 'x')).toEqual({ root: 'R', tree: 'x' });
  });
});

describe('child, textOf, listOf', () => {
  const node: XmlNode = { a: 'x', b: ['1', '2'], c: { '#text': 't', '@k': 'v' }, d: { e: 'f' } };
  it('child', () => {
    expect(child(node, 'a')).toBe('x');
    expect(child(node, 'zz')).toBe(undefined);
    expect(child(undefined, 'a')).toBe(undefined);
    expect(child('text', 'a')).toBe(undefined);
    expect(child(['x'] as readonly XmlNode[], '0')).toBe(undefined);
  });
  it('textOf', () => {
    expect(textOf(undefined)).toBe(undefined);
    expect(textOf('s')).toBe('s');
    expect(textOf(['first', 'second'])).toBe('first');
    expect(textOf([])).toBe(undefined);
    expect(textOf({ '#text': 't', x: 'y' })).toBe('t');
    expect(textOf({ x: 'y' })).toBe('');
    expect(textOf({ '#text': ['a'] } as unknown as XmlNode)).toBe('');
  });
  it('listOf', () => {
    expect(listOf(undefined)).toEqual([]);
    expect(listOf('a')).toEqual(['a']);
    expect(listOf({ a: 'b' })).toEqual([{ a: 'b' }]);
    const arr = ['a', 'b'] as readonly XmlNode[];
    expect(listOf(arr)).toBe(arr);
    expect(listOf('')).toEqual(['']);
  });
});

describe('simpleReturnOf', () => {
  const env = (body: string) => readXmlEnvelope(body)!;
  it('reads CODE, TEXT and ITEM_LIST (items without a KEY skipped)', () => {
    const sr = env(
      '<SIMPLE_RETURN><RESPONSE><CODE>1965</CODE><TEXT>wait</TEXT><ITEM_LIST>' +
        '<ITEM><KEY>SECONDS_TO_WAIT</KEY><VALUE>12</VALUE></ITEM>' +
        '<ITEM><VALUE>orphan</VALUE></ITEM>' +
        '<ITEM><KEY>K</KEY></ITEM>' +
        '<ITEM><KEY>M</KEY><VALUE>a</VALUE><VALUE/></ITEM>' +
        '</ITEM_LIST></RESPONSE></SIMPLE_RETURN>',
    );
    expect(simpleReturnOf(sr)).toEqual({
      code: '1965',
      text: 'wait',
      items: { SECONDS_TO_WAIT: ['12'], K: [], M: ['a', ''] },
    });
  });
  it('no CODE, no TEXT: code undefined, text empty', () => {
    expect(simpleReturnOf(env('<SIMPLE_RETURN><RESPONSE><DATETIME>d</DATETIME></RESPONSE></SIMPLE_RETURN>'))).toEqual({
      code: undefined,
      text: '',
      items: {},
    });
    expect(simpleReturnOf(env('<SIMPLE_RETURN/>'))).toEqual({ code: undefined, text: '', items: {} });
  });
  it('another root is not a SIMPLE_RETURN', () => {
    expect(simpleReturnOf(env('<SIMPLE_RETURNS><RESPONSE><CODE>1</CODE></RESPONSE></SIMPLE_RETURNS>'))).toBe(undefined);
  });
});

describe('qpsStatusOf', () => {
  const env = (body: string) => readXmlEnvelope(body)!;
  it('reads the status fields', () => {
    expect(
      qpsStatusOf(
        env(
          '<ServiceResponse><responseCode>INVALID</responseCode><responseErrorDetails><errorMessage>m</errorMessage>' +
            '<errorResolution>r</errorResolution></responseErrorDetails><hasMoreRecords>true</hasMoreRecords><lastId>42</lastId></ServiceResponse>',
        ),
      ),
    ).toEqual({ responseCode: 'INVALID', errorMessage: 'm', errorResolution: 'r', hasMoreRecords: true, lastId: '42' });
  });
  it.each(['false', 'TRUE', '1', ''])('hasMoreRecords %j is false', (v) => {
    expect(
      qpsStatusOf(env(`<ServiceResponse><hasMoreRecords>${v}</hasMoreRecords></ServiceResponse>`))?.hasMoreRecords,
    ).toBe(false);
  });
  it('absent fields are undefined', () => {
    expect(qpsStatusOf(env('<ServiceResponse><count>0</count></ServiceResponse>'))).toEqual({
      responseCode: undefined,
      errorMessage: undefined,
      errorResolution: undefined,
      hasMoreRecords: false,
      lastId: undefined,
    });
  });
  it('another root is no QPS status', () => {
    expect(qpsStatusOf(env('<serviceResponse><responseCode>X</responseCode></serviceResponse>'))).toBe(undefined);
  });
});

describe('foWarningOf', () => {
  const env = (body: string) => readXmlEnvelope(body)!;
  it('finds the first WARNING with a CODE, depth-first', () => {
    const body =
      '<X><RESPONSE><WARNING><TEXT>no code</TEXT></WARNING><A><WARNING><CODE>1980</CODE><TEXT>truncated</TEXT>' +
      '<URL>https://h/api?id_min=5</URL></WARNING></A><WARNING><CODE>2</CODE></WARNING></RESPONSE></X>';
    expect(foWarningOf(env(body))).toEqual({ code: '1980', text: 'truncated', url: 'https://h/api?id_min=5' });
  });
  it('searches inside repeated elements, in order', () => {
    const body =
      '<X><L><I>a</I><I><WARNING><CODE>7</CODE></WARNING></I><I><WARNING><CODE>8</CODE></WARNING></I></L></X>';
    expect(foWarningOf(env(body))).toEqual({ code: '7', text: '', url: undefined });
  });
  it('a WARNING whose content nests another WARNING with a CODE', () => {
    const body = '<X><WARNING><WARNING><CODE>9</CODE></WARNING></WARNING></X>';
    expect(foWarningOf(env(body))).toEqual({ code: '9', text: '', url: undefined });
  });
  it('none: undefined', () => {
    expect(foWarningOf(env('<X><RESPONSE><A>1</A><B><C/></B></RESPONSE></X>'))).toBe(undefined);
    expect(foWarningOf(env('<X/>'))).toBe(undefined);
    expect(foWarningOf(env('<X><L><I>a</I><I>b</I></L></X>'))).toBe(undefined);
  });
});
