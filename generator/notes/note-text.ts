/**
 * The release note as text: lines (1-based), PDF pages (a page starts on a line that begins with
 * exactly one space, as the seeds' PDF extraction leaves them) and a "squashed" form for
 * matching names through line breaks, hyphenation, underscores turned into spaces and case
 * changes (`include hosts_summary\n_categories` → `includehostssummarycategories`).
 *
 * Input: the text extracted from a Qualys release note (PDF or HTML).
 */

export interface NoteText {
  readonly lines: readonly string[];
  /** Page number (0-based) of each line. */
  readonly pageOf: readonly number[];
  /** The whole note squashed (see `squash`). */
  readonly squashed: string;
}

/** Lower case, letters and digits only. */
export function squash(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function readNoteText(text: string): NoteText {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n ').split('\n');
  const pageOf: number[] = [];
  let page = 0;
  lines.forEach((line, i) => {
    if (i > 0 && /^ \S/.test(line)) page += 1;
    pageOf.push(page);
  });
  return { lines, pageOf, squashed: squash(text) };
}

/** Whether a name is mentioned anywhere in the note (through breaks, case and punctuation). */
export function mentions(note: NoteText, name: string): boolean {
  const s = squash(name);
  return s.length > 0 && note.squashed.includes(s);
}

/**
 * Names equal ignoring case, or (for names of 8+ characters) one edit apart: enough to accept
 * OCR/typo damage like `customAtttributes`.
 */
export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 8 && withinOneEdit(x, y);
}

/**
 * True when `x` and `y` are at most one insertion, deletion or substitution apart (Levenshtein
 * distance ≤ 1), in one pass: a note's quoted name can be as long as the note, and an edit-distance
 * table costs the product of the two lengths (test/unit/notes/same-name-linear.test.ts compares
 * this with such a table).
 */
function withinOneEdit(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return true;
  // The first difference: skip it in the longer name (insertion) or in both (substitution).
  const skipShort = short.length === long.length ? 1 : 0;
  return short.slice(i + skipShort) === long.slice(i + 1);
}
