/**
 * What a release note claims changed, extracted from its prose and tables:
 *
 * - names introduced as new: `We added two new elements: "history" and "WebAppFindingHistory."`,
 *   `a new input parameter “sendMailFromAddressOption”`, `Introduced "customAtttributes" Field`,
 *   `We’ve added the new ELB_DNS tag`;
 * - parameter tables (`Parameter Description`, `Input Parameter Optional/Mandatory Data Type
 *   Description`): each row's parameter name, also when PDF extraction broke it
 *   (`include_hosts_summary_ca` … `tegories={value}`);
 * - new enum values: `2 new possible values for the X input parameter: a and b`;
 * - new endpoints: blocks saying "New or Updated API New".
 *
 * A name is a parameter claim when the noun that qualifies it is "parameter(s)", wherever that
 * noun stands (`new input parameter "x"`, `added "x" parameter`, `new parameter x`, `new x
 * parameter`), and an element claim for "element", "field", "attribute" or "tag"; the word
 * "parameter" elsewhere in the sentence or inside a quoted name does not count.
 *
 * Output-only sections ("Neither (output change only)") make no schema claims.
 *
 * The patterns come from the wording of Qualys release notes.
 */
import type { NoteBlock } from './note-blocks.js';
import { matchIntroducedQuoted, matchNewNames, matchNewValues, matchRow } from './note-claim-patterns.js';
import type { NotePath } from './note-paths.js';
import { delimitedSpans, isSpace, isWordChar, trimEndChars } from './note-scan.js';
import type { NoteText } from './note-text.js';

export type NoteClaim =
  | { readonly kind: 'element'; readonly name: string; readonly line: number }
  | { readonly kind: 'param'; readonly name: string; readonly line: number; readonly broken?: boolean }
  | { readonly kind: 'enum-value'; readonly name: string; readonly param: string; readonly line: number }
  | {
      readonly kind: 'endpoint';
      readonly name: string;
      readonly path: NotePath;
      readonly method?: string;
      readonly line: number;
    };

const NEW_BARE =
  /\bnew\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*)\s+(?:tag|element|field|attribute|parameter)\b/g;
/** `the new element sendMailFromAddressOption`, `new field <LAST_SCAN>`: the name after the noun. */
const NEW_NOUN_BARE =
  /\b[Nn]ew\s+(tag|element|field|attribute|parameter)\s+<?([A-Z][A-Z0-9_]*_[A-Z0-9]+|[A-Za-z][a-z0-9]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9_])/g;
const TABLE_HEAD = /^\s*(?:Input\s+)?Parameter\b.*\bDescription\s*$/i;
const TABLE_END = /^\s*(?:API\s+)?(?:Sample|Example)s?\b|^\s*API\s+request/i;
const ROW_KEYWORD = /\(Optional\)|\(Mandatory\)|\bOptional\b|\bMandatory\b/;
const DATA_TYPE = /^(?:Alphanumeric|String|Integer|Boolean|Double|Number|Date|DateTime|Long|Float)$/i;
const IDENT = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** The claim kind a qualifying noun (`parameter`, `Elements`, `tag`…) gives. */
function kindOf(noun: string): 'param' | 'element' {
  return /^parameters?$/i.test(noun) ? 'param' : 'element';
}

/** The last word of `s` before its trailing blanks and colons: the noun a pattern matched there. */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && (isSpace(s[end - 1]) || s[end - 1] === ':')) end -= 1;
  let start = end;
  while (start > 0 && isWordChar(s[start - 1])) start -= 1;
  return s.slice(start, end);
}

/** Line number (1-based) of a character offset in the joined text. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function findNoteClaims(note: NoteText, blocks: readonly NoteBlock[]): NoteClaim[] {
  const claims: NoteClaim[] = [];
  const outputOnly = outputOnlyLines(note, blocks);
  const starts: number[] = [];
  let joined = '';
  for (const line of note.lines) {
    starts.push(joined.length);
    joined += `${line} `;
  }
  const seen = new Set<string>();
  const add = (claim: NoteClaim): void => {
    if (outputOnly.has(claim.line)) return;
    const key = `${claim.kind}\u0000${claim.name.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    claims.push(claim);
  };
  const clean = (s: string): string => trimEndChars(s.trim(), '.,;:');
  for (const m of matchNewNames(joined)) {
    const line = lineAt(starts, m.index);
    // the noun just before the quoted list (`… new input parameter “x”`, `new elements: "a"`)
    const kind = kindOf(lastWord(m.text.slice(0, m.text.length - m.groups[0]!.length)));
    for (const q of delimitedSpans(m.groups[0]!, '“"', '”"')) {
      const name = clean(q.inner);
      if (IDENT.test(name)) add({ kind, name, line });
    }
  }
  for (const m of matchIntroducedQuoted(joined)) {
    // the match ends with the noun after the quoted name (`added "x" parameter`)
    const name = clean(m.groups[0]!);
    if (IDENT.test(name)) add({ kind: kindOf(lastWord(m.text)), name, line: lineAt(starts, m.index) });
  }
  for (const m of joined.matchAll(NEW_BARE))
    add({ kind: kindOf(lastWord(m[0])), name: m[1]!, line: lineAt(starts, m.index!) });
  for (const m of joined.matchAll(NEW_NOUN_BARE))
    add({ kind: kindOf(m[1]!), name: m[2]!, line: lineAt(starts, m.index!) });
  for (const m of matchNewValues(joined)) {
    const line = lineAt(starts, m.index);
    for (const v of m.groups[1]!.split(/,|\band\b/)) {
      const name = clean(v);
      if (IDENT.test(name)) add({ kind: 'enum-value', name, param: m.groups[0]!, line });
    }
  }
  findTableParams(note).forEach(add);
  for (const block of blocks) {
    if (block.change !== 'new') continue;
    for (const path of block.paths) {
      add({
        kind: 'endpoint',
        name: path.raw,
        path,
        ...(block.method ? { method: block.method } : {}),
        line: block.line,
      });
    }
  }
  return claims;
}

function findTableParams(note: NoteText): NoteClaim[] {
  const out: NoteClaim[] = [];
  let inTable = false;
  note.lines.forEach((line, i) => {
    if (TABLE_HEAD.test(line)) {
      inTable = true;
      return;
    }
    if (!inTable) return;
    if (TABLE_END.test(line)) {
      inTable = false;
      return;
    }
    const m = matchRow(line);
    if (!m || m[0].endsWith(':') || DATA_TYPE.test(m[0])) return;
    const [name, value, rest] = m;
    const alone = rest.trim() === '' && value === undefined;
    const keyword = ROW_KEYWORD.test(rest) || (alone && nextLinesHaveKeyword(note.lines, i));
    if (!keyword) return;
    // a name cut by a table column break continues as `tegories={value}` further down
    const broken = /\(Optional\)|\(Mandatory\)/.test(rest) && value === undefined && /_[a-z]{1,3}$/.test(name);
    out.push({ kind: 'param', name, line: i + 1, ...(broken ? { broken: true } : {}) });
  });
  return out;
}

/** A name alone on its line is a row when a type cell and an Optional/Mandatory cell follow it. */
function nextLinesHaveKeyword(lines: readonly string[], i: number): boolean {
  const cells = lines
    .slice(i + 1, i + 12)
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l !== '')
    .slice(0, 2);
  return cells.some((l) => /^(Optional|Mandatory)$/.test(l)) && cells.some((l) => DATA_TYPE.test(l));
}

/**
 * Lines belonging to output-only sections: the whole page of such a block and the page after it.
 * The block sits at the foot of its section's page and the section's samples and "We added …"
 * sentences run on over the next page; the page before is another section (in one seed, the
 * page before an output-only block announces a real DTD change, the new ELB_DNS tag).
 */
function outputOnlyLines(note: NoteText, blocks: readonly NoteBlock[]): Set<number> {
  const out = new Set<number>();
  const pages = new Set(blocks.filter((b) => b.change === 'neither').map((b) => note.pageOf[b.line - 1]!));
  if (pages.size === 0) return out;
  note.pageOf.forEach((p, i) => {
    if (pages.has(p) || pages.has(p - 1)) out.add(i + 1);
  });
  return out;
}
