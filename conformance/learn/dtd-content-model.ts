/**
 * A DTD content model (`(a, (b | c)*, d?)`) as a tree of groups and items with the text offsets of
 * each, parsed from the located tokens of an `<!ELEMENT>` declaration. The DTD editor uses it to
 * place a new name in the right group with the right connector and to change one occurrence
 * indicator.
 *
 * @see XML 1.0 (Fifth Edition) §3.2.1 (element content), §3.2.2 (mixed content)
 */
import type { ModelToken } from './located-dtd.js';

export interface ModelItem {
  /** A name, or a nested group. */
  readonly name?: string;
  readonly group?: ModelGroup;
  /** Offset of the name or of the group's `(`. */
  readonly start: number;
  /** Offset just after the name or `)`, before any indicator. */
  readonly bodyEnd: number;
  /** `?`, `*`, `+` or ''. */
  readonly indicator: string;
  /** Offset just after the indicator. */
  readonly end: number;
}

export interface ModelGroup {
  readonly connector: ',' | '|' | undefined;
  readonly items: ModelItem[];
  readonly parent: ModelGroup | undefined;
  /** This group as an item of its parent (undefined for the top group). */
  item?: ModelItem;
}

/** Parses `( … )indicator`; undefined for EMPTY, ANY, or a model this parser does not follow. */
export function parseContentModel(tokens: readonly ModelToken[]): ModelItem | undefined {
  let i = 0;
  const group = (parent: ModelGroup | undefined): ModelItem | undefined => {
    const open = tokens[i];
    if (open?.text !== '(') return undefined;
    i++;
    const g: ModelGroup = { connector: undefined, items: [], parent };
    let connector: ',' | '|' | undefined;
    for (;;) {
      const t = tokens[i];
      if (!t) return undefined;
      let item: ModelItem | undefined;
      if (t.text === '(') item = group(g);
      else if (/^[A-Za-z_:#]/.test(t.text)) {
        i++;
        item = withIndicator(t.text, undefined, t.offset, t.offset + t.text.length);
      }
      if (!item) return undefined;
      g.items.push(item);
      const next = tokens[i];
      if (next?.text === ',' || next?.text === '|') {
        connector = next.text;
        i++;
        continue;
      }
      if (next?.text === ')') {
        i++;
        break;
      }
      return undefined;
    }
    const closed = tokens[i - 1]!;
    const full: ModelGroup = { ...g, connector };
    for (const it of full.items) if (it.group) (it.group as { parent: ModelGroup | undefined }).parent = full;
    const item = withIndicator(undefined, full, open.offset, closed.offset + 1);
    full.item = item;
    return item;
  };
  const withIndicator = (
    name: string | undefined,
    g: ModelGroup | undefined,
    start: number,
    bodyEnd: number,
  ): ModelItem => {
    const t = tokens[i];
    const indicator = t && (t.text === '?' || t.text === '*' || t.text === '+') ? t.text : '';
    if (indicator) i++;
    return {
      ...(name ? { name } : {}),
      ...(g ? { group: g } : {}),
      start,
      bodyEnd,
      indicator,
      end: bodyEnd + indicator.length,
    };
  };
  const top = group(undefined);
  return top && i === tokens.length ? top : undefined;
}

/** The item naming `name` (first occurrence, depth first) and the group holding it. */
export function findName(top: ModelItem, name: string): { item: ModelItem; group: ModelGroup } | undefined {
  const work: ModelGroup[] = top.group ? [top.group] : [];
  while (work.length > 0) {
    const g = work.shift()!;
    for (const it of g.items) {
      if (it.name === name) return { item: it, group: g };
      if (it.group) work.push(it.group);
    }
  }
  return undefined;
}
