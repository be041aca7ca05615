/**
 * Prints an XSD regular expression as an anchored JavaScript regex source for the `u` flag, with
 * the same meaning: the pattern is parsed by the runtime's XSD regex parser
 * (runtime/xml/xsd-regex/) and printed from its tree, so every construct Appendix F allows has an
 * exact spelling: blocks, `\i`, `\c`, `\s` and `.` become explicit code-point classes, categories
 * `\p{..}`/`\P{..}`, a subtraction a lookahead `(?:(?![sub])[base])`, counted repetition JavaScript's
 * own quantifiers. XSD patterns match the whole value, so the source is wrapped in `^(?:...)$`.
 *
 * Used for the JSON Schema documents that describe the typed records of XML schemas (documentation
 * consumers compile with their own, backtracking, engines); validation never uses it: the runtime
 * matches patterns with its own linear-time automaton.
 *
 * Returns undefined for a pattern that is not an XSD 1.0 regular expression.
 *
 * @see XSD 1.0 Part 2 Appendix F; ECMAScript `u`-flag regular expressions
 */
import type { CharSet } from '../../runtime/xml/xsd-regex/char-set.js';
import { parseXsdRegex } from '../../runtime/xml/xsd-regex/parse-xsd-regex.js';
import type { RegexNode } from '../../runtime/xml/xsd-regex/regex-ast.js';
import { XsdRegexError } from '../../runtime/xml/xsd-regex/xsd-regex.js';

export function translateXsdPattern(xsd: string): string | undefined {
  let tree: RegexNode;
  try {
    tree = parseXsdRegex(xsd);
  } catch (e) {
    if (e instanceof XsdRegexError) return undefined;
    throw e;
  }
  return `^(?:${print(tree)})$`;
}

function print(node: RegexNode): string {
  switch (node.t) {
    case 'set':
      return atom(node.set);
    case 'seq':
      return node.items.map((x) => (x.t === 'alt' ? `(?:${print(x)})` : print(x))).join('');
    case 'alt':
      return node.items.map(print).join('|');
    case 'rep': {
      const inner = node.node.t === 'set' ? print(node.node) : `(?:${print(node.node)})`;
      return inner + quantifier(node.min, node.max);
    }
  }
}

function quantifier(min: number, max: number): string {
  if (max === Number.POSITIVE_INFINITY) return min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
  if (min === 0 && max === 1) return '?';
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

const PLAIN = /^[A-Za-z0-9]$/;

function char(cp: number): string {
  const s = String.fromCodePoint(cp);
  return PLAIN.test(s) ? s : `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** The inside of a `[...]` class for `s`, when it has one. */
function classBody(s: CharSet): string | undefined {
  switch (s.k) {
    case 'ranges': {
      let out = '';
      for (let i = 0; i < s.r.length; i += 2) {
        const lo = s.r[i]!;
        const hi = s.r[i + 1]!;
        out += lo === hi ? char(lo) : `${char(lo)}-${char(hi)}`;
      }
      return out;
    }
    case 'cat':
      return `\\p{${s.name}}`;
    case 'not':
      return s.s.k === 'cat' ? `\\P{${s.s.name}}` : undefined;
    case 'or': {
      const parts = s.items.map(classBody);
      return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
    }
    case 'minus':
      return undefined;
  }
}

/** A JavaScript atom matching exactly one code point of `s`. */
function atom(s: CharSet): string {
  if (s.k === 'ranges' && s.r.length === 2 && s.r[0] === s.r[1]) return char(s.r[0]!);
  const body = classBody(s);
  if (body !== undefined) return `[${body}]`;
  if (s.k === 'not') {
    const inner = classBody(s.s);
    return inner !== undefined ? `[^${inner}]` : `(?:(?!${atom(s.s)})[^])`;
  }
  if (s.k === 'minus') return `(?:(?!${atom(s.b)})${atom(s.a)})`;
  if (s.k === 'or') return `(?:${s.items.map(atom).join('|')})`;
  return '[]';
}
