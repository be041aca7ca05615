/**
 * The whole `qspec notes check` pipeline: read the note, diff BASE against REV on the IR, and
 * reconcile the two.
 *
 * @see generator/notes/check-release-note.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../diagnostics.js';
import type { DiffConfig } from '../diff/diff-config.js';
import { runDiff } from '../diff/run-diff.js';
import { checkReleaseNote, type NotesCheckReport } from './check-release-note.js';

export async function runNotesCheck(
  noteArg: string,
  baseArg: string,
  revArg: string,
  cwd: string,
  config?: DiffConfig,
  noteText?: string,
): Promise<NotesCheckReport> {
  const text =
    noteText ??
    (await readFile(path.resolve(cwd, noteArg), 'utf8').catch(() =>
      fail('NotesFileMissing', `release note not found: ${noteArg}`, { file: noteArg }),
    ));
  const run = await runDiff(baseArg, revArg, cwd, config);
  return checkReleaseNote({
    note: noteArg,
    text,
    base: { label: run.base.label, doc: run.base.doc },
    rev: { label: run.rev.label, doc: run.rev.doc },
    findings: run.report.findings,
  });
}
