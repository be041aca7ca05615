/**
 * What a release note claims (generator/notes/note-claims.ts), pinned exactly with whole claim
 * lists (`toStrictEqual`: kind, name, line, and no stray keys): each prose phrasing and its near
 * misses, the line of a claim that starts a line, de-duplication, output-only pages and new
 * endpoints. Parameter tables are pinned in note-claims-tables.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { NoteClaim } from '../../../generator/notes/note-claims.js';
import { parseNotePath } from '../../../generator/notes/note-paths.js';
import { claimsOf } from './note-claims-of.js';

const claims = (...lines: string[]): NoteClaim[] => claimsOf(lines.join('\n'));

describe('prose claims', () => {
  it('every phrasing, in pattern order, with the line each starts on', () => {
    expect(
      claims(
        'Intro text',
        'We added two new elements: "history" and "WebAppFindingHistory."',
        'There is a new input parameter “sendMailFromAddressOption” for this.',
        'Introduced "customAtttributes" Field',
        'We’ve added the new ELB_DNS tag and new fooBar element.',
        'See the new element sendMailFromAddr and New field <LAST_SCAN> and new parameter pageSize here.',
        'The API has 2 new possible values for the kind_filter input parameter: alpha, beta and gamma_x.',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'history', line: 2 },
      { kind: 'element', name: 'WebAppFindingHistory', line: 2 },
      { kind: 'param', name: 'sendMailFromAddressOption', line: 3 },
      { kind: 'element', name: 'customAtttributes', line: 4 },
      { kind: 'element', name: 'ELB_DNS', line: 5 },
      { kind: 'element', name: 'fooBar', line: 5 },
      { kind: 'element', name: 'sendMailFromAddr', line: 6 },
      { kind: 'element', name: 'LAST_SCAN', line: 6 },
      { kind: 'param', name: 'pageSize', line: 6 },
      { kind: 'enum-value', name: 'alpha', param: 'kind_filter', line: 7 },
      { kind: 'enum-value', name: 'beta', param: 'kind_filter', line: 7 },
      { kind: 'enum-value', name: 'gamma_x', param: 'kind_filter', line: 7 },
    ]);
  });

  it('a claim that starts a line is on that line, also on the last line', () => {
    expect(claims('x', 'new ELB_DNS tag', 'new HOST_ID tag')).toStrictEqual([
      { kind: 'element', name: 'ELB_DNS', line: 2 },
      { kind: 'element', name: 'HOST_ID', line: 3 },
    ]);
    expect(claims('new fooBar field', 'y', 'z', 'w', 'new barBaz attribute')).toStrictEqual([
      { kind: 'element', name: 'fooBar', line: 1 },
      { kind: 'element', name: 'barBaz', line: 5 },
    ]);
  });

  it('a quoted list is a parameter claim when the match says "parameter" in any case', () => {
    expect(claims('added the new PARAMETERS "a_b", "c.d"; and new tags: "e"')).toStrictEqual([
      { kind: 'param', name: 'a_b', line: 1 },
      { kind: 'param', name: 'c.d', line: 1 },
      { kind: 'element', name: 'e', line: 1 },
    ]);
  });

  it('quoted names are trimmed of blanks and trailing .,;: and must then be identifiers', () => {
    expect(claims('new fields " a.,;: ", "b c", "9d", "_e:", "f-g", "h"')).toStrictEqual([
      { kind: 'element', name: 'a', line: 1 },
      { kind: 'element', name: '_e', line: 1 },
      { kind: 'element', name: 'h', line: 1 },
    ]);
    expect(claims('Introduced " x. " field and added "y z" tag and added "1a" tag')).toStrictEqual([
      { kind: 'element', name: 'x', line: 1 },
    ]);
  });

  it('bare names need the Qualys shapes: UPPER_WITH_UNDERSCORE or camelCase', () => {
    expect(
      claims(
        'new ELB tag, new elb_dns tag, new Foobar element, new foobar field, New FOO_BAR tag.',
        'new element ELB, new element Foobar, new Element fooBar, new elements fooBar, new tag FOO_BAR_x.',
        'new Parameter fooBar, new field fooBar9, new tag <A_B>',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'fooBar9', line: 3 },
      { kind: 'element', name: 'A_B', line: 3 },
    ]);
  });

  it('"the new parameter X" is a parameter claim; the other nouns are element claims', () => {
    expect(
      claims(
        'new tag abC, new element bcD, new field cdE, new attribute deF, new parameter efG, New parameter fgH, new tag aB',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'abC', line: 1 },
      { kind: 'element', name: 'bcD', line: 1 },
      { kind: 'element', name: 'cdE', line: 1 },
      { kind: 'element', name: 'deF', line: 1 },
      { kind: 'param', name: 'efG', line: 1 },
      { kind: 'param', name: 'fgH', line: 1 },
    ]);
  });

  it('new values are split at commas and "and" (a whole word), trimmed and kept when identifiers', () => {
    expect(claims('2 new values for the mode parameter: sand, and_x,x y ,  q.')).toStrictEqual([
      { kind: 'enum-value', name: 'sand', param: 'mode', line: 1 },
      { kind: 'enum-value', name: 'and_x', param: 'mode', line: 1 },
      { kind: 'enum-value', name: 'q', param: 'mode', line: 1 },
    ]);
  });
});

describe('de-duplication', () => {
  it('one claim per kind and name ignoring case; the first one is kept', () => {
    expect(
      claims(
        'new fooBar element',
        'new FooBar element',
        'new parameter fooBar',
        'new parameter foobaR',
        'new fooBar element',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'fooBar', line: 1 },
      { kind: 'param', name: 'fooBar', line: 3 },
    ]);
  });

  it('endpoint names compare lower-cased', () => {
    const got = claims('New or Updated API New', 'API affected /straße/x', 'API affected /STRASSE/x');
    expect(got.map((c) => c.name)).toEqual(['/straße/x', '/STRASSE/x']);
  });
});

describe('output-only sections', () => {
  it('drop claims on the page of a "Neither" block and on the page after it', () => {
    expect(
      claims(
        'new aA tag',
        ' Page 1',
        'new bB tag',
        'API affected /a/b',
        'New or Updated API Neither (output change only)',
        'new cC tag',
        ' Page 2',
        'new dD tag',
        ' Page 3',
        'new eE tag',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'aA', line: 1 },
      { kind: 'element', name: 'eE', line: 10 },
    ]);
  });

  it('an updated block drops nothing', () => {
    expect(claims('API affected /a/b', 'New or Updated API Updated', 'new aA tag')).toStrictEqual([
      { kind: 'element', name: 'aA', line: 3 },
    ]);
  });
});

describe('new endpoints', () => {
  it('each path of a "New" block, with the block\'s method when it has one', () => {
    expect(
      claims(
        'New or Updated API New',
        'API Endpoint /pci/a/list',
        'Method GET',
        '',
        '',
        '',
        '',
        '',
        'API affected /qps/b/<id>',
        '/qps/c',
        'New or Updated APIs New',
        '',
        '',
        '',
        '',
        '',
        'API affected /qps/d',
        'New or Updated API Updated',
      ),
    ).toStrictEqual([
      { kind: 'endpoint', name: '/pci/a/list', path: parseNotePath('/pci/a/list'), method: 'GET', line: 1 },
      { kind: 'endpoint', name: '/qps/b/<id>', path: parseNotePath('/qps/b/<id>'), line: 9 },
      { kind: 'endpoint', name: '/qps/c', path: parseNotePath('/qps/c'), line: 9 },
    ]);
  });
});

describe('bare-name shapes, character by character', () => {
  it('"new NAME noun": each character class of both shapes, each noun, blanks of any length', () => {
    expect(
      claims(
        'new FOO9_BAR tag, new A_B_C element, new FOO_B9 field, new  fooBarBaz9  attribute, new fooBAR parameter.',
        'new fooB9 tag, new foo_Bar tag, new fooBar elements, renew FOO_BAR tag, newFOO_BAR tag.',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'FOO9_BAR', line: 1 },
      { kind: 'element', name: 'A_B_C', line: 1 },
      { kind: 'element', name: 'FOO_B9', line: 1 },
      { kind: 'element', name: 'fooBarBaz9', line: 1 },
      { kind: 'param', name: 'fooBAR', line: 1 },
      { kind: 'element', name: 'fooB9', line: 2 },
    ]);
  });

  it('"new noun NAME": each character class of both shapes, and what may follow the name', () => {
    expect(
      claims(
        'new tag A9_B, new tag A_B_C, new tag A_B9, new  tag  <FooBar>, new tag a9Bc, new tag abCdEF9.',
        'new tag A_Bc, new field fooBar_x, renew element fooBaz, new tag _A_B, new tag aBc, new tag A_, new tag Ab_C.',
      ),
    ).toStrictEqual([
      { kind: 'element', name: 'A9_B', line: 1 },
      { kind: 'element', name: 'A_B_C', line: 1 },
      { kind: 'element', name: 'A_B9', line: 1 },
      { kind: 'element', name: 'FooBar', line: 1 },
      { kind: 'element', name: 'a9Bc', line: 1 },
      { kind: 'element', name: 'abCdEF9', line: 1 },
    ]);
  });

  it('quoted names may hold digits, dots and underscores after the first character', () => {
    expect(claims('new fields "ab9", "Z.z_1", "_"')).toStrictEqual([
      { kind: 'element', name: 'ab9', line: 1 },
      { kind: 'element', name: 'Z.z_1', line: 1 },
      { kind: 'element', name: '_', line: 1 },
    ]);
  });
});

describe('output-only page of a block that ends a page', () => {
  it("the page is the one of the block's first line", () => {
    expect(
      claims(
        'new aA tag',
        'New or Updated API Neither (output change only)',
        ' Page 1',
        'API affected N/A',
        'new bB tag',
        ' Page 2',
        'new cC tag',
      ),
    ).toStrictEqual([{ kind: 'element', name: 'cC', line: 7 }]);
  });
});
