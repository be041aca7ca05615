/**
 * `qspec learn --write`: applies proposals to the schema files in place, one file at a time — the
 * file is read, every edit of its proposals computed on the located source, applied from the end
 * backwards, and written back (through a temporary file renamed over it, removed if that fails).
 * Only the edited spans change; formatting and comments stay. A proposal that cannot be placed is
 * left out, with why.
 *
 * @see generator/learn/edit-xsd.ts, generator/learn/edit-dtd.ts
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DtdEditor } from './edit-dtd.js';
import { JsonSchemaEditor } from './edit-json-schema.js';
import { xsdEdits } from './edit-xsd.js';
import type { LearnProposal } from './learn-proposal.js';
import { LocatedDtd } from './located-dtd.js';
import { LocatedXsd } from './located-xsd.js';
import { applyEdits, LineIndex, type TextEdit } from './text-edit.js';

export interface WriteOutcome {
  readonly proposal: LearnProposal;
  /** Why it was not written; undefined when written. */
  readonly problem?: string;
}

export async function writeProposals(specsDir: string, proposals: readonly LearnProposal[]): Promise<WriteOutcome[]> {
  const byFile = new Map<string, LearnProposal[]>();
  for (const p of proposals) byFile.set(p.schema.file, [...(byFile.get(p.schema.file) ?? []), p]);
  const out: WriteOutcome[] = [];
  for (const [rel, list] of byFile) {
    const file = path.isAbsolute(rel) ? rel : path.join(specsDir, rel);
    const text = await readFile(file, 'utf8');
    const format = list[0]!.schema.format;
    const edits: TextEdit[] = [];
    if (format === 'json-schema') {
      const editor = new JsonSchemaEditor(text, new LineIndex(text));
      for (const p of list) {
        const r = editor.edits(p);
        if ('problem' in r) out.push({ proposal: p, problem: r.problem });
        else {
          edits.push(...r.edits);
          out.push({ proposal: p });
        }
      }
    } else if (format === 'xsd') {
      const src = new LocatedXsd(text);
      for (const p of list) {
        const r = xsdEdits(src, p);
        if ('problem' in r) out.push({ proposal: p, problem: r.problem });
        else {
          edits.push(...r.edits);
          out.push({ proposal: p });
        }
      }
    } else {
      const editor = new DtdEditor(new LocatedDtd(text));
      for (const p of list) {
        const r = editor.edits(p);
        if ('problem' in r) out.push({ proposal: p, problem: r.problem });
        else {
          edits.push(...r.edits);
          out.push({ proposal: p });
        }
      }
      edits.push(...editor.occurrenceEdits());
    }
    if (edits.length === 0) continue;
    const tmp = `${file}.qspec-learn-${process.pid}`;
    try {
      await writeFile(tmp, applyEdits(text, edits));
      await rename(tmp, file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }
  return out;
}
