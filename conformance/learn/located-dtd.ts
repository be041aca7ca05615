/**
 * A DTD source as its markup declarations with text offsets: each `<!ELEMENT name …>` and
 * `<!ATTLIST name …>` (comments, processing instructions and quoted literals skipped), and a
 * tokenizer for content models that keeps each token's offset. Linear scans, no regex over the
 * file. Used by the DTD editor to make minimal edits at exact places.
 *
 * @see XML 1.0 (Fifth Edition) §3.2 (element type declarations), §3.3 (attribute-list declarations)
 */
import { LineIndex } from './text-edit.js';

export interface DtdDecl {
  readonly kind: 'ELEMENT' | 'ATTLIST';
  readonly name: string;
  /** Offset of `<!`. */
  readonly start: number;
  /** Offset just after the name. */
  readonly bodyStart: number;
  /** Offset of the closing `>`. */
  readonly close: number;
}

export interface ModelToken {
  readonly text: string;
  readonly offset: number;
}

const NAME_CHAR = /[A-Za-z0-9_.:#-]/;

export class LocatedDtd {
  readonly lines: LineIndex;
  readonly decls: DtdDecl[] = [];

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    let i = 0;
    while (i < text.length) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        i = end < 0 ? text.length : end + 3;
      } else if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i + 2);
        i = end < 0 ? text.length : end + 2;
      } else if (text.startsWith('<!ELEMENT', i) || text.startsWith('<!ATTLIST', i)) {
        const kind = text.startsWith('<!ELEMENT', i) ? 'ELEMENT' : 'ATTLIST';
        let j = i + 9;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        const nameStart = j;
        while (j < text.length && NAME_CHAR.test(text[j]!)) j++;
        const name = text.slice(nameStart, j);
        const close = this.closeOf(j);
        this.decls.push({ kind, name, start: i, bodyStart: j, close });
        i = close + 1;
      } else i++;
    }
  }

  element(name: string): DtdDecl | undefined {
    return this.decls.find((d) => d.kind === 'ELEMENT' && d.name === name);
  }

  attlist(name: string): DtdDecl | undefined {
    return this.decls.find((d) => d.kind === 'ATTLIST' && d.name === name);
  }

  /** The declaration whose text holds `offset`. */
  declAt(offset: number): DtdDecl | undefined {
    return this.decls.find((d) => d.start <= offset && offset <= d.close);
  }

  /** Tokens of a declaration body: names, `#PCDATA`, `( ) , | ? * +`, quoted literals as one token. */
  tokens(d: DtdDecl): ModelToken[] {
    const out: ModelToken[] = [];
    let i = d.bodyStart;
    while (i < d.close) {
      const ch = this.text[i]!;
      if (/\s/.test(ch)) i++;
      else if (ch === '"' || ch === "'") {
        const end = this.text.indexOf(ch, i + 1);
        const stop = end < 0 || end > d.close ? d.close : end + 1;
        out.push({ text: this.text.slice(i, stop), offset: i });
        i = stop;
      } else if ('(),|?*+'.includes(ch)) out.push({ text: ch, offset: i++ });
      else {
        const s = i;
        while (i < d.close && NAME_CHAR.test(this.text[i]!)) i++;
        if (i === s) i++;
        out.push({ text: this.text.slice(s, i), offset: s });
      }
    }
    return out;
  }

  /** Offset of the `>` closing a declaration whose name ends at `from` (quoted literals skipped). */
  private closeOf(from: number): number {
    let i = from;
    while (i < this.text.length) {
      const ch = this.text[i]!;
      if (ch === '"' || ch === "'") {
        const end = this.text.indexOf(ch, i + 1);
        i = end < 0 ? this.text.length : end + 1;
      } else if (ch === '>') return i;
      else i++;
    }
    return this.text.length;
  }
}
