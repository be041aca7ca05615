/**
 * An "API affected" line with nothing but blanks after the keyword (every spelling
 * generator/notes/note-blocks.ts accepts: "API affected", "APIs affected", "API Endpoint", OCR's
 * "APl"/"APIL", with spaces, tabs or no-break spaces) names no path, as "N/A" does: the block
 * still joins the key lines around it, but there is no empty path to claim as a new endpoint, to
 * look up among the spec's endpoints or to compare with the note's sample requests.
 */
import { describe, expect, it } from 'vitest';
import { findNoteBlocks } from '../../../generator/notes/note-blocks.js';
import { findNoteClaims } from '../../../generator/notes/note-claims.js';
import { readNoteText } from '../../../generator/notes/note-text.js';
import { check, doc, endpoint } from './check-note-builders.js';

const note = (...lines: string[]) => readNoteText(lines.join('\n'));

const BLANK_LINES = [
  'API affected ',
  'API affected   ',
  'APIs affected \t ',
  'API Endpoint  ',
  'APl affected \u00a0',
  '  APIL affected\t\t',
];

describe('an "API affected" line of blanks', () => {
  it.each(BLANK_LINES)('%j: one block, no path, and no path taken from the next lines', (line) => {
    expect(findNoteBlocks(note(line, 'a/b', 'New or Updated API New', 'DTD or XSD changes No'))).toStrictEqual([
      { line: 1, page: 0, paths: [], change: 'new', schemaChanges: 'no', lastLine: 4 },
    ]);
  });

  it.each(BLANK_LINES)('%j in a "New" block claims no endpoint', (line) => {
    const n = note('New or Updated API New', line, 'Method GET');
    expect(findNoteClaims(n, findNoteBlocks(n))).toStrictEqual([]);
  });

  it('the check reports nothing about it: no unknown endpoint, no announced endpoint, no contradiction', () => {
    const report = check(
      ['API affected   ', 'New or Updated API New', 'DTD or XSD changes Yes', 'curl "https://h/x/y"'],
      [],
      { rev: doc([endpoint('root', '/')]) },
    );
    expect(report.issues).toStrictEqual([]);
    expect(report.agree).toBe(true);
    expect(report.counts).toStrictEqual({ blocks: 1, claims: 0, findings: 0 });
  });

  it('a path after the blanks is still read (the blanks are only what comes before it)', () => {
    expect(findNoteBlocks(note('API affected \u00a0 /a/b  '))[0]!.paths.map((p) => p.raw)).toStrictEqual(['/a/b']);
  });
});
