/**
 * The token stream the DTD parser reads: the file's tokens with every parameter-entity reference
 * `%name;` replaced by the tokens of its replacement text (a stack of lexers), and a one-token
 * look-ahead. Expansions are charged to the entity budget; a reference to an entity that is being
 * expanded is `DtdEntityLimit` (recursion), and so is an expansion nested more than
 * `MAX_DERIVATION_STEPS` deep (a long chain of entities each expanding to a reference to the next). Comments can be read (top level) or skipped and handed
 * to a listener (inside declarations).
 *
 * @see XML 1.0 (Fifth Edition) §4.4.8 (included as PE), §2.8 WFC "PE Between Declarations"
 */
import { MAX_DERIVATION_STEPS } from '../input-limits.js';
import { dtdFail } from './dtd-diagnostics.js';
import { DtdLexer, type DtdToken, type DtdTokenKind } from './dtd-lexer.js';
import type { ParameterEntities } from './parameter-entities.js';

interface Frame {
  readonly lexer: DtdLexer;
  readonly entity?: string;
}

export class DtdTokenStream {
  private readonly stack: Frame[];
  private peeked: DtdToken | undefined;

  constructor(
    source: string,
    readonly file: string,
    private readonly entities: ParameterEntities,
    private readonly onComment: (token: DtdToken) => void,
  ) {
    this.stack = [{ lexer: new DtdLexer(source, file) }];
  }

  /** The next token including comments (for the top level). */
  nextRaw(): DtdToken {
    if (this.peeked !== undefined) {
      const t = this.peeked;
      this.peeked = undefined;
      return t;
    }
    for (;;) {
      const frame = this.stack[this.stack.length - 1]!;
      const tok = frame.lexer.next();
      if (tok.kind === 'eof' && this.stack.length > 1) {
        this.stack.pop();
        continue;
      }
      if (tok.kind === 'peRef') {
        this.push(tok);
        continue;
      }
      return tok;
    }
  }

  /** The next token that is not a comment (comments go to the listener). */
  next(): DtdToken {
    for (;;) {
      const tok = this.nextRaw();
      if (tok.kind !== 'comment') return tok;
      this.onComment(tok);
    }
  }

  /** Looks at the next non-comment token without consuming it. */
  peek(): DtdToken {
    const tok = this.next();
    this.peeked = tok;
    return tok;
  }

  /** Consumes the next token, which must be of `kind`; otherwise `DtdSyntax` saying what was expected. */
  expect(kind: DtdTokenKind, what: string): DtdToken {
    const tok = this.next();
    if (tok.kind !== kind) this.unexpected(tok, what);
    return tok;
  }

  /** Consumes a name token equal to one of `words`. */
  expectWord(words: readonly string[], what: string): DtdToken {
    const tok = this.next();
    if (tok.kind !== 'name' || !words.includes(tok.value)) this.unexpected(tok, what);
    return tok;
  }

  /** Throws `DtdSyntax` at `tok`: "expected X, found Y". */
  unexpected(tok: DtdToken, what: string): never {
    return dtdFail('DtdSyntax', `expected ${what}, found ${describe(tok)}`, this.file, tok);
  }

  /** Skips the rest of an IGNORE section in the current text; false if it is not terminated there. */
  skipIgnoredSection(): boolean {
    if (this.peeked !== undefined) throw new Error('skipIgnoredSection with a peeked token');
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.lexer.atEnd()) this.stack.pop();
    return this.stack[this.stack.length - 1]!.lexer.skipIgnoredSection();
  }

  private push(ref: DtdToken): void {
    if (this.stack.length > MAX_DERIVATION_STEPS) {
      dtdFail(
        'DtdEntityLimit',
        `parameter entity %${ref.value}; is expanded inside more than ${MAX_DERIVATION_STEPS} nested expansions; qspec refuses longer entity chains`,
        this.file,
        ref,
      );
    }
    if (this.stack.some((f) => f.entity === ref.value)) {
      dtdFail(
        'DtdEntityLimit',
        `parameter entity %${ref.value}; refers to itself (recursive expansion)`,
        this.file,
        ref,
      );
    }
    const entity = this.entities.expand(ref.value, ref);
    const at = { line: ref.line, column: ref.column, entity: ref.entity ?? ref.value };
    this.stack.push({ lexer: new DtdLexer(entity.replacement, this.file, at), entity: ref.value });
  }
}

/** A short description of a token for messages. */
export function describe(tok: DtdToken): string {
  switch (tok.kind) {
    case 'eof':
      return 'end of DTD';
    case 'decl':
      return `'<!${tok.value}'`;
    case 'hash':
      return `'#${tok.value}'`;
    case 'name':
      return `'${tok.value}'`;
    case 'literal':
      return `literal "${tok.value.length > 20 ? `${tok.value.slice(0, 20)}...` : tok.value}"`;
    case 'comment':
      return 'a comment';
    case 'peRef':
      return `'%${tok.value};'`;
    default:
      return `'${tok.value}'`;
  }
}
