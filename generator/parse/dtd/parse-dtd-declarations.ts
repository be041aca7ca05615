/**
 * Reads a whole DTD (an external subset) into its declarations: `<!ELEMENT>`, `<!ATTLIST>`,
 * `<!ENTITY>` (parameter entities are bound for expansion; general entities are ignored and never
 * expanded; external ones are never fetched), `<!NOTATION>` (skipped), conditional sections
 * `<![INCLUDE[ ]]>` / `<![IGNORE[ ]]>` (keywords possibly via parameter entities, nested IGNORE),
 * comments (kept as docs and `qspec:open` markers), processing instructions (skipped).
 *
 * Docs: the comments before the first declaration are the file's doc; a contiguous block of
 * comments ending on the line just before (or on the line of) an `<!ELEMENT` is that element's doc.
 *
 * @see XML 1.0 (Fifth Edition) §2.8 [31] extSubsetDecl, §3.2, §3.3, §3.4, §4.2, §4.7
 */
import type { Diagnostic } from '../../diagnostics.js';
import { parseAttlist } from './attlist-parser.js';
import { parseContentModel } from './content-model-parser.js';
import type { DtdAttributeDef, DtdDeclarations, DtdElementDecl } from './dtd-declarations.js';
import { type DtdPosition, dtdDiagnostic, dtdFail, positionOf } from './dtd-diagnostics.js';
import type { DtdToken } from './dtd-lexer.js';
import { DtdTokenStream } from './dtd-token-stream.js';
import { type DtdEntityLimits, ParameterEntities } from './parameter-entities.js';

const OPEN_MARKER = /^\s*qspec:open\b([\s\S]*)$/;

export interface DtdDeclarationsInput {
  readonly source: string;
  readonly file: string;
  readonly limits?: DtdEntityLimits;
}

export function parseDtdDeclarations(input: DtdDeclarationsInput): DtdDeclarations {
  return new DeclarationReader(input).read();
}

class DeclarationReader {
  private readonly file: string;
  private readonly stream: DtdTokenStream;
  private readonly entities: ParameterEntities;
  private readonly elements: DtdElementDecl[] = [];
  private readonly elementAt = new Map<string, DtdPosition>();
  private readonly attributes = new Map<string, DtdAttributeDef[]>();
  private readonly attlistAt = new Map<string, DtdPosition>();
  private readonly open: { name: string; at: DtdPosition }[] = [];
  private readonly warnings: Diagnostic[] = [];
  private readonly leading: string[] = [];
  private pending: DtdToken[] = [];
  private seenDeclaration = false;

  constructor(input: DtdDeclarationsInput) {
    this.file = input.file;
    this.entities = new ParameterEntities(input.file, input.limits);
    this.stream = new DtdTokenStream(input.source, input.file, this.entities, (c) => this.openMarker(c));
  }

  read(): DtdDeclarations {
    const includes: DtdToken[] = [];
    for (;;) {
      const tok = this.stream.nextRaw();
      if (tok.kind === 'eof') break;
      if (tok.kind === 'comment') {
        if (!this.openMarker(tok)) this.comment(tok);
        continue;
      }
      const pending = this.pending;
      this.pending = [];
      this.seenDeclaration = true;
      if (tok.kind === 'decl') {
        if (tok.value === 'ELEMENT') this.element(tok, pending);
        else if (tok.value === 'ATTLIST') this.attlist();
        else if (tok.value === 'ENTITY') this.entity();
        else this.notation();
      } else if (tok.kind === 'condOpen') {
        const keyword = this.stream.expectWord(['INCLUDE', 'IGNORE'], 'INCLUDE or IGNORE after <![');
        this.stream.expect('[', `'[' after ${keyword.value}`);
        if (keyword.value === 'INCLUDE') includes.push(tok);
        else if (!this.stream.skipIgnoredSection()) {
          dtdFail('DtdSyntax', "unterminated IGNORE section: missing ']]>'", this.file, tok);
        }
      } else if (tok.kind === 'condClose') {
        if (includes.pop() === undefined)
          dtdFail('DtdSyntax', "']]>' without a matching '<![INCLUDE['", this.file, tok);
      } else {
        this.stream.unexpected(
          tok,
          'a markup declaration (<!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION), <![ or a comment',
        );
      }
    }
    const unclosed = includes.pop();
    if (unclosed !== undefined)
      dtdFail('DtdSyntax', "unterminated INCLUDE section: missing ']]>'", this.file, unclosed);
    const doc = this.leading.join('\n');
    return {
      elements: this.elements,
      attributes: this.attributes,
      attlistAt: this.attlistAt,
      open: this.open,
      ...(doc === '' ? {} : { doc }),
      warnings: this.warnings,
    };
  }

  private element(decl: DtdToken, comments: readonly DtdToken[]): void {
    const name = this.stream.expect('name', 'an element name after <!ELEMENT');
    const content = parseContentModel(this.stream);
    this.stream.expect('>', "'>' to close <!ELEMENT");
    const first = this.elementAt.get(name.value);
    if (first !== undefined) {
      dtdFail(
        'DtdDuplicateElement',
        `element ${name.value} is already declared at line ${first.line}:${first.column}; remove one declaration`,
        this.file,
        decl,
      );
    }
    this.elementAt.set(name.value, positionOf(decl));
    const doc = docBefore(decl, comments);
    this.elements.push({ name: name.value, content, at: positionOf(decl), ...(doc === '' ? {} : { doc }) });
  }

  private attlist(): void {
    const name = this.stream.expect('name', 'an element name after <!ATTLIST');
    const defs = parseAttlist(this.stream);
    if (!this.attlistAt.has(name.value)) this.attlistAt.set(name.value, positionOf(name));
    const list = this.attributes.get(name.value) ?? [];
    for (const def of defs) {
      const earlier = list.find((d) => d.name === def.name);
      if (earlier !== undefined) {
        this.warnings.push(
          dtdDiagnostic(
            'DtdDuplicateAttribute',
            `attribute ${def.name} of ${name.value} is already defined at line ${earlier.at.line}:${earlier.at.column}; this definition is ignored`,
            this.file,
            def.at,
            'warning',
          ),
        );
      } else {
        list.push(def);
      }
    }
    this.attributes.set(name.value, list);
  }

  /** `<!ENTITY % name "v">` binds a parameter entity; general entities are read and ignored. */
  private entity(): void {
    const first = this.stream.next();
    const parameter = first.kind === '%';
    const name = parameter ? this.stream.next() : first;
    if (name.kind !== 'name') this.stream.unexpected(name, 'an entity name');
    const def = this.stream.next();
    if (def.kind === 'literal') {
      if (parameter) {
        const replacement = this.entities.expandLiteral(def.value, def);
        this.entities.declare(name.value, replacement, positionOf(name));
      }
    } else if (def.kind === 'name' && (def.value === 'SYSTEM' || def.value === 'PUBLIC')) {
      if (parameter) {
        dtdFail(
          'DtdExternalEntity',
          `external parameter entity %${name.value}; (${def.value}) is never fetched; inline its declarations into this DTD`,
          this.file,
          def,
        );
      }
      this.stream.expect('literal', `a quoted ${def.value === 'SYSTEM' ? 'system' : 'public'} identifier`);
      if (def.value === 'PUBLIC') this.stream.expect('literal', 'a quoted system identifier');
      const ndata = this.stream.peek();
      if (ndata.kind === 'name' && ndata.value === 'NDATA') {
        this.stream.next();
        this.stream.expect('name', 'a notation name after NDATA');
      }
    } else {
      this.stream.unexpected(def, 'a quoted entity value, SYSTEM or PUBLIC');
    }
    this.stream.expect('>', "'>' to close <!ENTITY");
  }

  /** `<!NOTATION name SYSTEM "s">` / `PUBLIC "p" ["s"]`: checked for shape, then skipped. */
  private notation(): void {
    this.stream.expect('name', 'a notation name after <!NOTATION');
    const id = this.stream.expectWord(['SYSTEM', 'PUBLIC'], 'SYSTEM or PUBLIC');
    this.stream.expect('literal', 'a quoted identifier');
    const next = this.stream.next();
    if (next.kind === '>') return;
    if (id.value !== 'PUBLIC' || next.kind !== 'literal') this.stream.unexpected(next, "'>' to close <!NOTATION");
    this.stream.expect('>', "'>' to close <!NOTATION");
  }

  private comment(tok: DtdToken): void {
    if (this.seenDeclaration) this.pending.push(tok);
    else {
      const text = commentText(tok.value);
      if (text !== '') this.leading.push(text);
    }
  }

  /** Records `<!-- qspec:open A B -->`; returns whether the comment was such a marker. */
  private openMarker(tok: DtdToken): boolean {
    const m = OPEN_MARKER.exec(tok.value);
    if (m === null) return false;
    for (const name of m[1]!.split(/\s+/).filter((n) => n !== '')) this.open.push({ name, at: positionOf(tok) });
    return true;
  }
}

/** The contiguous block of comments that ends on the line before `decl` (or on its line). */
function docBefore(decl: DtdToken, comments: readonly DtdToken[]): string {
  const block: string[] = [];
  let line = decl.line;
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i]!;
    if (c.endLine < line - 1) break;
    const text = commentText(c.value);
    if (text !== '') block.unshift(text);
    line = c.line;
  }
  return block.join('\n');
}

/** A comment's text, each line trimmed, blank edges dropped. */
function commentText(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}
