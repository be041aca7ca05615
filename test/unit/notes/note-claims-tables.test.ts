/**
 * Parameter tables in a release note (generator/notes/note-claims.ts), pinned exactly with whole
 * claim lists (`toStrictEqual`): head and end lines, rows with Optional/Mandatory, names alone on
 * their line followed by their type and keyword cells, names cut by a column break, and the edges
 * of each of those rules. The prose phrasings are pinned in note-claims-exact.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { NoteClaim } from '../../../generator/notes/note-claims.js';
import { claimsOf } from './note-claims-of.js';

const claims = (...lines: string[]): NoteClaim[] => claimsOf(lines.join('\n'));

describe('parameter tables', () => {
  it('rows with Optional/Mandatory, names alone followed by a type and a keyword, broken names', () => {
    expect(
      claims(
        'Parameter Description',
        'show_more={0|1} (Optional) Show more.',
        'Values: 0, 1',
        'action=list (Mandatory) the action',
        'include_hosts_summary_ca (Optional) cut name',
        'tegories={value}',
        'String Optional',
        'echo_request',
        '',
        'Integer',
        'Optional',
        'plain text row',
        'name_ab Mandatory word',
        'API request:',
        'after_end (Optional)',
      ),
    ).toStrictEqual([
      { kind: 'param', name: 'show_more', line: 2 },
      { kind: 'param', name: 'action', line: 4 },
      { kind: 'param', name: 'include_hosts_summary_ca', line: 5, broken: true },
      { kind: 'param', name: 'echo_request', line: 8 },
      { kind: 'param', name: 'name_ab', line: 13 },
    ]);
  });

  it('a broken name ends in _ and one to three lower-case letters, with a bracketed keyword and no value', () => {
    expect(
      claims(
        'Parameter Description',
        'a_b (Mandatory) x',
        'c_def (Optional) x',
        'g_hijk (Optional) x',
        'k_lm=1 (Optional) x',
        'n_op Optional x',
        'q_RS (Optional) x',
        'tu (Optional) x',
      ),
    ).toStrictEqual([
      { kind: 'param', name: 'a_b', line: 2, broken: true },
      { kind: 'param', name: 'c_def', line: 3, broken: true },
      { kind: 'param', name: 'g_hijk', line: 4 },
      { kind: 'param', name: 'k_lm', line: 5 },
      { kind: 'param', name: 'n_op', line: 6 },
      { kind: 'param', name: 'q_RS', line: 7 },
      { kind: 'param', name: 'tu', line: 8 },
    ]);
  });

  it.each([
    ['Parameter Description'],
    ['Input Parameter Optional/Mandatory Data Type Description'],
    ['  input  PARAMETER   description  '],
    ['Parameter\tDescription'],
  ])('%j opens a table', (head) => {
    expect(claims(head, 'p (Optional)')).toStrictEqual([{ kind: 'param', name: 'p', line: 2 }]);
  });

  it.each([
    ['Parameters Description'],
    ['Parameter Description of it'],
    ['The Parameter Description'],
    ['Parameter Descriptions'],
    ['Input Parameters Description'],
    ['Parameter'],
  ])('%j opens no table', (head) => {
    expect(claims(head, 'p (Optional)')).toStrictEqual([]);
  });

  it.each([
    ['Sample'],
    ['Samples:'],
    ['API Sample'],
    ['  api  Examples'],
    ['Example request'],
    ['API request:'],
    ['api REQUESTS'],
  ])('%j ends the table', (end) => {
    expect(claims('Parameter Description', 'p (Optional)', end, 'q (Optional)')).toStrictEqual([
      { kind: 'param', name: 'p', line: 2 },
    ]);
  });

  it.each([['Sampled (Optional)'], ['The Sample (Optional)'], ['APIrequest (Optional)'], ['Exampless (Optional)']])(
    '%j does not end the table',
    (row) => {
      const name = row.split(' ')[0]!;
      expect(claims('Parameter Description', row, 'q (Optional)')).toStrictEqual([
        { kind: 'param', name, line: 2 },
        { kind: 'param', name: 'q', line: 3 },
      ]);
    },
  );

  it('a row needs Optional or Mandatory as a whole word (bracketed or not) after the name', () => {
    expect(
      claims('Parameter Description', 'a Optionally', 'b NonMandatory', 'c Optional', 'd (Mandatory)', 'e(Optional)'),
    ).toStrictEqual([
      { kind: 'param', name: 'c', line: 4 },
      { kind: 'param', name: 'd', line: 5 },
      { kind: 'param', name: 'e', line: 6 },
    ]);
  });

  it('data type cells are not names, in any case', () => {
    expect(
      claims(
        'Parameter Description',
        ...[
          'Alphanumeric',
          'string',
          'INTEGER',
          'Boolean',
          'Double',
          'Number',
          'Date',
          'DateTime',
          'Long',
          'Float',
        ].map((t) => `${t} (Optional)`),
        'Strings (Optional)',
      ),
    ).toStrictEqual([{ kind: 'param', name: 'Strings', line: 12 }]);
  });
});

describe('a name alone on its line', () => {
  const table = (...after: string[]) => claims('Parameter Description', 'alone', ...after);

  it('is a row when its next two non-blank cells are a type and Optional/Mandatory, in either order', () => {
    expect(table('Mandatory', 'String')).toStrictEqual([{ kind: 'param', name: 'alone', line: 2 }]);
    expect(table('  \u00a0', 'integer ', '', ' Optional')).toStrictEqual([{ kind: 'param', name: 'alone', line: 2 }]);
  });

  it('the two cells must be among the next 11 lines', () => {
    const blanks = (n: number) => Array.from({ length: n }, () => '');
    expect(table(...blanks(9), 'String', 'Optional')).toStrictEqual([{ kind: 'param', name: 'alone', line: 2 }]);
    expect(table(...blanks(10), 'String', 'Optional')).toStrictEqual([]);
  });

  it('is no row when a cell is missing, not exact, or a third cell would be needed', () => {
    expect(table('String')).toStrictEqual([]);
    expect(table('Optional')).toStrictEqual([]);
    expect(table('Optional', 'Optional')).toStrictEqual([]);
    expect(table('String', 'Text')).toStrictEqual([]);
    expect(table('Optional field', 'String')).toStrictEqual([]);
    expect(table('String', 'optional')).toStrictEqual([]);
    // `alone` would need a third cell; `Text` alone on its line is then the row
    expect(table('Text', 'String', 'Optional')).toStrictEqual([{ kind: 'param', name: 'Text', line: 3 }]);
  });

  it('a name with a value or other text is never a row by the following lines', () => {
    expect(claims('Parameter Description', 'a=1', 'Optional', 'String')).toStrictEqual([]);
    expect(claims('Parameter Description', 'a text', 'Optional', 'String')).toStrictEqual([]);
  });
});

describe('table edges', () => {
  it('"Description" must be a whole word at the end of the head line', () => {
    expect(claims('Parameter NoDescription', 'p (Optional)')).toStrictEqual([]);
  });

  it('an end line is no row itself; "API request" ends only at the start of a line', () => {
    expect(claims('Parameter Description', 'Examples (Optional)', 'q (Optional)')).toStrictEqual([]);
    expect(claims('Parameter Description', 'API  request (Optional)', 'q (Optional)')).toStrictEqual([]);
    expect(claims('Parameter Description', 'xAPI request (Optional)')).toStrictEqual([
      { kind: 'param', name: 'xAPI', line: 2 },
    ]);
    expect(claims('Parameter Description', 'Use API request (Optional)', 'q (Optional)')).toStrictEqual([
      { kind: 'param', name: 'Use', line: 2 },
      { kind: 'param', name: 'q', line: 3 },
    ]);
  });

  it('Optional and Mandatory are whole words; a data type is the whole name', () => {
    expect(
      claims(
        'Parameter Description',
        'f NonOptional',
        'g Mandatorys',
        'MyString (Optional)',
        'x_ (Optional)',
        'ab_cd_EFG (Optional)',
      ),
    ).toStrictEqual([
      { kind: 'param', name: 'MyString', line: 4 },
      { kind: 'param', name: 'x_', line: 5 },
      { kind: 'param', name: 'ab_cd_EFG', line: 6 },
    ]);
  });

  it('a keyword cell is Optional or Mandatory alone', () => {
    // `Not Optional` is a row of its own (name Not); it is no keyword cell for `alone`
    // a no-break space inside a cell is a blank: `Date Time` is no type
    expect(claims('Parameter Description', 'alone', 'Optional', 'Date\u00a0Time')).toStrictEqual([]);
    expect(claims('Parameter Description', 'alone', '\u00a0Optional\u00a0', 'Date')).toStrictEqual([
      { kind: 'param', name: 'alone', line: 2 },
    ]);
    expect(claims('Parameter Description', 'alone', 'Not Optional', 'String')).toStrictEqual([
      { kind: 'param', name: 'Not', line: 3 },
    ]);
  });
});
