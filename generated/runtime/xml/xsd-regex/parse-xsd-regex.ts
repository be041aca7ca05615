// Copied by qspec from runtime/xml/xsd-regex/parse-xsd-regex.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Parses an XSD 1.0 regular expression into a `RegexNode` tree, or throws `XsdRegexError` with
 * the offset of the first thing Appendix F does not allow: an unbalanced `(` / `)`, a quantifier
 * with nothing to repeat or following another (`*a`, `a**`, `a+?`), `{,2}` or `{3,2}`, an unescaped
 * `{ } [ ]`, an unknown escape (`\$`, `\b`), an unknown category or block name, an empty or
 * unterminated character class, a `-` inside a class that is neither a range, the first or last
 * character (also last before a subtraction: `[a-z--[b]]`), nor a subtraction, a range whose end
 * is below its start.
 *
 * Patterns are implicitly anchored (the whole value must match); `^` and `$` are ordinary
 * characters. Characters outside the BMP (surrogate pairs in the pattern) are single characters.
 *
 * @see XSD 1.0 Part 2 (second edition) Appendix F; XSD 1.0 Part 2 §4.3.4 (pattern)
 */
import { type CharSet, category, complement, ranges, single, subtract, union } from './char-set.js';
import { type RegexNode, XsdRegexError } from './regex-ast.js';
import { blockSet, CATEGORIES, multiCharEscape, wildcard } from './xsd-escapes.js';

/** Largest `{n,m}` bound read as a number; bigger ones are refused as beyond the limits. */
const MAX_BOUND = 1_000_000;
/** Deepest `(` nesting accepted (bounds the parser's recursion). */
const MAX_GROUP_DEPTH = 200;

const SINGLE_ESCAPES: ReadonlyMap<string, number> = new Map([
  ['n', 0x0a],
  ['r', 0x0d],
  ['t', 0x09],
  ...[...'\\|.?*+(){}-[]^'].map((c): [string, number] => [c, c.codePointAt(0)!]),
]);

export function parseXsdRegex(pattern: string): RegexNode {
  return new Parser(pattern).parse();
}

type ClassItem = { readonly cp: number } | { readonly set: CharSet };

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly src: string) {}

  parse(): RegexNode {
    const node = this.regExp();
    if (this.i < this.src.length) this.fail(`unmatched ')'`);
    return node;
  }

  private fail(message: string, at = this.i, kind: 'invalid' | 'limit' = 'invalid'): never {
    throw new XsdRegexError(message, kind, at);
  }

  private peek(k = 0): string | undefined {
    return this.src[this.i + k];
  }

  /** The code point at the cursor (a surrogate pair is one), advancing past it. */
  private codePoint(): number {
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private regExp(): RegexNode {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', items: branches };
  }

  private branch(): RegexNode {
    const pieces: RegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) pieces.push(this.piece());
    return pieces.length === 1 ? pieces[0]! : { t: 'seq', items: pieces };
  }

  private piece(): RegexNode {
    const node = this.atom();
    const q = this.peek();
    if (q === '?') return this.rep(node, 0, 1, 1);
    if (q === '*') return this.rep(node, 0, Number.POSITIVE_INFINITY, 1);
    if (q === '+') return this.rep(node, 1, Number.POSITIVE_INFINITY, 1);
    if (q === '{') return this.counted(node);
    return node;
  }

  private rep(node: RegexNode, min: number, max: number, width: number): RegexNode {
    this.i += width;
    return { t: 'rep', node, min, max };
  }

  private counted(node: RegexNode): RegexNode {
    const open = this.i;
    this.i++;
    const min = this.number(open);
    if (min === undefined) this.fail(`a quantifier '{' needs a number first (like {2} or {2,5})`, open);
    let max = min;
    if (this.peek() === ',') {
      this.i++;
      max = this.number(open) ?? Number.POSITIVE_INFINITY;
    }
    if (this.peek() !== '}') this.fail(`quantifier '{' is not closed by '}'`, open);
    this.i++;
    if (max < min) this.fail(`quantifier {${min},${max}}: the maximum is below the minimum`, open);
    return { t: 'rep', node, min, max };
  }

  private number(open: number): number | undefined {
    const start = this.i;
    while (this.peek() !== undefined && this.peek()! >= '0' && this.peek()! <= '9') this.i++;
    if (this.i === start) return undefined;
    const n = Number(this.src.slice(start, this.i));
    if (n > MAX_BOUND)
      this.fail(`quantifier bound ${this.src.slice(start, this.i)} exceeds the limit ${MAX_BOUND}`, open, 'limit');
    return n;
  }

  private atom(): RegexNode {
    const at = this.i;
    const c = this.peek()!;
    switch (c) {
      case '(': {
        if (++this.depth > MAX_GROUP_DEPTH) this.fail(`groups nest deeper than ${MAX_GROUP_DEPTH}`, at, 'limit');
        this.i++;
        const inner = this.regExp();
        if (this.peek() !== ')') this.fail(`'(' is not closed`, at);
        this.i++;
        this.depth--;
        return inner;
      }
      case '[':
        return { t: 'set', set: this.classExpr() };
      case '.':
        this.i++;
        return { t: 'set', set: wildcard() };
      case '\\': {
        const item = this.escape();
        return { t: 'set', set: 'cp' in item ? single(item.cp) : item.set };
      }
      case '?':
      case '*':
      case '+':
      case '{':
        return this.fail(`quantifier '${c}' has nothing to repeat`);
      case '}':
      case ']':
        return this.fail(`'${c}' must be escaped as '\\${c}'`);
      default:
        return { t: 'set', set: single(this.codePoint()) };
    }
  }

  /** An escape at the cursor: a single character, or the set of a multi-character/category escape. */
  private escape(): ClassItem {
    const at = this.i;
    const c = this.peek(1);
    if (c === undefined) this.fail(`'\\' at the end of the pattern`);
    const one = SINGLE_ESCAPES.get(c);
    if (one !== undefined) {
      this.i += 2;
      return { cp: one };
    }
    const multi = multiCharEscape(c);
    if (multi !== undefined) {
      this.i += 2;
      return { set: multi };
    }
    if (c === 'p' || c === 'P') {
      this.i += 2;
      const set = this.property(at);
      return { set: c === 'P' ? complement(set) : set };
    }
    return this.fail(`unknown escape '\\${String.fromCodePoint(this.src.codePointAt(at + 1)!)}'`);
  }

  /** `{Name}` after `\p` / `\P`: a general category or `Is` + an XSD 1.0 block name. */
  private property(at: number): CharSet {
    if (this.peek() !== '{') this.fail(`'\\p' / '\\P' must be followed by '{name}'`, at);
    const close = this.src.indexOf('}', this.i);
    if (close < 0) this.fail(`'\\p{' is not closed by '}'`, at);
    const name = this.src.slice(this.i + 1, close);
    this.i = close + 1;
    if (name.startsWith('Is')) {
      const block = /^[A-Za-z0-9-]+$/.test(name.slice(2)) ? blockSet(name.slice(2)) : undefined;
      if (block === undefined) this.fail(`unknown Unicode block '${name}' (XSD 1.0 block names)`, at);
      return block;
    }
    if (!CATEGORIES.has(name)) this.fail(`unknown Unicode category '${name}'`, at);
    return category(name);
  }

  /** `[` posCharGroup | negCharGroup, optionally `-` charClassExpr (subtraction), `]`. */
  private classExpr(): CharSet {
    const open = this.i;
    this.i++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const items: CharSet[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(`'[' is not closed`, open);
      if (c === ']') {
        if (items.length === 0) this.fail('empty character class');
        this.i++;
        return negated ? complement(union(items)) : union(items);
      }
      if (c === '-' && this.peek(1) === '[') {
        if (items.length === 0) this.fail(`character class subtraction needs a group before '-['`);
        this.i++;
        const minus = this.classExpr();
        if (this.peek() !== ']') this.fail(`a subtraction '-[...]' must end its character class`);
        this.i++;
        return subtract(negated ? complement(union(items)) : union(items), minus);
      }
      if (c === '-' && items.length > 0 && this.peek(1) !== ']' && !this.subtractionAt(1))
        this.fail(`'-' inside a character class must be escaped unless it is first, last or a range`);
      if (c === '[') this.fail(`'[' inside a character class must be escaped`);
      items.push(this.classItem());
    }
  }

  /** True when `-[` (a subtraction) starts `k` characters after the cursor. */
  private subtractionAt(k: number): boolean {
    return this.peek(k) === '-' && this.peek(k + 1) === '[';
  }

  /** Whether a `-` at the cursor makes a range (not the group's last character, not a subtraction). */
  private rangeDash(): boolean {
    return this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '[' && !this.subtractionAt(1);
  }

  /** A character, a range `s-e`, or a class escape, inside `[...]`. */
  private classItem(): CharSet {
    const at = this.i;
    const start = this.classChar();
    if ('set' in start) {
      if (this.rangeDash()) this.fail(`a multi-character or category escape cannot start a range`, at);
      return start.set;
    }
    if (!this.rangeDash()) return single(start.cp);
    this.i++;
    const endAt = this.i;
    if (this.peek() === '-') this.fail(`'-' cannot end a range unless escaped`);
    const end = this.classChar();
    if ('set' in end) return this.fail(`a multi-character or category escape cannot end a range`, endAt);
    if (end.cp < start.cp) this.fail(`range end is below its start`, at);
    return ranges([start.cp, end.cp]);
  }

  private classChar(): ClassItem {
    const c = this.peek();
    if (c === undefined) this.fail(`'[' is not closed`);
    if (c === '\\') return this.escape();
    if (c === '[' || c === ']') this.fail(`'${c}' inside a character class must be escaped`);
    return { cp: this.codePoint() };
  }
}
