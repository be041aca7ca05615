/**
 * Edges of generator/notes/note-paths.ts and note-text.ts the other note tests leave open, pinned
 * exactly: a query at the very start, a scheme that is not at the start, placeholders that only
 * touch one end of a segment, an unclosed base-URL tag, each quote and punctuation mark trimmed,
 * the words of camel-case and punctuated segments, and the name boundaries.
 */
import { describe, expect, it } from 'vitest';
import { endpointPaths, parseNotePath, pathSimilarity, samePath } from '../../../generator/notes/note-paths.js';
import { mentions, readNoteText, sameName } from '../../../generator/notes/note-text.js';
import { endpoint, param } from '../diff/ir-builders.js';

describe('parseNotePath edges', () => {
  it.each([
    ['?action=list', { segments: [], action: 'list', raw: '?action=list' }],
    ['/a/?action=list_all2&x=1', { segments: ['a'], action: 'list_all', raw: '/a/?action=list_all2&x=1' }],
    ['/a?b=1&action=x?y', { segments: ['a'], action: 'x', raw: '/a?b=1&action=x?y' }],
    ['/a/http://h/b', { segments: ['a', 'http:', 'h', 'b'], raw: '/a/http://h/b' }],
    ['http:/a', { segments: ['http:', 'a'], raw: 'http:/a' }],
    ['https://h', { segments: [], raw: 'https://h' }],
    ['https:///a', { segments: ['https:', 'a'], raw: 'https:///a' }],
    ['/a/x<id>/<id>y/z', { segments: ['a', 'x<id>', '<id>y', 'z'], raw: '/a/x<id>/<id>y/z' }],
    ['/a/{id>/<>/{/}', { segments: ['a', '{}', '{}', '{', '}'], raw: '/a/{id>/<>/{/}' }],
    ['<platform/a', { segments: ['<platform', 'a'], raw: '<platform/a' }],
    ['<Platform>/a', { segments: ['a'], raw: '<Platform>/a' }],
    ['<my SERVER>/a', { segments: ['a'], raw: '<my SERVER>/a' }],
    ['<base_URL>/a', { segments: ['a'], raw: '<base_URL>/a' }],
    ['<x>/a', { segments: ['{}', 'a'], raw: '<x>/a' }],
    ['x<url>/a', { segments: ['x<url>', 'a'], raw: 'x<url>/a' }],
    [' "(/a/b)". ', { segments: ['a', 'b'], raw: ' "(/a/b)". ' }],
    ["'/a/b';", { segments: ['a', 'b'], raw: "'/a/b';" }],
    ['(/a/b,', { segments: ['a', 'b'], raw: '(/a/b,' }],
    ['/a/b"(', { segments: ['a', 'b"('], raw: '/a/b"(' }],
    [')/a/b', { segments: [')', 'a', 'b'], raw: ')/a/b' }],
    ['"https://h/a/b"', { segments: ['a', 'b'], raw: '"https://h/a/b"' }],
    ['action=list', { segments: ['action=list'], raw: 'action=list' }],
    ['<id>/url/a', { segments: ['{}', 'url', 'a'], raw: '<id>/url/a' }],
  ])('%j', (raw, want) => {
    expect(parseNotePath(raw)).toStrictEqual(want);
  });

  it('a path that is only a base-URL tag has no segments', () => {
    expect(parseNotePath('<qualys_base_url>')).toStrictEqual({ segments: [], raw: '<qualys_base_url>' });
  });
});

describe('samePath edges', () => {
  const same = (a: string, b: string) => samePath(parseNotePath(a), parseNotePath(b));

  it('placeholders match on either side, segment by segment, and only with equal lengths', () => {
    expect(same('/a/<x>/c', '/A/{y}/C')).toBe(true);
    expect(same('/<x>/b', '/a/<y>')).toBe(true);
    expect(same('/a/<x>', '/b/<y>')).toBe(false);
    expect(same('/<x>', '/a/b')).toBe(false);
    expect(same('', '')).toBe(true);
    expect(same('/a/b/c', '/a/b/d')).toBe(false);
  });
});

describe('pathSimilarity edges', () => {
  const sim = (a: string, b: string) => pathSimilarity(parseNotePath(a), parseNotePath(b));

  it('splits before each capital and at each non-alphanumeric character', () => {
    expect(sim('/HTTPServer', '/server')).toBe(1);
    expect(sim('/getHostAssetList', '/host-asset_list.xml')).toBe(3);
    expect(sim('/ab2cd', '/ab2cd')).toBe(1);
    expect(sim('/ab2/cd', '/ab2cd')).toBe(0);
    expect(sim('/Ab', '/ab')).toBe(1);
    expect(sim('/x/<id>', '/x/id')).toBe(0);
  });

  it('is symmetric and counts each shared word once', () => {
    expect(sim('/a/report/report', '/report/list')).toBe(1);
    expect(sim('/report/list', '/a/report/report')).toBe(1);
    expect(sim('/list/report', '/reportList')).toBe(2);
  });
});

describe('note-text edges', () => {
  it('sameName: 8 characters on the shorter side, one edit, case ignored', () => {
    expect(sameName('abcdefgh', 'abcdefghi')).toBe(true);
    expect(sameName('abcdefghi', 'abcdefgh')).toBe(true);
    expect(sameName('ABCDEFGH', 'abcdefgX')).toBe(true);
    expect(sameName('abcdefgh', 'abcdefghij')).toBe(false);
    expect(sameName('abcdefg', 'abcdefgh')).toBe(false);
    expect(sameName('', '')).toBe(true);
  });

  it('mentions: the squashed name anywhere in the squashed note', () => {
    const note = readNoteText('See Host_Asset-ID\nnow');
    expect(mentions(note, 'hostassetid')).toBe(true);
    expect(mentions(note, 'ID now')).toBe(true);
    expect(mentions(note, 'ids')).toBe(false);
    expect(mentions(note, '_')).toBe(false);
  });

  it('readNoteText: a form feed starts a page and a line; a blank CRLF line is kept', () => {
    const note = readNoteText('a\r\n\r\nb\fc\f\fd');
    expect(note.lines).toEqual(['a', '', 'b', ' c', ' ', ' d']);
    expect(note.pageOf).toEqual([0, 0, 0, 1, 1, 2]);
    expect(note.squashed).toBe('abcd');
  });
});

describe('endpointPaths: the const action', () => {
  it('is the const of the param named action, wherever it is in the list', () => {
    const ep = endpoint('r', {
      path: '/api/2.0/fo/r/',
      params: [param('other', { const: 'x' }), param('action'), param('action', { const: 'list' })],
    });
    expect(endpointPaths(ep)).toStrictEqual([
      { segments: ['api', '2.0', 'fo', 'r'], action: 'list', raw: '/api/2.0/fo/r/' },
    ]);
  });
});
