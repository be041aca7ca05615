// Copied by qspec from runtime/xml/xsd-regex/regex-ast.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The parsed form of an XSD regular expression: a tree of character sets, sequences (a branch;
 * the empty sequence matches the empty string), alternatives (`|`) and counted repetitions
 * (`?` `*` `+` `{n}` `{n,}` `{n,m}`; an unbounded maximum is `Infinity`). An XSD regex has no
 * anchors, backreferences, lookaround or capture semantics, so nothing else is needed.
 *
 * @see XSD 1.0 Part 2 Appendix F (regExp, branch, piece, quantifier, atom)
 */
import type { CharSet } from './char-set.js';

export type RegexNode =
  | { readonly t: 'set'; readonly set: CharSet }
  | { readonly t: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly t: 'alt'; readonly items: readonly RegexNode[] }
  | { readonly t: 'rep'; readonly node: RegexNode; readonly min: number; readonly max: number };

/** Why a pattern cannot be used: `invalid` (not an XSD 1.0 regex) or `limit` (too large to compile). */
export class XsdRegexError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'limit',
    /** Index into the pattern (UTF-16 units) where the problem is. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'XsdRegexError';
  }
}
