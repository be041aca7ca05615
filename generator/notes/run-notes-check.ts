/**
 * The whole `qspec notes check` pipeline: read the note, diff BASE against REV on the IR, and
 * reconcile the two.
 *
 * @see generator/notes/check-release-note.ts
 */
import type { DiffConfig } from '../diff/diff-config.js';
import { runDiff } from '../diff/run-diff.js';
import { checkReleaseNote, type NotesCheckReport } from './check-release-note.js';
import { readNoteFile } from './read-note-file.js';

export async function runNotesCheck(
  noteArg: string,
  baseArg: string,
  revArg: string,
  cwd: string,
  config?: DiffConfig,
  noteText?: string,
): Promise<NotesCheckReport> {
  const text = noteText ?? readNoteFile(noteArg, cwd);
  const run = await runDiff(baseArg, revArg, cwd, config);
  return checkReleaseNote({
    note: noteArg,
    text,
    base: { label: run.base.label, doc: run.base.doc },
    rev: { label: run.rev.label, doc: run.rev.doc },
    findings: run.report.findings,
  });
}
