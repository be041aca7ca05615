/**
 * The restricted XPath of identity-constraint selectors and fields: parses an `xpath` attribute
 * value into its alternatives, each an optional leading `.//`, child steps and (fields only) a
 * final attribute step. Name tests are resolved against the namespace bindings in scope at the
 * xs:selector / xs:field element; an unprefixed name is in no namespace (XPath 1.0 §2.3, no
 * default namespace applies). Whitespace may separate tokens (XPath 1.0 §3.7): `. //.` is
 * `.//.`, `child ::a` is `child::a`; a QName or `ns:*` is one token.
 *
 *   Selector ::= Path ( '|' Path )*        Path ::= ('.//')? Step ( '/' Step )*
 *   Field    ::= Path ( '|' Path )*        Path ::= ('.//')? ( Step '/' )* ( Step | '@' NameTest )
 *   Step     ::= '.' | NameTest            NameTest ::= QName | '*' | NCName ':' '*'
 * `child::` and `attribute::` are accepted as the long forms of a child step and of `@`.
 *
 * Parsing is one left-to-right pass over the value (linear time, no regex backtracking).
 *
 * @see XSD 1.0 Part 1 §3.11.6 (Constraints on Identity-constraint Definition Components:
 *      Selector Value OK, Fields Value OK)
 */
import { isNameCode, isNameStartCode } from '../../../runtime/xml/xml-chars.js';
import { expandedName, XML_NS } from '../../../runtime/xml/xml-namespaces.js';
import { xsdFail } from './xsd-diagnostics.js';
import type { XsdNode } from './xsd-node.js';

/** A name test: `.` (the context node), `*`, `ns:*` (any name in `uri`) or an expanded name. */
export type IdNameTest =
  | { readonly kind: 'self' }
  | { readonly kind: 'any' }
  | { readonly kind: 'ns'; readonly uri: string }
  | { readonly kind: 'name'; readonly name: string };

/** One alternative of a selector or field. */
export interface IdPath {
  /** A leading `.//`: the steps may start at any descendant. */
  readonly descendant: boolean;
  /** Child steps (a `.` step is kept as `self`). */
  readonly steps: readonly IdNameTest[];
  /** A final `@name` step (fields only). */
  readonly attribute?: IdNameTest;
}

/** Parses `value`, the xpath of a selector (`field` false) or a field; XsdInvalid at `node` if outside the subset. */
export function parseIdentityXPath(node: XsdNode, value: string, field: boolean): IdPath[] {
  const p = new PathReader(node, value, field);
  const paths: IdPath[] = [p.path()];
  while (p.eat('|')) paths.push(p.path());
  p.skipSpace();
  if (p.i < value.length) p.fail(`unexpected "${value.slice(p.i, p.i + 10)}"`);
  return paths;
}

/** NCName start (XML 1.0 §2.3, no colon), by code point. */
function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (c >= 0x80 && isNameStartCode(c));
}

/** NCName character (XML 1.0 §2.3, no colon), by code point. */
function isNameChar(c: number): boolean {
  return isNameStart(c) || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && isNameCode(c));
}

class PathReader {
  i = 0;
  constructor(
    private readonly node: XsdNode,
    private readonly s: string,
    private readonly field: boolean,
  ) {}

  fail(why: string): never {
    const kind = this.field ? 'xs:field' : 'xs:selector';
    return xsdFail(
      'XsdInvalid',
      `${kind} xpath="${this.s}" is not in the XPath subset of identity constraints: ${why}`,
      this.node,
    );
  }

  skipSpace(): void {
    this.i = this.after(this.i);
  }

  /** Consumes `token` after optional whitespace. */
  eat(token: string): boolean {
    this.skipSpace();
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  /** The index of the first non-whitespace character at or after `from`. */
  after(from: number): number {
    let j = from;
    while (j < this.s.length && ' \t\r\n'.includes(this.s[j]!)) j++;
    return j;
  }

  /** Consumes the axis `name` and `::` (whitespace allowed between the tokens), if they come next. */
  axis(name: string): boolean {
    this.skipSpace();
    if (!this.s.startsWith(name, this.i)) return false;
    const colons = this.after(this.i + name.length);
    if (!this.s.startsWith('::', colons)) return false;
    this.i = colons + 2;
    return true;
  }

  path(): IdPath {
    this.skipSpace();
    let descendant = false;
    if (this.s[this.i] === '.') {
      // `.//` is the tokens `.` and `//`, which whitespace may separate.
      const slashes = this.after(this.i + 1);
      if (this.s.startsWith('//', slashes)) {
        descendant = true;
        this.i = slashes + 2;
      }
    }
    const steps: IdNameTest[] = [];
    for (;;) {
      this.skipSpace();
      if (this.field && (this.eat('@') || this.axis('attribute'))) {
        return { descendant, steps, attribute: this.nameTest() };
      }
      if (this.s.startsWith('//', this.i)) this.fail('"//" is allowed only as a leading ".//"');
      if (this.s[this.i] === '.' && this.s[this.i + 1] !== '.') {
        this.i++;
        steps.push({ kind: 'self' });
      } else {
        this.axis('child');
        steps.push(this.nameTest());
      }
      this.skipSpace();
      if (this.s.startsWith('//', this.i)) this.fail('"//" is allowed only as a leading ".//"');
      if (!this.eat('/')) return { descendant, steps };
    }
  }

  nameTest(): IdNameTest {
    this.skipSpace();
    if (this.s[this.i] === '*') {
      this.i++;
      return { kind: 'any' };
    }
    const prefixOrLocal = this.ncName();
    if (this.s[this.i] !== ':') return { kind: 'name', name: prefixOrLocal };
    this.i++;
    const uri = this.prefixUri(prefixOrLocal);
    if (this.s[this.i] === '*') {
      this.i++;
      return { kind: 'ns', uri };
    }
    return { kind: 'name', name: expandedName(uri, this.ncName()) };
  }

  ncName(): string {
    const start = this.i;
    if (this.i >= this.s.length || !isNameStart(this.s.codePointAt(this.i)!)) {
      this.fail(
        this.i >= this.s.length ? 'a name test is missing at the end' : `"${this.s[this.i]}" cannot start a name test`,
      );
    }
    this.i += this.s.codePointAt(this.i)! > 0xffff ? 2 : 1;
    while (this.i < this.s.length && isNameChar(this.s.codePointAt(this.i)!))
      this.i += this.s.codePointAt(this.i)! > 0xffff ? 2 : 1;
    return this.s.slice(start, this.i);
  }

  prefixUri(prefix: string): string {
    const uri = prefix === 'xml' ? XML_NS : this.node.el.ns[prefix];
    if (uri === undefined || uri === '') this.fail(`prefix "${prefix}" is not declared`);
    return uri;
  }
}
