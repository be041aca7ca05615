/**
 * The prose patterns of generator/notes/note-claim-patterns.ts, pinned exactly: every function
 * gives the matches (index, whole text, groups) of the regex its doc comment names. Checked on
 * hand-picked inputs at each boundary (the 40-character gap, full stops and quotes in the gap,
 * the trailing `,`/`and` of a quoted list, missing closers) and by a seeded fast-check comparison
 * with the regex itself over text made of the words the patterns look for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchIntroducedQuoted,
  matchNewNames,
  matchNewValues,
  matchRow,
  type PatternMatch,
} from '../../../generator/notes/note-claim-patterns.js';

const SEED = 20260602;
const NEW_NAMES =
  /\b(?:added|new|introduced)\b[^.“"]{0,40}?\b(?:elements?|fields?|parameters?|attributes?|tags?)\b\s*:?\s*((?:[“"][^”"]+[”"]\s*(?:,|and)?\s*)+)/gi;
const INTRODUCED = /\b(?:introduced|added)\s+[“"]([^”"]+)[”"]\s+(?:field|element|parameter|attribute|tag)\b/gi;
const NEW_VALUES = /\bnew\s+(?:possible\s+)?values?\s+for\s+the\s+([A-Za-z_][\w]*)[^:]{0,40}:\s*([^.]+)\./gi;
const ROW = /^\s*([A-Za-z_][A-Za-z0-9_.]*)(=\S*)?\s*(.*)$/;

function byRegex(re: RegExp, text: string): PatternMatch[] {
  return [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0], groups: m.slice(1) as string[] }));
}

const tokens = (list: readonly string[], max: number) =>
  fc.array(fc.constantFrom(...list), { maxLength: max }).map((a) => a.join(''));

describe('matchNewNames', () => {
  it('a list of quoted names after a noun, with commas, "and" and a colon', () => {
    const text = 'We added two new elements: "history", “Web” and "X." Done';
    expect(matchNewNames(text)).toEqual([
      {
        index: 3,
        text: 'added two new elements: "history", “Web” and "X." ',
        groups: ['"history", “Web” and "X." '],
      },
    ]);
    expect(matchNewNames(text)).toEqual(byRegex(NEW_NAMES, text));
  });

  it('the keyword restarts one character later when nothing follows it: the inner "new" matches', () => {
    const text = 'added. new tag "a"';
    expect(matchNewNames(text)).toEqual([{ index: 7, text: 'new tag "a"', groups: ['"a"'] }]);
    expect(matchNewNames('added, new tag "a"')).toEqual([{ index: 0, text: 'added, new tag "a"', groups: ['"a"'] }]);
  });

  it('the gap between keyword and noun is at most 40 characters, none of them . “ or "', () => {
    const gap40 = `new ${'x'.repeat(38)} field "a"`;
    const gap41 = `new ${'x'.repeat(39)} field "a"`;
    expect(matchNewNames(gap40)).toEqual([{ index: 0, text: gap40, groups: ['"a"'] }]);
    expect(matchNewNames(gap41)).toEqual([]);
    expect(matchNewNames('new x.y field "a"')).toEqual([]);
    expect(matchNewNames('new x"y field "a"')).toEqual([]);
    expect(matchNewNames('new x“y field "a"')).toEqual([]);
    expect(matchNewNames('new x”y field "a"')).toEqual([{ index: 0, text: 'new x”y field "a"', groups: ['"a"'] }]);
  });

  it('the noun must be a whole word and the list must open with a quote', () => {
    expect(matchNewNames('new fieldset "a"')).toEqual([]);
    expect(matchNewNames('new subfield "a"')).toEqual([]);
    expect(matchNewNames('new field a "b"')).toEqual([]);
    expect(matchNewNames('new field ""')).toEqual([]);
    expect(matchNewNames('new field "a')).toEqual([]);
    expect(matchNewNames('new TAGS:"a"')).toEqual([{ index: 0, text: 'new TAGS:"a"', groups: ['"a"'] }]);
  });

  it('stops the list before a word that is not "and", and keeps the trailing blanks', () => {
    const text = 'new tags "a" or "b"';
    expect(matchNewNames(text)).toEqual([{ index: 0, text: 'new tags "a" ', groups: ['"a" '] }]);
    const anded = 'new tags "a" AND "b" andy';
    expect(matchNewNames(anded)).toEqual(byRegex(NEW_NAMES, anded));
    expect(matchNewNames(anded)[0]!.groups).toEqual(['"a" AND "b" and']);
  });

  it('a keyword that is part of a word is not a keyword; the search goes on after a match', () => {
    const text = 'renew field "a" then newly tag "b", introduced parameter "c"';
    expect(matchNewNames(text)).toEqual([{ index: 36, text: 'introduced parameter "c"', groups: ['"c"'] }]);
  });

  it('a noun right after the keyword (gap 0) and at the end of the text', () => {
    expect(matchNewNames('new')).toEqual([]);
    expect(matchNewNames('new field')).toEqual([]);
    expect(matchNewNames('newfield "a"')).toEqual([]);
  });

  it('agrees with the regex on text made of its words', () => {
    const words = [
      'added',
      'new',
      'New',
      ' ',
      ' ',
      'element',
      'fields',
      'tag',
      ':',
      '"',
      '“',
      '”',
      'x',
      'and',
      ',',
      '.',
      'lorem ipsum dolor ',
    ];
    fc.assert(
      fc.property(tokens(words, 16), (text) => {
        expect(matchNewNames(text)).toEqual(byRegex(NEW_NAMES, text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('matchIntroducedQuoted', () => {
  it('a quoted name followed by its noun', () => {
    const text = 'We Introduced "customAtttributes" Field and added “x y” tag.';
    expect(matchIntroducedQuoted(text)).toEqual([
      { index: 3, text: 'Introduced "customAtttributes" Field', groups: ['customAtttributes'] },
      { index: 44, text: 'added “x y” tag', groups: ['x y'] },
    ]);
  });

  it('needs blanks before the quote and before the noun, a whole-word noun and a non-empty name', () => {
    expect(matchIntroducedQuoted('added"a" field')).toEqual([]);
    expect(matchIntroducedQuoted('added "a"field')).toEqual([]);
    expect(matchIntroducedQuoted('added "a" fields')).toEqual([]);
    expect(matchIntroducedQuoted('added "" field')).toEqual([]);
    expect(matchIntroducedQuoted('readded "a" field')).toEqual([]);
    expect(matchIntroducedQuoted('added "a" element')).toEqual([
      { index: 0, text: 'added "a" element', groups: ['a'] },
    ]);
  });

  it('an unclosed quote ends the search; a failed opener does not hide a later one', () => {
    expect(matchIntroducedQuoted('added "a field, added "b" tag')).toEqual([
      { index: 16, text: 'added "b" tag', groups: ['b'] },
    ]);
    expect(matchIntroducedQuoted('added "a" x; added "b" tag')).toEqual([
      { index: 13, text: 'added "b" tag', groups: ['b'] },
    ]);
    expect(matchIntroducedQuoted('added "a')).toEqual([]);
  });

  it('two openers sharing one closer: the noun check is remembered and gives the same answer', () => {
    expect(matchIntroducedQuoted('added “added “b" tag')).toEqual([
      { index: 0, text: 'added “added “b" tag', groups: ['added “b'] },
    ]);
    expect(matchIntroducedQuoted('added “added “b"tag')).toEqual([]);
    expect(matchIntroducedQuoted('added “x added “b" tag')).toEqual([
      { index: 0, text: 'added “x added “b" tag', groups: ['x added “b'] },
    ]);
    const text = 'added "added "b" tag';
    expect(matchIntroducedQuoted(text)).toEqual(byRegex(INTRODUCED, text));
    expect(matchIntroducedQuoted(text)).toEqual([{ index: 7, text: 'added "b" tag', groups: ['b'] }]);
  });

  it('agrees with the regex on text made of its words', () => {
    const words = ['introduced', 'added', 'Added', ' ', ' ', '"', '“', '”', 'x', 'field', 'tag', 'tags', '.'];
    fc.assert(
      fc.property(tokens(words, 14), (text) => {
        expect(matchIntroducedQuoted(text)).toEqual(byRegex(INTRODUCED, text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('matchNewValues', () => {
  it('the parameter name and the values up to the full stop', () => {
    const text = 'The API has 2 new possible values for the kind_filter input parameter: alpha and beta. Next.';
    expect(matchNewValues(text)).toEqual([
      {
        index: 14,
        text: 'new possible values for the kind_filter input parameter: alpha and beta.',
        groups: ['kind_filter', 'alpha and beta'],
      },
    ]);
  });

  it('value or values, with or without "possible", any case', () => {
    expect(matchNewValues('NEW VALUE FOR THE x: a.')).toEqual([
      { index: 0, text: 'NEW VALUE FOR THE x: a.', groups: ['x', 'a'] },
    ]);
  });

  it('the colon is at most 40 characters after the name', () => {
    const long = `new values for the p${'y'.repeat(60)}: a.`;
    expect(matchNewValues(long)).toEqual([{ index: 0, text: long, groups: [`p${'y'.repeat(60)}`, 'a'] }]);
    const at40 = `new values for the p ${'y'.repeat(39)}: a.`;
    expect(matchNewValues(at40)).toEqual([{ index: 0, text: at40, groups: ['p', 'a'] }]);
    expect(matchNewValues(`new values for the p ${'y'.repeat(40)}: a.`)).toEqual([]);
  });

  it('needs blanks around "the", a name starting with a letter or _, and a value before a full stop', () => {
    expect(matchNewValues('new values forthe x: a.')).toEqual([]);
    expect(matchNewValues('new values for thex: a.')).toEqual([]);
    expect(matchNewValues('new values for the 9x: a.')).toEqual([]);
    expect(matchNewValues('new values for the _x: a.')).toEqual([
      { index: 0, text: 'new values for the _x: a.', groups: ['_x', 'a'] },
    ]);
    expect(matchNewValues('new values for the x: a')).toEqual([]);
    expect(matchNewValues('new values for the x:.')).toEqual([]);
    expect(matchNewValues('new values for the x: .')).toEqual([
      { index: 0, text: 'new values for the x: .', groups: ['x', ' '] },
    ]);
    expect(matchNewValues('new values for the x:  \t.')).toEqual([
      { index: 0, text: 'new values for the x:  \t.', groups: ['x', '\t'] },
    ]);
  });

  it('a failed head does not hide a later one; the search goes on after the full stop', () => {
    const text = 'new values for a. new values for the x: a. new value for the y: b, c.';
    expect(matchNewValues(text)).toEqual([
      { index: 18, text: 'new values for the x: a.', groups: ['x', 'a'] },
      { index: 43, text: 'new value for the y: b, c.', groups: ['y', 'b, c'] },
    ]);
  });

  it('agrees with the regex on text made of its words', () => {
    const words = [
      'new',
      'New',
      ' ',
      ' ',
      'possible',
      'values',
      'value',
      'for',
      'the',
      'The',
      'p_x',
      '9',
      ':',
      '.',
      'a',
      'and',
      'lorem ipsum dolor sit ',
    ];
    fc.assert(
      fc.property(tokens(words, 16), (text) => {
        expect(matchNewValues(text)).toEqual(byRegex(NEW_VALUES, text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
    const headed = fc
      .tuple(tokens([' ', '\t', 'x', '9', '_', ':', '.', 'the', 'a'], 10), tokens([' ', 'x', ':', '.', 'b'], 8))
      .map(([a, b]) => `new values for the ${a}${b}`);
    fc.assert(
      fc.property(headed, (text) => {
        expect(matchNewValues(text)).toEqual(byRegex(NEW_VALUES, text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('matchRow', () => {
  it.each([
    ['show_more={0|1} (Optional) Show more.', ['show_more', '={0|1}', '(Optional) Show more.']],
    ['  a.b  rest', ['a.b', undefined, 'rest']],
    ['_x', ['_x', undefined, '']],
    ['x=', ['x', '=', '']],
    ['x= y', ['x', '=', 'y']],
    ['x =y', ['x', undefined, '=y']],
    ['x\ty\t', ['x', undefined, 'y\t']],
    ['x \n y', ['x', undefined, 'y']],
  ])('%j', (line, want) => {
    expect(matchRow(line)).toEqual(want);
  });

  it.each(['', '   ', '9x', '.x', '-x', 'x y\nz', 'x=a b\u2028c', 'x y\rz', 'x y\u2029'])('%j is no row', (line) => {
    expect(matchRow(line)).toBeUndefined();
  });

  it('agrees with the regex', () => {
    fc.assert(
      fc.property(tokens([' ', '\t', 'A', '_', 'a', '9', '.', '=', '-', '\n', '\u2028', '\r'], 10), (line) => {
        const m = ROW.exec(line);
        expect(matchRow(line)).toEqual(m ? [m[1], m[2], m[3]] : undefined);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('every noun and blank run', () => {
  it('matchNewNames takes each noun, singular and plural', () => {
    const text =
      'new element "a". new elements "b". new field "c". new fields "d". new parameter "e". new parameters "f". new attribute "g". new attributes "h". new tag "i". new tags "j".';
    expect(matchNewNames(text).map((m) => m.groups[0])).toEqual([
      '"a"',
      '"b"',
      '"c"',
      '"d"',
      '"e"',
      '"f"',
      '"g"',
      '"h"',
      '"i"',
      '"j"',
    ]);
  });

  it('matchIntroducedQuoted takes each singular noun, after blanks of any length', () => {
    const text =
      'added  "a" field, added "b"  element, added "c" parameter, added "d" attribute, added "e" tag, added "f" tags';
    expect(matchIntroducedQuoted(text).map((m) => m.groups[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('matchNewValues: blanks of any length, a capital first letter, no match inside a word or inside a value', () => {
    expect(matchNewValues('new  possible  values  for  the  Xy: a.')).toEqual([
      { index: 0, text: 'new  possible  values  for  the  Xy: a.', groups: ['Xy', 'a'] },
    ]);
    expect(matchNewValues('renew values for the x: a.')).toEqual([]);
    const text = 'new values for the x: a, new value for the y: b.';
    expect(matchNewValues(text)).toEqual([{ index: 0, text, groups: ['x', 'a, new value for the y: b'] }]);
  });
});

describe('a head without its colon', () => {
  it('does not stop the search for later heads', () => {
    const text = `new values for the x ${'y'.repeat(45)}. new values for the z: c.`;
    expect(matchNewValues(text)).toEqual([{ index: 68, text: 'new values for the z: c.', groups: ['z', 'c'] }]);
    expect(matchNewValues(text)).toEqual(byRegex(NEW_VALUES, text));
  });
});
