/**
 * The whole `qspec notes check` pipeline: read the note, diff BASE against REV on the IR, and
 * reconcile the two.
 *
 * @see generator/notes/check-release-note.ts
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DiffConfig } from '../diff/diff-config.js';
import { runDiff } from '../diff/run-diff.js';
import type { IrSchema } from '../ir/ir-types.js';
import { checkReleaseNote, type NotesCheckReport, type SchemaFileLookup } from './check-release-note.js';
import { readNoteFile } from './read-note-file.js';

export async function runNotesCheck(
  noteArg: string,
  baseArg: string,
  revArg: string,
  cwd: string,
  config?: DiffConfig,
  noteText?: string,
  /** The spec folder: what a bare git ref means, and where single schema files look endpoints up. */
  specs?: string,
): Promise<NotesCheckReport> {
  const text = noteText ?? readNoteFile(noteArg, cwd);
  const run = await runDiff(baseArg, revArg, cwd, config, specs);
  let lookup: SchemaFileLookup | undefined;
  if (run.base.single || run.rev.single) {
    const dir = path.resolve(cwd, specs ?? 'specs');
    const shown = `${path.relative(cwd, dir) || '.'}/`;
    const compared = [run.base, run.rev].filter((s) => s.single).flatMap((s) => s.doc.schemas.map((x) => x.id));
    if ((await stat(dir).catch(() => undefined))?.isDirectory()) {
      const { loadIrDocument } = await import('../load/load-ir.js');
      const folder = await loadIrDocument(dir);
      const inCompared = stringsOf([run.base, run.rev].filter((s) => s.single).flatMap((s) => s.doc.schemas));
      const others = folder.schemas.filter((x) => !compared.includes(x.id.slice(x.id.lastIndexOf('/') + 1)));
      const elsewhere = new Set([...stringsOf(others)].filter((n) => !inCompared.has(n)));
      lookup = { compared, endpoints: folder.endpoints, elsewhere };
    } else lookup = { compared, missing: shown };
  }
  return checkReleaseNote({
    ...(lookup !== undefined ? { lookup } : {}),
    note: noteArg,
    text,
    base: { label: run.base.label, doc: run.base.doc },
    rev: { label: run.rev.label, doc: run.rev.doc },
    findings: run.report.findings,
  });
}

/** Every string in the schemas' IR (names of elements, types, attributes, enum values...). */
function stringsOf(schemas: readonly IrSchema[]): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [...schemas];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
  return out;
}
