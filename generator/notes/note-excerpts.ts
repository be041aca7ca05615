/**
 * Schema excerpts and sample payloads in a release note, reduced to parent → child element
 * names so the note can be checked against itself: an XSD excerpt's `<xs:complexType name="X">`
 * with its `<xs:element name="...">` children, a DTD excerpt's `<!ELEMENT X (a, b?, c*)>`, and
 * the element nesting of the XML samples (read leniently: OCR-damaged tags are skipped).
 *
 * @see XSD 1.1 Part 1 §3.4, XML 1.0 §3.2 (what the excerpts declare)
 */
import type { NoteText } from './note-text.js';

export interface ExcerptType {
  readonly name: string;
  readonly children: readonly string[];
  readonly line: number;
  readonly source: 'xsd' | 'dtd';
}

export function findExcerptTypes(note: NoteText): ExcerptType[] {
  const out: ExcerptType[] = [];
  let current: { name: string; children: string[]; line: number } | undefined;
  note.lines.forEach((line, i) => {
    const open = /<(?:xs:)?complexType\s+name="([^"]+)"/.exec(line);
    if (open) {
      current = { name: open[1]!, children: [], line: i + 1 };
      return;
    }
    if (current) {
      const el = /<(?:xs:)?element\s+name="([^"]+)"/.exec(line);
      if (el) current.children.push(el[1]!);
      if (/<\/(?:xs:)?complexType>/.test(line)) {
        out.push({ ...current, source: 'xsd' });
        current = undefined;
      }
    }
  });
  const text = note.lines.join('\n');
  let line = 1;
  let counted = 0;
  for (const m of dtdElementDecls(text)) {
    const children = m.content
      .split(/[,|]/)
      .map((c) => c.replace(/[()*+?\s]/g, ''))
      .filter((c) => c !== '' && c !== '#PCDATA');
    for (; counted < m.index; counted++) if (text.charCodeAt(counted) === 0x0a) line += 1;
    out.push({ name: m.name, children, line, source: 'dtd' });
  }
  return out;
}

/**
 * The matches of `/<!ELEMENT\s+([A-Za-z_][\w.-]*)\s+\(([^>]*)\)[*+?]?\s*>/g`, found without
 * re-scanning: the declaration ends at the first `>` after its `(`, and the content model at the
 * last `)` before that `>` (the `[^>]*` cannot pass a `>`; only `[*+?]?\s*` may follow the `)`).
 */
function dtdElementDecls(text: string): { index: number; name: string; content: string }[] {
  const out: { index: number; name: string; content: string }[] = [];
  const head = /<!ELEMENT\s+([A-Za-z_][\w.-]*)\s+\(/g;
  const closeOf = new Map<number, number>();
  let gt = -1;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const from = head.lastIndex;
    if (gt < from) gt = text.indexOf('>', from);
    if (gt < 0) break;
    let close = closeOf.get(gt);
    if (close === undefined) {
      // the first head before this `>` scans back only to its own `(`: each character once
      close = gt - 1;
      while (close >= from && text.charCodeAt(close) !== 0x29) close -= 1;
      if (close < from || !/^[*+?]?\s*$/.test(text.slice(close + 1, gt))) close = -1;
      closeOf.set(gt, close);
    }
    if (close < from) {
      head.lastIndex = m.index + 1;
      continue;
    }
    out.push({ index: m.index, name: m[1]!, content: text.slice(from, close) });
    head.lastIndex = gt + 1;
  }
  return out;
}

const SCHEMA_WORDS = new Set([
  'element',
  'sequence',
  'all',
  'choice',
  'extension',
  'complexContent',
  'complexType',
  'schema',
  'attribute',
]);

/** Element name → names of the children it has anywhere in the note's XML samples. */
export function sampleChildren(note: NoteText): Map<string, { children: Set<string>; line: number }> {
  const out = new Map<string, { children: Set<string>; line: number }>();
  const stack: string[] = [];
  note.lines.forEach((line, i) => {
    if (/<\?xml/.test(line)) stack.length = 0;
    for (const m of line.matchAll(/<(\/?)([A-Za-z_][\w.-]*)(\s[^<>]*)?(\/?)>/g)) {
      const [, close, name] = m;
      // the attribute group also takes a `/` before `>`: `<DAILY days="1" />` closes itself too
      const selfClose = m[0].endsWith('/>');
      if (name!.includes(':') || SCHEMA_WORDS.has(name!)) continue;
      if (close) {
        const at = stack.lastIndexOf(name!);
        if (at >= 0) stack.length = at;
        continue;
      }
      const parent = stack[stack.length - 1];
      if (parent && parent !== name) {
        const entry = out.get(parent) ?? { children: new Set<string>(), line: i + 1 };
        entry.children.add(name!);
        out.set(parent, entry);
      }
      if (!selfClose) stack.push(name!);
    }
  });
  return out;
}
