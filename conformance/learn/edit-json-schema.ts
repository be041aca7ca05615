/**
 * Turns proposals into minimal text edits of a JSON Schema file: a new property appended to the
 * object schema's `properties` (its schema from the values seen), a value appended to an `enum`,
 * a name taken out of `required`. The file is read with the `yaml` package (JSON is YAML flow
 * syntax) only to learn the offsets of its nodes; the text itself is edited in place, so key order,
 * spacing and line breaks stay as written. The anchor's IR origin is the start of the schema node
 * it names (as generator/parse/json-schema/ records it).
 *
 * @see docs/decisions/0008-learn-and-impact.md
 */
import { isMap, isPair, isScalar, isSeq, type Node, parseDocument, visit, type YAMLMap } from 'yaml';
import type { EditResult } from './edit-xsd.js';
import { anchorOrigin, type LearnProposal } from './learn-proposal.js';
import type { LineIndex, TextEdit } from './text-edit.js';

export class JsonSchemaEditor {
  private readonly starts = new Map<number, Node>();

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    const doc = parseDocument(text);
    visit(doc, {
      Map: (_k, n) => this.note(n),
      Seq: (_k, n) => this.note(n),
      Scalar: (_k, n) => this.note(n),
    });
  }

  edits(p: LearnProposal): EditResult {
    const c = p.change;
    const o = anchorOrigin(p.anchor);
    const node = this.starts.get(this.lines.offset(o.line, o.column));
    if (!node || !isMap(node)) return { problem: `no schema object at line ${o.line}` };
    switch (c.kind) {
      case 'add-element': {
        const props = this.child(node, 'properties');
        const last = isMap(props) ? props.items.at(-1) : undefined;
        const end = last && isPair(last) ? (last.value as Node | null)?.range?.[1] : undefined;
        const key = last && isPair(last) ? (last.key as Node | null)?.range?.[0] : undefined;
        if (end === undefined || key === undefined)
          return { problem: `${p.path}: no "properties" entries to add ${c.name} beside` };
        const indent = this.lines.indentAt(key);
        const multiLine = this.text.slice((props as Node).range![0], end).includes('\n');
        const sep = multiLine ? `,${this.lines.eol}${indent}` : ', ';
        return { edits: [{ offset: end, remove: 0, insert: `${sep}${JSON.stringify(c.name)}: ${c.json ?? '{}'}` }] };
      }
      case 'add-enum-value': {
        const values = this.child(node, 'enum');
        const last = isSeq(values) ? (values.items.at(-1) as Node | undefined) : undefined;
        const end = last?.range?.[1];
        if (end === undefined) return { problem: `${p.path}: no "enum" to extend` };
        return { edits: [{ offset: end, remove: 0, insert: c.values.map((v) => `, ${JSON.stringify(v)}`).join('') }] };
      }
      case 'relax-min': {
        const req = this.child(node, 'required');
        if (!isSeq(req)) return { problem: `${p.path}: no "required" list` };
        const items = req.items as Node[];
        const i = items.findIndex((n) => isScalar(n) && n.value === c.field.name);
        if (i < 0) return { problem: `${p.path}: ${c.field.name} is not in "required"` };
        const at = items[i]!.range!;
        const edit: TextEdit =
          i + 1 < items.length
            ? { offset: at[0], remove: items[i + 1]!.range![0] - at[0], insert: '' }
            : i > 0
              ? { offset: items[i - 1]!.range![1], remove: at[1] - items[i - 1]!.range![1], insert: '' }
              : { offset: at[0], remove: at[1] - at[0], insert: '' };
        return { edits: [edit] };
      }
      default:
        return { problem: `${p.path}: ${c.kind} is not edited in JSON Schema files yet` };
    }
  }

  private note(n: Node): void {
    const s = n.range?.[0];
    if (s !== undefined && !this.starts.has(s)) this.starts.set(s, n);
  }

  private child(map: YAMLMap, key: string): unknown {
    for (const it of map.items) if (isScalar(it.key) && it.key.value === key) return it.value;
    return undefined;
  }
}
