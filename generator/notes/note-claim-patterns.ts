/**
 * The prose patterns of note claims, as linear scans over the joined note text. Each function
 * returns exactly the matches of the global regex in its doc comment (index, whole match,
 * groups), but finds the far end of a quoted name or a sentence with a binary search over the
 * precomputed quote / full-stop offsets, so a note full of unclosed quotes or of `new ...`
 * openers costs linear time instead of re-scanning the rest of the text at every opener.
 *
 * @see generator/notes/note-claims.ts (what the matches mean)
 */
import {
  isLineTerminator,
  isSpace,
  isWordChar,
  nextPosition,
  positionsOf,
  skipSpaces,
  wholeWordAt,
} from './note-scan.js';

export interface PatternMatch {
  readonly index: number;
  /** The whole match (`m[0]`). */
  readonly text: string;
  /** Groups 1, 2, … (`m[1]`, …). */
  readonly groups: readonly string[];
}

const NOUNS = new Set([
  'element',
  'elements',
  'field',
  'fields',
  'parameter',
  'parameters',
  'attribute',
  'attributes',
  'tag',
  'tags',
]);
const KINDS = new Set(['field', 'element', 'parameter', 'attribute', 'tag']);
const OPEN_QUOTES = '“"';
const CLOSE_QUOTES = '”"';

/**
 * `/\b(?:added|new|introduced)\b[^.“"]{0,40}?\b(?:elements?|fields?|parameters?|attributes?|tags?)\b
 * \s*:?\s*((?:[“"][^”"]+[”"]\s*(?:,|and)?\s*)+)/gi` (one line in the source).
 */
export function matchNewNames(text: string): PatternMatch[] {
  const out: PatternMatch[] = [];
  const closers = positionsOf(text, CLOSE_QUOTES);
  const keyword = /\b(?:added|new|introduced)\b/gi;
  /** After `\b(?:elements?|…|tags?)\b\s*:?\s*` at `at`, or -1. */
  const noun = (at: number): number => {
    const end = wholeWordAt(text, at, NOUNS);
    if (end < 0) return -1;
    const blank = skipSpaces(text, end);
    return text[blank] === ':' ? skipSpaces(text, blank + 1) : blank;
  };
  /** After `\s*(?:,|and)?\s*` at `at`. */
  const trailer = (at: number): number => {
    const blank = skipSpaces(text, at);
    if (text[blank] === ',') return skipSpaces(text, blank + 1);
    return /^and$/i.test(text.slice(blank, blank + 3)) ? skipSpaces(text, blank + 3) : blank;
  };
  /** End of the quoted item at `at` (`[“"][^”"]+[”"]`), or -1. */
  const item = (at: number): number => {
    if (!OPEN_QUOTES.includes(text[at] ?? '\u0000')) return -1;
    const close = nextPosition(closers, at + 1);
    return close > at + 1 ? close + 1 : -1;
  };
  for (let k = keyword.exec(text); k; k = keyword.exec(text)) {
    const start = k.index;
    const afterKeyword = start + k[0].length;
    let end = -1;
    let groupStart = -1;
    // the lazy `[^.“"]{0,40}?`: the shortest gap after which the rest matches
    for (let gap = 0; gap <= 40 && end < 0; gap++) {
      const at = afterKeyword + gap;
      if (gap > 0 && '.“"'.includes(text[at - 1] ?? '.')) break;
      if (at > text.length) break;
      let pos = noun(at);
      if (pos < 0) continue;
      let itemEnd = item(pos);
      if (itemEnd < 0) continue;
      groupStart = pos;
      while (itemEnd >= 0) {
        pos = trailer(itemEnd);
        itemEnd = item(pos);
      }
      end = pos;
    }
    if (end < 0) {
      keyword.lastIndex = start + 1;
      continue;
    }
    out.push({ index: start, text: text.slice(start, end), groups: [text.slice(groupStart, end)] });
    keyword.lastIndex = end;
  }
  return out;
}

/** `/\b(?:introduced|added)\s+[“"]([^”"]+)[”"]\s+(?:field|element|parameter|attribute|tag)\b/gi` */
export function matchIntroducedQuoted(text: string): PatternMatch[] {
  const out: PatternMatch[] = [];
  const closers = positionsOf(text, CLOSE_QUOTES);
  const opener = /\b(?:introduced|added)\s+[“"]/gi;
  const tailEnd = new Map<number, number>();
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const open = opener.lastIndex - 1;
    const close = nextPosition(closers, open + 1);
    let end = -1;
    if (close > open + 1) {
      end = tailEnd.get(close) ?? -2;
      if (end === -2) {
        // `\s+(?:field|element|parameter|attribute|tag)\b`
        const blank = skipSpaces(text, close + 1);
        end = blank > close + 1 ? wholeWordAt(text, blank, KINDS) : -1;
        tailEnd.set(close, end);
      }
    }
    if (end < 0) {
      if (close < 0) break;
      opener.lastIndex = m.index + 1;
      continue;
    }
    out.push({ index: m.index, text: text.slice(m.index, end), groups: [text.slice(open + 1, close)] });
    opener.lastIndex = end;
  }
  return out;
}

/** `/\bnew\s+(?:possible\s+)?values?\s+for\s+the\s+([A-Za-z_][\w]*)[^:]{0,40}:\s*([^.]+)\./gi` */
export function matchNewValues(text: string): PatternMatch[] {
  const out: PatternMatch[] = [];
  const stops = positionsOf(text, '.');
  const head = /\bnew\s+(?:possible\s+)?values?\s+for/gi;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    // `\s+the\s+([A-Za-z_]\w*)`
    const the = skipSpaces(text, head.lastIndex);
    const nameStart = skipSpaces(text, the + 3);
    let nameEnd = nameStart;
    while (isWordChar(text[nameEnd])) nameEnd += 1;
    if (
      the === head.lastIndex ||
      !/^the$/i.test(text.slice(the, the + 3)) ||
      nameStart === the + 3 ||
      !/[A-Za-z_]/.test(text[nameStart] ?? '')
    ) {
      head.lastIndex = m.index + 1;
      continue;
    }
    const name = text.slice(nameStart, nameEnd);
    // `[^:]{0,40}:` — the name cannot give characters back: the gap would only grow
    const colon = text.slice(nameEnd, nameEnd + 41).indexOf(':');
    const stop = colon < 0 ? -1 : nextPosition(stops, nameEnd + colon + 1);
    if (colon >= 0 && stop < 0) break;
    let valueStart = -1;
    if (colon >= 0) {
      const afterColon = nameEnd + colon + 1;
      let blank = afterColon;
      while (blank < stop && isSpace(text[blank])) blank += 1;
      // `\s*([^.]+)`: at least one character; the blanks give one back when nothing else is left
      valueStart = blank < stop ? blank : stop > afterColon ? stop - 1 : -1;
    }
    if (valueStart < 0) {
      head.lastIndex = m.index + 1;
      continue;
    }
    out.push({
      index: m.index,
      text: text.slice(m.index, stop + 1),
      groups: [name, text.slice(valueStart, stop)],
    });
    head.lastIndex = stop + 1;
  }
  return out;
}

/**
 * `/^\s*([A-Za-z_][A-Za-z0-9_.]*)(=\S*)?\s*(.*)$/` on one line: [name, `=value` or undefined,
 * rest], or undefined.
 */
export function matchRow(line: string): [string, string | undefined, string] | undefined {
  let i = 0;
  while (isSpace(line[i])) i += 1;
  if (!/[A-Za-z_]/.test(line[i] ?? '')) return undefined;
  const nameStart = i;
  i += 1;
  while (i < line.length && /[A-Za-z0-9_.]/.test(line[i]!)) i += 1;
  const name = line.slice(nameStart, i);
  let value: string | undefined;
  if (line[i] === '=') {
    const valueStart = i;
    i += 1;
    while (i < line.length && !isSpace(line[i])) i += 1;
    value = line.slice(valueStart, i);
  }
  while (isSpace(line[i])) i += 1;
  // `(.*)$` stops at a line terminator: then no split of the line matches
  for (let j = i; j < line.length; j++) if (isLineTerminator(line[j]!)) return undefined;
  return [name, value, line.slice(i)];
}
