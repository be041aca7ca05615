/**
 * Turns proposals into minimal text edits of a DTD file.
 *
 * - New element X in P: in P's content model, after the name of the declared sibling that precedes
 *   it in the responses (`, X?` in a sequence, `| X` in a repeated choice; a non-repeating choice
 *   is stepped out of, the top one wrapped), or before the one that follows it; `EMPTY` becomes
 *   `(X?)`, `(#PCDATA)` becomes `(#PCDATA | X)*`, mixed content gains `| X`. X and any element it
 *   contains are declared after P (`(#PCDATA)`, or `(C?, D*)` / mixed from the inferred content,
 *   attributes `CDATA #IMPLIED`) unless the DTD declares them already.
 * - New attribute: appended to P's `<!ATTLIST>` (or a new one after P's declaration), `CDATA #IMPLIED`.
 * - New enumeration value: appended to the attribute's `( … )` group (a value that is not an
 *   NMTOKEN turns the attribute into CDATA).
 * - Cardinality: the name's indicator becomes `?`, `*` or `+` as needed.
 *
 * @see docs/decisions/0008-learn-and-impact.md; XML 1.0 (Fifth Edition) §3.2, §3.3
 */

import { findName, type ModelGroup, type ModelItem, parseContentModel } from './dtd-content-model.js';
import type { EditResult } from './edit-xsd.js';
import type { InferredContent, LearnProposal } from './learn-proposal.js';
import type { DtdDecl, LocatedDtd } from './located-dtd.js';
import type { TextEdit } from './text-edit.js';

const NMTOKEN = /^[A-Za-z0-9_.:-]+$/;

/** Edits for every proposal of one DTD file (occurrence changes of one name are combined). */
export class DtdEditor {
  private readonly declared: Set<string>;
  private readonly occurs = new Map<number, { item: ModelItem; min: boolean; max: boolean }>();

  constructor(private readonly src: LocatedDtd) {
    this.declared = new Set(src.decls.filter((d) => d.kind === 'ELEMENT').map((d) => d.name));
  }

  edits(p: LearnProposal): EditResult {
    const c = p.change;
    const owner =
      p.anchor.kind === 'named' ? p.anchor.type.name : p.anchor.kind === 'root' ? p.anchor.root.name : undefined;
    switch (c.kind) {
      case 'add-element': {
        const decl = owner ? this.src.element(owner) : undefined;
        if (!decl) return { problem: `no <!ELEMENT ${owner ?? '?'}> found` };
        const place = this.placeName(decl, c.name, c.after?.xml.local, c.before?.xml.local, c.repeated);
        if ('problem' in place) return place;
        return { edits: [...place.edits, ...this.declare(decl, c.name, c.content)] };
      }
      case 'add-attribute': {
        if (!owner) return { problem: 'no element to add the attribute to' };
        return { edits: [this.addAttribute(owner, `${c.name} CDATA #IMPLIED`)] };
      }
      case 'add-enum-value': {
        if (p.anchor.kind !== 'field') return { problem: `${p.path}: element enumerations are not DTD` };
        const o = p.anchor.field.origin;
        const at = this.src.lines.offset(o.line, o.column);
        const decl = this.src.declAt(at);
        if (!decl) return { problem: `no <!ATTLIST> at line ${o.line}` };
        const toks = this.src.tokens(decl).filter((t) => t.offset >= at);
        const open = toks.findIndex((t) => t.text === '(');
        const close = toks.findIndex((t) => t.text === ')');
        if (open < 0 || close < open || open > 1) return { problem: `${p.path} is not an enumerated attribute` };
        if (!c.values.every((v) => NMTOKEN.test(v))) {
          return {
            edits: [
              { offset: toks[open]!.offset, remove: toks[close]!.offset + 1 - toks[open]!.offset, insert: 'CDATA' },
            ],
          };
        }
        const group = this.src.text.slice(toks[open]!.offset, toks[close]!.offset);
        const sep = group.includes(' | ') ? ' | ' : '|';
        const before = toks[close - 1]!;
        return {
          edits: [
            {
              offset: before.offset + before.text.length,
              remove: 0,
              insert: c.values.map((v) => `${sep}${v}`).join(''),
            },
          ],
        };
      }
      case 'relax-max':
      case 'relax-min': {
        if (c.field.xml.node === 'attribute') {
          const o = c.field.origin;
          const at = this.src.lines.offset(o.line, o.column);
          const decl = this.src.declAt(at);
          const req = decl && this.src.tokens(decl).find((t) => t.offset > at && t.text === '#REQUIRED');
          if (!req) return { problem: `no #REQUIRED for ${p.path}` };
          return { edits: [{ offset: req.offset, remove: req.text.length, insert: '#IMPLIED' }] };
        }
        const decl = owner ? this.src.element(owner) : undefined;
        const top = decl && parseContentModel(this.src.tokens(decl));
        const hit = top && findName(top, c.field.xml.local);
        if (!hit) return { problem: `${c.field.xml.local} not found in the content model of ${owner ?? '?'}` };
        const slot = this.occurs.get(hit.item.start) ?? { item: hit.item, min: false, max: false };
        if (c.kind === 'relax-min') slot.min = true;
        else slot.max = true;
        this.occurs.set(hit.item.start, slot);
        return { edits: [] };
      }
      case 'widen-type':
        return { problem: `${p.path}: widening a DTD type is not supported (DTD text is already CDATA / #PCDATA)` };
    }
  }

  /** The combined occurrence-indicator edits; call once after every proposal. */
  occurrenceEdits(): TextEdit[] {
    return [...this.occurs.values()].map(({ item, min, max }) => {
      const optional = min || item.indicator === '?' || item.indicator === '*';
      const repeated = max || item.indicator === '*' || item.indicator === '+';
      const indicator = optional ? (repeated ? '*' : '?') : repeated ? '+' : '';
      return { offset: item.bodyEnd, remove: item.indicator.length, insert: indicator };
    });
  }

  private placeName(
    decl: DtdDecl,
    name: string,
    after: string | undefined,
    before: string | undefined,
    repeated: boolean,
  ): { edits: TextEdit[] } | { problem: string } {
    const tokens = this.src.tokens(decl);
    if (tokens.length === 1 && tokens[0]!.text === 'EMPTY') {
      return { edits: [{ offset: tokens[0]!.offset, remove: 5, insert: `(${name}${repeated ? '*' : '?'})` }] };
    }
    const top = parseContentModel(tokens);
    if (!top?.group) return { problem: `content model of ${decl.name} is not one this editor follows` };
    const g = top.group;
    if (g.items[0]?.name === '#PCDATA') {
      const closeAt = top.bodyEnd - 1;
      if (g.items.length === 1)
        return { edits: [{ offset: top.start, remove: top.end - top.start, insert: `(#PCDATA | ${name})*` }] };
      return { edits: [{ offset: closeAt, remove: 0, insert: ` | ${name}` }] };
    }
    const sibling = after ?? before;
    let item: ModelItem;
    let group: ModelGroup;
    if (sibling) {
      const hit = findName(top, sibling);
      if (!hit) return { problem: `${sibling} not found in the content model of ${decl.name}` };
      ({ item, group } = hit);
    } else {
      item = g.items.at(-1)!;
      group = g;
    }
    // Step out of choices that do not repeat: the new name must be allowed beside the chosen item.
    while (group.connector === '|' && !isRepeated(group.item)) {
      if (!group.parent) {
        const wrap = `${repeated ? '*' : '?'}`;
        return {
          edits: [
            { offset: top.start, remove: 0, insert: after || !sibling ? '(' : `(${name}${wrap}, ` },
            { offset: top.end, remove: 0, insert: after || !sibling ? `, ${name}${wrap})` : ')' },
          ],
        };
      }
      item = group.item!;
      group = group.parent;
    }
    const text = group.connector === '|' ? name : `${name}${repeated ? '*' : '?'}`;
    const sep = group.connector === '|' ? ' | ' : ', ';
    if (after || !sibling) return { edits: [{ offset: item.end, remove: 0, insert: `${sep}${text}` }] };
    return { edits: [{ offset: item.start, remove: 0, insert: `${text}${sep}` }] };
  }

  /** Declarations for a new element and what it contains (names the DTD declares are left alone). */
  private declare(parent: DtdDecl, name: string, content: InferredContent): TextEdit[] {
    const lines: string[] = [];
    const work: [string, InferredContent][] = [[name, content]];
    while (work.length > 0) {
      const [n, c] = work.shift()!;
      if (this.declared.has(n)) continue;
      this.declared.add(n);
      let model = '(#PCDATA)';
      if (c.children.length > 0) {
        model = c.text
          ? `(#PCDATA | ${c.children.map((ch) => ch.name).join(' | ')})*`
          : `(${c.children.map((ch) => `${ch.name}${ch.repeated ? (ch.optional ? '*' : '+') : ch.optional ? '?' : ''}`).join(', ')})`;
      }
      lines.push(`<!ELEMENT ${n} ${model}>`);
      if (c.attributes.length > 0)
        lines.push(`<!ATTLIST ${n} ${c.attributes.map((a) => `${a} CDATA #IMPLIED`).join(' ')}>`);
      for (const ch of c.children) work.push([ch.name, ch.content]);
    }
    if (lines.length === 0) return [];
    const eol = this.src.lines.eol;
    return [{ offset: this.declEnd(parent), remove: 0, insert: lines.map((l) => `${eol}${l}`).join('') }];
  }

  private addAttribute(owner: string, def: string): TextEdit {
    const list = this.src.attlist(owner);
    const eol = this.src.lines.eol;
    if (!list) {
      const el = this.src.element(owner)!;
      return { offset: this.declEnd(el), remove: 0, insert: `${eol}<!ATTLIST ${owner} ${def}>` };
    }
    let k = list.close - 1;
    while (k > list.bodyStart && /\s/.test(this.src.text[k]!)) k--;
    const multiLine = this.src.text.slice(list.start, list.close).includes('\n');
    return { offset: k + 1, remove: 0, insert: multiLine ? `${eol}${this.src.lines.indentAt(k)}${def}` : ` ${def}` };
  }

  /** Just after a declaration's `>` — and after an ATTLIST that directly follows it. */
  private declEnd(decl: DtdDecl): number {
    const list = decl.kind === 'ELEMENT' ? this.src.attlist(decl.name) : undefined;
    return list && list.start > decl.close && this.src.text.slice(decl.close + 1, list.start).trim() === ''
      ? list.close + 1
      : decl.close + 1;
  }
}

function isRepeated(item: ModelItem | undefined): boolean {
  return item !== undefined && (item.indicator === '*' || item.indicator === '+');
}
