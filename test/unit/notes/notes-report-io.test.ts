/**
 * The edges of `qspec notes check`: reading the note (bounded, regular files only, one located
 * diagnostic per failure) and printing the report (text: errors first, then warnings, then the
 * verdict with its counts; JSON: the report as is).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../generator/errors.js';
import type { NotesCheckReport } from '../../../generator/notes/check-release-note.js';
import { formatNotesJson, formatNotesText } from '../../../generator/notes/format-notes-report.js';
import { MAX_NOTE_BYTES, readNoteFile } from '../../../generator/notes/read-note-file.js';

const report = (o: Partial<NotesCheckReport> = {}): NotesCheckReport => ({
  version: 1,
  note: 'rel/note.txt',
  base: 'B',
  rev: 'R',
  agree: true,
  counts: { blocks: 2, claims: 3, findings: 4 },
  issues: [],
  ...o,
});

describe('formatNotesText', () => {
  it('no issues: only the verdict line with the counts', () => {
    expect(formatNotesText(report())).toBe(
      'note and diff agree (2 API blocks, 3 claims, 4 diff findings, 0 contradictions in the note)\n',
    );
  });

  it('errors first (in their order), then warnings; the line when there is one', () => {
    const r = report({
      agree: false,
      issues: [
        { kind: 'contradiction', severity: 'warning', name: 'w1', line: 7, message: 'W1' },
        { kind: 'unannounced-change', severity: 'error', name: 'e1', message: 'E1' },
        { kind: 'unknown-endpoint', severity: 'warning', name: 'w2', line: 9, message: 'W2' },
        { kind: 'announced-not-found', severity: 'error', name: 'e2', line: 3, message: 'E2' },
        { kind: 'contradiction', severity: 'warning', name: 'w3', line: 1, message: 'W3' },
      ],
    });
    expect(formatNotesText(r)).toBe(
      [
        'rel/note.txt: error unannounced-change: E1',
        'rel/note.txt:3: error announced-not-found: E2',
        'rel/note.txt:7: warning contradiction: W1',
        'rel/note.txt:9: warning unknown-endpoint: W2',
        'rel/note.txt:1: warning contradiction: W3',
        'note and diff disagree (2 API blocks, 3 claims, 4 diff findings, 2 contradictions in the note)',
        '',
      ].join('\n'),
    );
  });

  it('warnings already in front stay in their order after the errors', () => {
    const r = report({
      issues: [
        { kind: 'contradiction', severity: 'warning', name: 'a', message: 'A' },
        { kind: 'contradiction', severity: 'warning', name: 'b', message: 'B' },
        { kind: 'unknown-endpoint', severity: 'error', name: 'c', message: 'C' },
      ],
    });
    expect(formatNotesText(r).split('\n').slice(0, 3)).toEqual([
      'rel/note.txt: error unknown-endpoint: C',
      'rel/note.txt: warning contradiction: A',
      'rel/note.txt: warning contradiction: B',
    ]);
  });
});

describe('formatNotesJson', () => {
  it('the report, indented by two, with a final newline', () => {
    const r = report({ issues: [{ kind: 'contradiction', severity: 'warning', name: 'a', line: 2, message: 'A' }] });
    const text = formatNotesJson(r);
    expect(text).toBe(`${JSON.stringify(r, null, 2)}\n`);
    expect(text.startsWith('{\n  "version": 1,\n  "note": "rel/note.txt",')).toBe(true);
    expect(JSON.parse(text)).toEqual(r);
  });
});

describe('readNoteFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qspec-note-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'note.txt'), 'API affected /x\nüber\n');
  writeFileSync(path.join(dir, 'ten.txt'), '0123456789');
  mkdirSync(path.join(dir, 'folder'));

  const diagnosticOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(DiagnosticError);
      return (e as DiagnosticError).diagnostics;
    }
    throw new Error('no error');
  };

  it('reads the note relative to cwd, as UTF-8', () => {
    expect(readNoteFile('note.txt', dir)).toBe('API affected /x\nüber\n');
    expect(readNoteFile(path.join(dir, 'ten.txt'), '/')).toBe('0123456789');
  });

  it('a missing note: NotesFileMissing at the path as given', () => {
    expect(diagnosticOf(() => readNoteFile('nope.txt', dir))).toEqual([
      {
        code: 'NotesFileMissing',
        severity: 'error',
        message: 'release note not found: nope.txt',
        location: { file: 'nope.txt' },
      },
    ]);
  });

  it('a folder: NotesFileNotRegular', () => {
    expect(diagnosticOf(() => readNoteFile('folder', dir))).toEqual([
      {
        code: 'NotesFileNotRegular',
        severity: 'error',
        message: 'release note folder is not a regular file',
        location: { file: 'folder' },
      },
    ]);
  });

  it('over the limit: NotesFileTooLarge with the limit and the size', () => {
    expect(diagnosticOf(() => readNoteFile('ten.txt', dir, 9))).toEqual([
      {
        code: 'NotesFileTooLarge',
        severity: 'error',
        message: 'release note ten.txt is larger than 9 bytes (at least 10 bytes); qspec refuses notes above that size',
        location: { file: 'ten.txt' },
      },
    ]);
    expect(readNoteFile('ten.txt', dir, 10)).toBe('0123456789');
  });

  it('the default limit is 8 MiB', () => {
    expect(MAX_NOTE_BYTES).toBe(8 * 1024 * 1024);
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(MAX_NOTE_BYTES + 1, 0x61));
    expect(diagnosticOf(() => readNoteFile('big.txt', dir))[0]!.message).toBe(
      'release note big.txt is larger than 8 MiB (at least 8388609 bytes); qspec refuses notes above that size',
    );
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(MAX_NOTE_BYTES, 0x61));
    expect(readNoteFile('big.txt', dir).length).toBe(MAX_NOTE_BYTES);
  });
});
