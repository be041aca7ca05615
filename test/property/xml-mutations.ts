/**
 * Test helper: fast-check arbitraries for mutated documents. A case is a small valid base document
 * (2-3 records from the bench generators, so XSD `xs:all` shuffles, CDATA and escapes are all in
 * play) plus 1-3 structural mutations (drop, duplicate, reorder, retype, rename an element, add an
 * attribute, nest it deeply, give it a huge text node) and at most one raw mutation (truncate the
 * bytes, inject an entity reference, inject invalid UTF-8, or a DOCTYPE declaring entities).
 * Every case stays under ~400 KB so each validator run is bounded.
 */
import fc from 'fast-check';
import { kbDocument } from '../../bench/inputs/kb-record.js';
import { webappDocument } from '../../bench/inputs/webapp-record.js';
import type { RecordDocument } from '../../bench/inputs/write-record-file.js';
import { seededPrng } from '../../bench/lib/seeded-prng.js';
import { cloneDoc, elements, parseTree, serialize, type XmlDoc } from './xml-node-tree.js';

export type TreeMutation =
  | { k: 'drop'; at: number }
  | { k: 'duplicate'; at: number }
  | { k: 'swap'; at: number }
  | { k: 'retype'; at: number; value: string }
  | { k: 'rename'; at: number; name: string }
  | { k: 'attr'; at: number; name: string; value: string }
  | { k: 'nest'; at: number; depth: number }
  | { k: 'hugeText'; at: number; size: number };

export type RawMutation =
  | { k: 'none' }
  | { k: 'truncate'; frac: number }
  | { k: 'entity'; at: number; ref: string }
  | { k: 'badUtf8'; at: number; bytes: number[] }
  | { k: 'doctypeEntities'; variant: 'xxe' | 'laughs' | 'internal' };

export interface MutationCase {
  readonly base: 'xsd' | 'dtd';
  readonly seed: number;
  readonly records: number;
  readonly tree: TreeMutation[];
  readonly raw: RawMutation;
}

const MARK = '@@QSPEC_MARK@@';

export function baseDocument(kind: 'xsd' | 'dtd', seed: number, records: number): string {
  const doc: RecordDocument = kind === 'xsd' ? webappDocument : kbDocument;
  const r = seededPrng(seed);
  let xml = doc.head(1).replace('<count>0</count>', `<count>${records}</count>`);
  for (let i = 0; i < records; i++) xml += doc.record(r, i);
  return xml + doc.tail;
}

const RETYPE_VALUES = [
  '',
  'abc',
  '-1',
  '0',
  '99999999999999999999',
  '9223372036854775808',
  '1.5',
  ' 42 ',
  'true',
  'yes',
  '1',
  '2024-13-01T00:00:00Z',
  '2024-01-01',
  '2024-02-30T10:00:00Z',
  '2024-01-01T24:00:00Z',
  'ALL',
  'EXTERNAL',
  'NaN',
  '<&>',
];
const NAMES = ['unknownElement', 'id', 'name', 'WebApp', 'QID', 'count', 'list', 'VULN', 'TITLE', 'owner'];
const ATTRS: [string, string][] = [
  ['regex', 'maybe'],
  ['regex', 'true'],
  ['source', 'x'],
  ['foo', '1'],
  ['xsi:nil', 'true'],
  ['id', '7'],
];

const treeMutation: fc.Arbitrary<TreeMutation> = fc.oneof(
  fc.record({ k: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('retype' as const), at: fc.nat(), value: fc.constantFrom(...RETYPE_VALUES) }),
  fc.record({ k: fc.constant('rename' as const), at: fc.nat(), name: fc.constantFrom(...NAMES) }),
  fc.record({
    k: fc.constant('attr' as const),
    at: fc.nat(),
    name: fc.constantFrom(...ATTRS.map((a) => a[0])),
    value: fc.constantFrom(...ATTRS.map((a) => a[1])),
  }),
  fc.record({
    k: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 250, max: 300 })),
  }),
  fc.record({ k: fc.constant('hugeText' as const), at: fc.nat(), size: fc.integer({ min: 50_000, max: 300_000 }) }),
);

const rawMutation = fc.oneof(
  { weight: 4, arbitrary: fc.constant<RawMutation>({ k: 'none' }) },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('truncate' as const), frac: fc.double({ min: 0, max: 1, noNaN: true }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('entity' as const),
      at: fc.nat(),
      ref: fc.constantFrom('&undefinedEntity;', '&amp;', '&#0;', '&#xD800;', '&#x1F600;', '&lt', '&#65;', '&nbsp;'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('badUtf8' as const),
      at: fc.nat(),
      bytes: fc.constantFrom(
        [0xff],
        [0xc3, 0x28],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0xe2, 0x82],
        [0xc0, 0xaf],
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('doctypeEntities' as const),
      variant: fc.constantFrom('xxe' as const, 'laughs' as const, 'internal' as const),
    }),
  },
) as fc.Arbitrary<RawMutation>;

export const mutationCase = (base: 'xsd' | 'dtd'): fc.Arbitrary<MutationCase> =>
  fc.record({
    base: fc.constant(base),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    records: fc.integer({ min: 1, max: 3 }),
    tree: fc.array(treeMutation, { minLength: 0, maxLength: 3 }),
    raw: rawMutation,
  });

function applyTree(doc: XmlDoc, m: TreeMutation): void {
  const all = elements(doc);
  // Never the root itself: its name and presence are covered by the DOCTYPE / root rules.
  const { node, parent } = all[1 + (m.at % (all.length - 1))]!;
  const siblings = parent!.children;
  const i = siblings.indexOf(node);
  switch (m.k) {
    case 'drop':
      siblings.splice(i, 1);
      break;
    case 'duplicate':
      siblings.splice(i + 1, 0, structuredClone(node));
      break;
    case 'swap': {
      const j = siblings.findIndex((c, n) => n > i && typeof c !== 'string');
      if (j > i) [siblings[i], siblings[j]] = [siblings[j]!, siblings[i]!];
      break;
    }
    case 'retype':
      node.children = [m.value];
      break;
    case 'rename':
      node.name = m.name;
      break;
    case 'attr':
      node.attrs[m.name] = m.value;
      break;
    case 'nest': {
      let inner = node.children;
      for (let d = 0; d < m.depth; d++) {
        const deeper = { name: 'deep', attrs: {}, children: inner };
        inner = [deeper];
      }
      node.children = inner;
      break;
    }
    case 'hugeText':
      node.children = ['x'.repeat(m.size)];
      break;
  }
}

/** The bytes of a case (a string when it is valid UTF-8 by construction). */
export function renderCase(c: MutationCase): string | Uint8Array {
  const doc = cloneDoc(parseTree(baseDocument(c.base, c.seed, c.records)));
  for (const m of c.tree) applyTree(doc, m);
  const raw = c.raw;
  if (raw.k === 'entity' || raw.k === 'badUtf8') {
    const texts = elements(doc).filter((e) => e.node.children.length === 0 || typeof e.node.children[0] === 'string');
    const target = texts[raw.at % texts.length]!.node;
    target.children = [`${typeof target.children[0] === 'string' ? target.children[0] : ''}${MARK}`];
  }
  if (raw.k === 'doctypeEntities') {
    const decl =
      raw.variant === 'xxe'
        ? '<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        : raw.variant === 'laughs'
          ? '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
          : '<!ENTITY company "Qualys">';
    doc.prolog = `<?xml version="1.0"?>\n<!DOCTYPE ${doc.root.name} [${decl}]>\n`;
    const first = elements(doc).find((e) => e.node.children.length === 1 && typeof e.node.children[0] === 'string');
    if (first) first.node.children = [MARK];
  }
  const xml = serialize(doc);
  switch (raw.k) {
    case 'none':
      return xml;
    case 'truncate': {
      const bytes = new TextEncoder().encode(xml);
      return bytes.subarray(0, Math.floor(bytes.length * raw.frac));
    }
    case 'entity':
      return xml.replace(MARK, raw.ref);
    case 'doctypeEntities':
      return xml.replace(MARK, raw.variant === 'xxe' ? '&xxe;' : raw.variant === 'laughs' ? '&c;' : '&company;');
    case 'badUtf8': {
      const [before, after] = xml.split(MARK) as [string, string];
      const enc = new TextEncoder();
      return Uint8Array.from([...enc.encode(before), ...raw.bytes, ...enc.encode(after)]);
    }
  }
}

export function describeCase(c: MutationCase): string {
  return JSON.stringify(c);
}
