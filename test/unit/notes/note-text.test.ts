/**
 * The release note as text (generator/notes/note-text.ts): lines and PDF pages, the squashed
 * form used to find names through breaks, and name comparison across OCR damage.
 */
import { describe, expect, it } from 'vitest';
import { mentions, readNoteText, sameName, squash } from '../../../generator/notes/note-text.js';

describe('readNoteText', () => {
  it('splits lines on LF, CRLF and CR', () => {
    expect(readNoteText('a\r\nb\rc\nd').lines).toEqual(['a', 'b', 'c', 'd']);
  });

  it('starts a page on a line that begins with exactly one space, and at a form feed', () => {
    const note = readNoteText('title\nbody\n Page two\n  indented\nmore\n\tTab\fnext');
    expect(note.lines).toEqual(['title', 'body', ' Page two', '  indented', 'more', '\tTab', ' next']);
    expect(note.pageOf).toEqual([0, 0, 1, 1, 1, 1, 2]);
  });

  it('the first line never starts a page, even with a leading space', () => {
    expect(readNoteText(' first\nsecond').pageOf).toEqual([0, 0]);
  });

  it('a line of one space alone does not start a page', () => {
    expect(readNoteText('a\n \nb').pageOf).toEqual([0, 0, 0]);
  });

  it('keeps the squashed text of the whole note', () => {
    expect(readNoteText('include hosts_summary\n_categories').squashed).toBe('includehostssummarycategories');
  });
});

describe('squash and mentions', () => {
  it('lower-cases, drops accents and keeps letters and digits only', () => {
    expect(squash('Café-Über_2.0 X')).toBe('cafeuber20x');
  });

  it('finds a name through line breaks, hyphenation, underscores and case', () => {
    const note = readNoteText('the new include hosts_summary\n_categories param-\neter');
    expect(mentions(note, 'include_hosts_summary_categories')).toBe(true);
    expect(mentions(note, 'IncludeHostsSummaryCategories')).toBe(true);
    expect(mentions(note, 'parameter')).toBe(true);
    expect(mentions(note, 'exclude_hosts')).toBe(false);
  });

  it('a name with no letters or digits is never mentioned', () => {
    expect(mentions(readNoteText('a - b'), '-')).toBe(false);
    expect(mentions(readNoteText('a - b'), '')).toBe(false);
  });
});

// the edit-distance table sameName stands for: test/unit/notes/same-name-linear.test.ts
describe('sameName', () => {
  it('names are the same ignoring case, or one edit apart when both have 8+ characters', () => {
    expect(sameName('ScanRef', 'scanref')).toBe(true);
    expect(sameName('customAtttributes', 'customAttributes')).toBe(true);
    expect(sameName('abcdefgh', 'abcdefgx')).toBe(true);
    expect(sameName('abcdefg', 'abcdefx')).toBe(false);
    expect(sameName('abcdefgh', 'abcdefxy')).toBe(false);
    expect(sameName('abcdefgh', 'abcdefg')).toBe(false);
    expect(sameName('DNS', 'DNZ')).toBe(false);
  });
});
