/**
 * A located lexer for DTD text (an external subset, or one parameter entity's replacement text).
 *
 * Produces the tokens of markup declarations: `<!ELEMENT`/`<!ATTLIST`/`<!ENTITY`/`<!NOTATION`
 * (`decl`), comments, `<![` and `]]>` of conditional sections, punctuation `( ) | , ? * + > [ %`,
 * `#PCDATA`/`#REQUIRED`/`#IMPLIED`/`#FIXED` (`hash`), names/name tokens, quoted literals and
 * parameter-entity references `%name;` (`peRef`, expanded by the token stream, never here).
 * Processing instructions (including a leading `<?xml ...?>` text declaration) are skipped.
 * Line ends are normalised first (CRLF and lone CR → LF, XML 1.0 §2.11) and a BOM is dropped.
 *
 * Every token keeps its 1-based line and column; a lexer over a replacement text reports the
 * position of the `%name;` reference that produced it for all its tokens.
 *
 * @see XML 1.0 (Fifth Edition) §2.3 (names, literals), §2.5 (comments), §2.6 (PIs), §3.4, §4.1
 */
import { type DtdPosition, dtdFail } from './dtd-diagnostics.js';

export type DtdTokenKind =
  | 'decl'
  | 'comment'
  | 'condOpen'
  | 'condClose'
  | 'hash'
  | 'name'
  | 'literal'
  | 'peRef'
  | '%'
  | '('
  | ')'
  | '|'
  | ','
  | '?'
  | '*'
  | '+'
  | '>'
  | '['
  | 'eof';

export interface DtdToken extends DtdPosition {
  readonly kind: DtdTokenKind;
  /** Declaration keyword, name, hash keyword, comment text, literal value (unquoted) or entity name. */
  readonly value: string;
  /** Line on which the token ends (differs from `line` for multi-line comments and literals). */
  readonly endLine: number;
}

const DECL_KEYWORDS = ['ELEMENT', 'ATTLIST', 'ENTITY', 'NOTATION'] as const;
const NAME_CHAR = /[\p{L}\p{N}\p{M}._:\-\u00B7\u203F\u2040]/u;
const PUNCT = new Set(['(', ')', '|', ',', '?', '*', '+', '>', '[']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

export class DtdLexer {
  private readonly text: string;
  private pos = 0;
  private line = 1;
  private column = 1;

  /**
   * @param source DTD text (line ends are normalised here)
   * @param file   for diagnostics
   * @param fixed  when lexing a parameter entity's replacement text: the reference's position
   */
  constructor(
    source: string,
    private readonly file: string,
    private readonly fixed?: DtdPosition,
  ) {
    this.text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  }

  /** The next token; an `eof` token (at the end position) once the text is exhausted. */
  next(): DtdToken {
    this.skipSpace();
    const start = this.here();
    const c = this.text[this.pos];
    if (c === undefined) return this.token('eof', '', start);
    if (c === '<') return this.markup(start);
    if (c === ']') {
      if (this.text.startsWith(']]>', this.pos)) {
        this.advance(3);
        return this.token('condClose', ']]>', start);
      }
      return this.fail(`unexpected ']'`, start);
    }
    if (PUNCT.has(c)) {
      this.advance(1);
      return this.token(c as DtdTokenKind, c, start);
    }
    if (c === '"' || c === "'") return this.literal(c, start);
    if (c === '#') {
      this.advance(1);
      const word = this.readName();
      if (word === '') return this.fail(`expected a keyword after '#' (#PCDATA, #REQUIRED, #IMPLIED or #FIXED)`, start);
      return this.token('hash', word, start);
    }
    if (c === '%') {
      this.advance(1);
      const next = this.text[this.pos];
      if (next === undefined || isSpace(next)) return this.token('%', '%', start);
      const name = this.readName();
      if (name === '' || this.text[this.pos] !== ';') {
        return this.fail(`malformed parameter-entity reference: expected '%name;'`, start);
      }
      this.advance(1);
      return this.token('peRef', name, start);
    }
    const name = this.readName();
    if (name !== '') return this.token('name', name, start);
    return this.fail(`unexpected character '${c}'`, start);
  }

  /** Whether only whitespace is left. */
  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  /**
   * Skips the body of an IGNORE conditional section (the `<![IGNORE[` is already consumed) up to
   * and including its matching `]]>`, counting nested `<![`. Returns false if the text ends first.
   * @see XML 1.0 §3.4 [63]–[65]
   */
  skipIgnoredSection(): boolean {
    let depth = 1;
    while (this.pos < this.text.length) {
      if (this.text.startsWith('<![', this.pos)) {
        depth++;
        this.advance(3);
      } else if (this.text.startsWith(']]>', this.pos)) {
        depth--;
        this.advance(3);
        if (depth === 0) return true;
      } else {
        this.advance(1);
      }
    }
    return false;
  }

  private markup(start: DtdPosition): DtdToken {
    const t = this.text;
    if (t.startsWith('<!--', this.pos)) {
      const end = t.indexOf('-->', this.pos + 4);
      if (end < 0) return this.fail('unterminated comment: missing -->', start);
      const body = t.slice(this.pos + 4, end);
      this.advance(end + 3 - this.pos);
      return this.token('comment', body, start);
    }
    if (t.startsWith('<?', this.pos)) {
      const end = t.indexOf('?>', this.pos + 2);
      if (end < 0) return this.fail('unterminated processing instruction: missing ?>', start);
      this.advance(end + 2 - this.pos);
      return this.next();
    }
    if (t.startsWith('<![', this.pos)) {
      this.advance(3);
      return this.token('condOpen', '<![', start);
    }
    if (t.startsWith('<!', this.pos)) {
      for (const kw of DECL_KEYWORDS) {
        if (t.startsWith(kw, this.pos + 2) && !NAME_CHAR.test(t[this.pos + 2 + kw.length] ?? ' ')) {
          this.advance(2 + kw.length);
          return this.token('decl', kw, start);
        }
      }
    }
    return this.fail(`unexpected markup; expected <!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION, <![, <!-- or <?`, start);
  }

  private literal(quote: string, start: DtdPosition): DtdToken {
    const end = this.text.indexOf(quote, this.pos + 1);
    if (end < 0) return this.fail(`unterminated literal: missing closing ${quote}`, start);
    const value = this.text.slice(this.pos + 1, end);
    this.advance(end + 1 - this.pos);
    return this.token('literal', value, start);
  }

  private readName(): string {
    const from = this.pos;
    while (this.pos < this.text.length) {
      const cp = this.text.codePointAt(this.pos) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (!NAME_CHAR.test(ch)) break;
      this.advance(ch.length);
    }
    return this.text.slice(from, this.pos);
  }

  private skipSpace(): void {
    while (isSpace(this.text[this.pos])) this.advance(1);
  }

  private advance(n: number): void {
    for (let i = 0; i < n; i++) {
      if (this.text[this.pos] === '\n') {
        this.line++;
        this.column = 1;
      } else {
        this.column++;
      }
      this.pos++;
    }
  }

  private here(): DtdPosition {
    return this.fixed ?? { line: this.line, column: this.column };
  }

  private token(kind: DtdTokenKind, value: string, start: DtdPosition): DtdToken {
    const endLine = this.fixed ? start.line : this.line;
    return { kind, value, ...start, endLine };
  }

  private fail(message: string, at: DtdPosition): never {
    return dtdFail('DtdSyntax', message, this.file, at);
  }
}
