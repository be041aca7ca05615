/**
 * `qspec notes check` bounds the release note it reads (outside input), through the real CLI:
 * a note over 8 MiB is refused from its size on the open file, before it is read, with one
 * located `NotesFileTooLarge` line; a note under the limit made of one 4 MiB line of the
 * patterns the note readers look for (unclosed quotes, `new ... for the X:` without a full stop,
 * blank runs before a line separator, unclosed `<!ELEMENT`) is checked in linear time. The 120 s
 * child timeout only absorbs a loaded 2-core machine: the check takes seconds, the regexes it
 * replaced would need hours on that line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'qspec-notes-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (side: string) => `test/fixtures/releases/004_82eeec059331f8d3/${side}`;

function notesCheck(file: string) {
  return spawnSync(
    process.execPath,
    ['bin/qspec.js', 'notes', 'check', file, '--base', fixture('base'), '--rev', fixture('rev'), '--format', 'json'],
    { cwd: repo, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' },
  );
}

describe('qspec notes check: release note input bounds', () => {
  it('refuses a note over 8 MiB with one located NotesFileTooLarge line', () => {
    const big = path.join(dir, 'big-note.txt');
    writeFileSync(big, 'API affected /a/b\n');
    truncateSync(big, 8 * 1024 * 1024 + 1);
    const r = notesCheck(big);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('NotesFileTooLarge');
    expect(lines[0]).toContain('big-note.txt');
    expect(lines[0]).toContain('8 MiB');
  });

  it('refuses a FIFO as the note with one NotesFileNotRegular line instead of blocking', () => {
    const fifo = path.join(dir, 'note.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = notesCheck(fifo);
    expect(r.error, 'blocked on the FIFO until the kill timer').toBeUndefined();
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('NotesFileNotRegular');
    expect(lines[0]).toContain('note.fifo');
  });

  it('checks a note of one 4 MiB line of pathological patterns in linear time', () => {
    const file = path.join(dir, 'long-line.txt');
    const piece = [
      'new element “',
      'added “',
      'new value for the x: a ',
      '<!ELEMENT\tE\t(',
      'curl “',
      ' '.repeat(40),
      '{',
    ].join('');
    const line = piece.repeat(Math.floor((4 * 1024 * 1024) / Buffer.byteLength(piece)));
    writeFileSync(file, `We added two new elements: "history" and "other".\n${line}\u2028x\n`);
    const r = notesCheck(file);
    expect(r.error, 'still running after 120 s: not linear').toBeUndefined();
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.counts.claims).toBe(2);
    expect(
      report.issues
        .filter((i: { kind: string }) => i.kind === 'announced-not-found')
        .map((i: { name: string }) => i.name)
        .sort(),
    ).toEqual(['history', 'other']);
  }, 130_000);
});
