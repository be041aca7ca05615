/**
 * The "API affected" blocks of a release note, in both layouts Qualys uses:
 *
 * ```
 * API affected /qps/rest/3.0/get/was/finding/<id>        New or Updated API New
 * /qps/rest/3.0/search/was/finding                        API Endpoint /pci/reporting/download
 * New or Updated APIs Updated                             Method GET
 * DTD or XSD changes Yes                                  DTD or XSD changes No
 * ```
 * Key lines within a few lines of each other form one block; "APIs affected", "API Endpoint",
 * "Operator"/"Method", "Neither (output change only)", "Not Applicable" and "N/A" are understood.
 */
import { type NotePath, parseNotePath } from './note-paths.js';
import type { NoteText } from './note-text.js';

export interface NoteBlock {
  readonly line: number;
  readonly page: number;
  /** Paths named by the block (empty for "N/A" and for blanks after "API affected"). */
  readonly paths: NotePath[];
  change?: 'new' | 'updated' | 'neither';
  schemaChanges?: 'yes' | 'no' | 'not-applicable';
  method?: string;
  lastLine: number;
}

// `\s+((?:\S.*)?)$` captures what `\s+(.*)$` does (the text after the whole blank run) with one
// way to split the line, so a long line of blanks is not re-scanned once per blank.
const AFFECTED = /^\s*(?:APIs?|APl|APIL)\s+(?:affected|Endpoint)\s+((?:\S.*)?)$/i;
const CHANGE = /^\s*New or Updated APIs?\s+((?:\S.*)?)$/i;
const SCHEMA = /^\s*DTD or XSD changes\s+((?:\S.*)?)$/i;
const METHOD = /^\s*(?:Operator|Method)\s+(GET|POST|PUT|DELETE|PATCH)\b/i;
// `\/\S*` is `(?:\/[^\s]*)+` without the nested repetition.
const PATH_LINE = /^\s*\/?[A-Za-z0-9_.-]+\/\S*\s*$/;

export function findNoteBlocks(note: NoteText): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const current = (i: number): NoteBlock => {
    const last = blocks[blocks.length - 1];
    if (last && i + 1 - last.lastLine <= 5) {
      last.lastLine = i + 1;
      return last;
    }
    const block: NoteBlock = { line: i + 1, page: note.pageOf[i]!, paths: [], lastLine: i + 1 };
    blocks.push(block);
    return block;
  };
  for (let i = 0; i < note.lines.length; i++) {
    const line = note.lines[i]!;
    const affected = AFFECTED.exec(line);
    if (affected) {
      const block = current(i);
      const first = affected[1]!.trim();
      // blanks only name no path, as "N/A" does (an empty path would match a root endpoint `/`)
      if (first !== '' && !/^N\/A\b/i.test(first)) {
        block.paths.push(parseNotePath(first.split(/\s+/)[0]!));
        while (i + 1 < note.lines.length && PATH_LINE.test(note.lines[i + 1]!)) {
          i += 1;
          block.paths.push(parseNotePath(note.lines[i]!.trim()));
          block.lastLine = i + 1;
        }
      }
      continue;
    }
    const change = CHANGE.exec(line);
    const schema = SCHEMA.exec(line);
    const method = METHOD.exec(line);
    if (change) {
      const v = change[1]!.toLowerCase();
      current(i).change = v.startsWith('new') ? 'new' : v.startsWith('neither') ? 'neither' : 'updated';
    } else if (schema) {
      const v = schema[1]!.trim().toLowerCase();
      current(i).schemaChanges = v.startsWith('yes')
        ? 'yes'
        : v.startsWith('no') && !v.startsWith('not')
          ? 'no'
          : 'not-applicable';
    } else if (method) {
      current(i).method = method[1]!.toUpperCase();
    }
  }
  return blocks;
}
