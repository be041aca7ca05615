/**
 * Linear scans the release-note readers use instead of backtracking regexes (a note is outside
 * input: a crafted line must cost time proportional to its length). Each function says the regex
 * it replaces; the result is the same as that regex's on every input.
 *
 * @see docs/security.md (no backtracking regex on outside input)
 */

/** `s` without its leading characters from `chars` (as `s.replace(/^[chars]+/, '')`). */
export function trimStartChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start += 1;
  return s.slice(start);
}

/** `s` without its trailing characters from `chars` (as `s.replace(/[chars]+$/, '')`). */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end -= 1;
  return s.slice(0, end);
}

export interface Span {
  /** Offset of the opening delimiter. */
  readonly index: number;
  /** Offset just after the closing delimiter. */
  readonly end: number;
  /** The text between the delimiters (never empty). */
  readonly inner: string;
}

/**
 * Every `[opens]([^closes]+)[closes]` match of `s`, left to right, as the global regex finds
 * them: an opener, then the nearest closer after it with at least one character between;
 * `{}`-like empty pairs are skipped (the search goes on after the opener).
 */
export function delimitedSpans(s: string, opens: string, closes: string): Span[] {
  const out: Span[] = [];
  const closers = positionsOf(s, closes);
  let from = 0;
  for (;;) {
    let open = from;
    while (open < s.length && !opens.includes(s[open]!)) open += 1;
    if (open >= s.length) break;
    const close = nextPosition(closers, open + 1);
    if (close < 0) break;
    if (close > open + 1) {
      out.push({ index: open, end: close + 1, inner: s.slice(open + 1, close) });
      from = close + 1;
    } else from = open + 1;
  }
  return out;
}

/** `s` with every `[opens][^closes]+[closes]` match replaced by `by`. */
export function replaceSpans(s: string, opens: string, closes: string, by: string): string {
  let out = '';
  let at = 0;
  for (const span of delimitedSpans(s, opens, closes)) {
    out += s.slice(at, span.index) + by;
    at = span.end;
  }
  return out + s.slice(at);
}

/** Ascending offsets of the characters of `s` that are in `chars`. */
export function positionsOf(s: string, chars: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) out.push(i);
  return out;
}

/** The smallest position ≥ `from` in the ascending `positions`, or -1 (binary search). */
export function nextPosition(positions: readonly number[], from: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length ? positions[lo]! : -1;
}

/** Whether `ch` is a JavaScript regex `\s` character. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Whether `ch` is a regex word character (`\w`: ASCII letters, digits, `_`). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_]/.test(ch);
}

/** The offset after the blanks (`\s*`) at `at`. */
export function skipSpaces(s: string, at: number): number {
  let i = at;
  while (isSpace(s[i])) i += 1;
  return i;
}

/**
 * The offset after the word at `at` when `s` has one of `words` there as a whole word
 * (`\b(?:w1|w2|…)\b`, ignoring case), else -1.
 */
export function wholeWordAt(s: string, at: number, words: ReadonlySet<string>): number {
  if (isWordChar(s[at - 1])) return -1;
  let end = at;
  while (isWordChar(s[end])) end += 1;
  return end > at && words.has(s.slice(at, end).toLowerCase()) ? end : -1;
}

/** Whether `ch` ends a line for regex `.` and `$` (\n, \r, U+2028, U+2029). */
export function isLineTerminator(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}
