/**
 * The "API affected" blocks of a release note (generator/notes/note-blocks.ts), pinned exactly:
 * whole block lists (line, page, paths, change, schema changes, method, last line) for both
 * layouts, the 5-line window that joins key lines, continuation path lines, "N/A", and each key
 * line's accepted spellings next to the spellings that just miss.
 */
import { describe, expect, it } from 'vitest';
import { findNoteBlocks, type NoteBlock } from '../../../generator/notes/note-blocks.js';
import { parseNotePath } from '../../../generator/notes/note-paths.js';
import { readNoteText } from '../../../generator/notes/note-text.js';

const blocks = (...lines: string[]): NoteBlock[] => findNoteBlocks(readNoteText(lines.join('\n')));
const paths = (...raws: string[]) => raws.map(parseNotePath);

describe('both layouts', () => {
  it('paths first, continuation paths, then change and schema lines', () => {
    expect(
      blocks(
        'Intro',
        'API affected /qps/rest/3.0/get/was/finding/<id>',
        '/qps/rest/3.0/search/was/finding',
        '',
        'New or Updated APIs Updated',
        '',
        'DTD or XSD changes Yes',
      ),
    ).toEqual([
      {
        line: 2,
        page: 0,
        paths: [
          {
            segments: ['qps', 'rest', '3.0', 'get', 'was', 'finding', '{}'],
            raw: '/qps/rest/3.0/get/was/finding/<id>',
          },
          { segments: ['qps', 'rest', '3.0', 'search', 'was', 'finding'], raw: '/qps/rest/3.0/search/was/finding' },
        ],
        change: 'updated',
        schemaChanges: 'yes',
        lastLine: 7,
      },
    ]);
  });

  it('change first, then "API Endpoint", "Method" and schema lines', () => {
    expect(
      blocks('New or Updated API New', 'API Endpoint /pci/reporting/download', 'Method GET', 'DTD or XSD changes No'),
    ).toEqual([
      {
        line: 1,
        page: 0,
        paths: paths('/pci/reporting/download'),
        change: 'new',
        method: 'GET',
        schemaChanges: 'no',
        lastLine: 4,
      },
    ]);
  });

  it('a block records the page of its first line', () => {
    expect(blocks('a', ' Page two', 'API affected /a/b', ' Page three', 'Method PUT')).toEqual([
      { line: 3, page: 1, paths: paths('/a/b'), method: 'PUT', lastLine: 5 },
    ]);
  });
});

describe('the window that joins key lines', () => {
  it("a key line at most 5 lines after the block's last line joins it; 6 lines starts a new block", () => {
    expect(blocks('API affected /a/b', '', '', '', '', 'Method POST', '', '', '', '', '', 'Operator GET')).toEqual([
      { line: 1, page: 0, paths: paths('/a/b'), method: 'POST', lastLine: 6 },
      { line: 12, page: 0, paths: [], method: 'GET', lastLine: 12 },
    ]);
  });

  it('the window moves with each key line that joins', () => {
    expect(
      blocks('API affected /a/b', '', '', '', 'New or Updated API New', '', '', '', 'DTD or XSD changes No'),
    ).toEqual([{ line: 1, page: 0, paths: paths('/a/b'), change: 'new', schemaChanges: 'no', lastLine: 9 }]);
  });

  it('continuation path lines move the window too', () => {
    expect(blocks('API affected /a/b', 'c/d', '', '', '', '', 'Method DELETE')).toEqual([
      { line: 1, page: 0, paths: paths('/a/b', 'c/d'), method: 'DELETE', lastLine: 7 },
    ]);
    expect(blocks('API affected /a/b', '', '', '', '', '', 'Method DELETE')).toEqual([
      { line: 1, page: 0, paths: paths('/a/b'), lastLine: 1 },
      { line: 7, page: 0, paths: [], method: 'DELETE', lastLine: 7 },
    ]);
  });

  it('a second "API affected" line close to the first adds to the same block', () => {
    expect(blocks('API affected /a/b', 'text', 'API affected /c/d x')).toEqual([
      { line: 1, page: 0, paths: paths('/a/b', '/c/d'), lastLine: 3 },
    ]);
  });

  it('lines that are not key lines never open or extend a block', () => {
    expect(
      blocks('Operator', 'Method HEAD', 'Method GETS', 'New or Updated API', 'DTD or XSD changes', 'API affected'),
    ).toEqual([]);
  });
});

describe('"API affected" lines', () => {
  it.each([
    ['API affected /a/b'],
    ['APIs affected /a/b'],
    ['APl affected /a/b'],
    ['APIL affected /a/b'],
    ['api AFFECTED /a/b'],
    ['API Endpoint /a/b'],
    ['APIs endpoint /a/b'],
    ['  \tAPI affected /a/b'],
    ['API  \t affected \t /a/b'],
    ['API affected /a/b extra words'],
    ['API affected /a/b\tGET'],
  ])('%j names /a/b', (line) => {
    expect(blocks(line)).toEqual([{ line: 1, page: 0, paths: [{ segments: ['a', 'b'], raw: '/a/b' }], lastLine: 1 }]);
  });

  it.each([
    ['See API affected /a/b'],
    ['APIS affected/a/b'],
    ['APIaffected /a/b'],
    ['API affects /a/b'],
    ['API affected'],
    ['APX affected /a/b'],
    ['API Endpoints /a/b'],
    ['API affected /a/b\u2028more'],
  ])('%j is no "API affected" line', (line) => {
    expect(blocks(line)).toEqual([]);
  });

  it('an "API affected" line with blanks only after the keyword names no path', () => {
    expect(blocks('API affected  ')).toEqual([{ line: 1, page: 0, paths: [], lastLine: 1 }]);
  });

  it('"N/A" names no path and takes no continuation lines', () => {
    expect(
      blocks('API affected N/A (affects end report)', 'a/b', 'New or Updated API Neither (output change only)'),
    ).toEqual([{ line: 1, page: 0, paths: [], change: 'neither', lastLine: 3 }]);
    expect(blocks('API affected n/a.')).toEqual([{ line: 1, page: 0, paths: [], lastLine: 1 }]);
    expect(blocks('API affected N/Ab')).toEqual([{ line: 1, page: 0, paths: paths('N/Ab'), lastLine: 1 }]);
    expect(blocks('API affected x N/A')).toEqual([{ line: 1, page: 0, paths: paths('x'), lastLine: 1 }]);
  });
});

describe('continuation path lines', () => {
  it('take every following line that is one path, trimmed', () => {
    expect(blocks('API affected /a/b', '  c/d  ', '/e.f/g-h/_i', 'k/', 'x')).toEqual([
      { line: 1, page: 0, paths: paths('/a/b', 'c/d', '/e.f/g-h/_i', 'k/'), lastLine: 4 },
    ]);
  });

  it.each([['/a'], ['a'], ['/a/b c'], ['<id>/b'], ['https://h/a'], ['//a'], ['a b/c'], ['']])('stop at %j', (next) => {
    expect(blocks('API affected /x/y', next, 'z/w')).toEqual([{ line: 1, page: 0, paths: paths('/x/y'), lastLine: 1 }]);
  });

  it('stop at the end of the note', () => {
    expect(blocks('API affected /x/y', 'a/b')).toEqual([
      { line: 1, page: 0, paths: paths('/x/y', 'a/b'), lastLine: 2 },
    ]);
  });
});

describe('change, schema and method lines', () => {
  it.each([
    ['New or Updated API New', 'new'],
    ['New or Updated APIs NEW', 'new'],
    ['  new or updated apis  Newly added', 'new'],
    ['New or Updated API Neither (output change only)', 'neither'],
    ['New or Updated API Updated', 'updated'],
    ['New or Updated APIs Updated API', 'updated'],
    ['New or Updated API Something', 'updated'],
    ['New or Updated API  ', 'updated'],
  ])('%j → %s', (line, change) => {
    expect(blocks(line)).toEqual([{ line: 1, page: 0, paths: [], change, lastLine: 1 }]);
  });

  it.each([
    ['See New or Updated API New'],
    ['New or Updated APINew'],
    ['New or updated API'],
    ['New and Updated API New'],
    ['New or Updated API New\u2028x'],
  ])('%j is no change line', (line) => {
    expect(blocks(line)).toEqual([]);
  });

  it.each([
    ['DTD or XSD changes Yes', 'yes'],
    ['  dtd or xsd CHANGES  yes, see below', 'yes'],
    ['DTD or XSD changes No', 'no'],
    ['DTD or XSD changes None', 'no'],
    ['DTD or XSD changes Not Applicable', 'not-applicable'],
    ['DTD or XSD changes Nothing', 'not-applicable'],
    ['DTD or XSD changes N/A', 'not-applicable'],
    ['DTD or XSD changes Maybe', 'not-applicable'],
    ['DTD or XSD changes  ', 'not-applicable'],
  ])('%j → %s', (line, schemaChanges) => {
    expect(blocks(line)).toEqual([{ line: 1, page: 0, paths: [], schemaChanges, lastLine: 1 }]);
  });

  it.each([
    ['The DTD or XSD changes Yes'],
    ['DTD or XSD changesYes'],
    ['DTD and XSD changes Yes'],
    ['DTD or XSD changes Yes\u2028x'],
  ])('%j is no schema line', (line) => {
    expect(blocks(line)).toEqual([]);
  });

  it.each([
    ['Method GET', 'GET'],
    ['Method post', 'POST'],
    ['  operator\tPut now', 'PUT'],
    ['METHOD DELETE', 'DELETE'],
    ['Method PATCH', 'PATCH'],
    ['Method GET/POST', 'GET'],
    ['Method \t GET', 'GET'],
  ])('%j → %s', (line, method) => {
    expect(blocks(line)).toEqual([{ line: 1, page: 0, paths: [], method, lastLine: 1 }]);
  });

  it.each([['The Method GET'], ['MethodGET'], ['Method GETS'], ['Method HEAD'], ['Methods GET']])(
    '%j is no method line',
    (line) => {
      expect(blocks(line)).toEqual([]);
    },
  );

  it('a later line of the same kind in the window replaces the value', () => {
    expect(blocks('Method GET', 'Method POST', 'New or Updated API New', 'New or Updated API Updated')).toEqual([
      { line: 1, page: 0, paths: [], method: 'POST', change: 'updated', lastLine: 4 },
    ]);
  });
});
