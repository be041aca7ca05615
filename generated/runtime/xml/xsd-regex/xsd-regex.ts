// Copied by qspec from runtime/xml/xsd-regex/xsd-regex.ts. Do not edit here: `qspec generate` replaces it.
/**
 * XSD 1.0 regular expressions for the `pattern` facet: `checkXsdPattern` says whether a pattern
 * is usable (an XSD 1.0 Appendix F regex within the size limits), `compileXsdPattern` turns it into
 * a linear-time matcher of whole values. Each model compiles its patterns once (a cache keyed by
 * the pattern text, shared by every type that uses the same pattern).
 *
 * @see XSD 1.0 Part 2 §4.3.4 (pattern), Appendix F (regular expressions)
 */

import { parseXsdRegex } from './parse-xsd-regex.js';
import { type RegexNode, XsdRegexError } from './regex-ast.js';
import { NfaMatcher } from './regex-matcher.js';
import { buildNfa, estimateStates, MAX_NFA_STATES } from './regex-nfa.js';

export { XsdRegexError } from './regex-ast.js';

export interface XsdPattern {
  /** The pattern as written in the schema. */
  readonly source: string;
  /** True when the whole of `value` matches. */
  test(value: string): boolean;
}

/** The pattern's problem (invalid XSD 1.0 regex, or beyond the size limits), or undefined. */
export function checkXsdPattern(source: string): XsdRegexError | undefined {
  try {
    const tree: RegexNode = parseXsdRegex(source);
    const states = estimateStates(tree);
    if (states > MAX_NFA_STATES)
      return new XsdRegexError(
        `it needs about ${states} automaton states once its counted repetitions are expanded (limit ${MAX_NFA_STATES})`,
        'limit',
        0,
      );
    return undefined;
  } catch (e) {
    if (e instanceof XsdRegexError) return e;
    throw e;
  }
}

const compiled = new Map<string, XsdPattern>();
const MAX_CACHED = 512;

/** A matcher for `source` (throws `XsdRegexError` when `checkXsdPattern` would report one). */
export function compileXsdPattern(source: string): XsdPattern {
  let p = compiled.get(source);
  if (!p) {
    const matcher = new NfaMatcher(buildNfa(parseXsdRegex(source)));
    p = { source, test: (value) => matcher.test(value) };
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, p);
  }
  return p;
}
