/**
 * The flat field view of a content model: one field per distinct child element name (expanded
 * name in `xml.local`, the local name as the record property), in order of first appearance,
 * with its occurrence aggregated over the whole particle tree.
 *
 * Cardinality is computed exactly: a sequence/all sums its children, a choice takes the minimum
 * and maximum over its alternatives (absent in one alternative → min 0), and a particle's own
 * occurrence multiplies. The minimum is that exact value. The maximum is kept when it is 0/1 or
 * equals a maxOccurs declared on one of the element's own particles (e.g. `maxOccurs="7"`);
 * when repetition comes from elsewhere (a repeating ancestor compositor, or the name appearing
 * twice) it becomes 'unbounded', so every field that can repeat is an array.
 *
 * @see XSD 1.1 Part 1 §3.8.6 (Element Declarations Consistent), §3.9.6 (effective total range)
 */
import { localOfExpanded } from '../../../runtime/xml/xml-namespaces.js';
import type { IrField, IrOccurs, IrParticle } from '../../ir/ir-types.js';
import type { ElementDecl } from './xsd-components.js';

type Max = number | 'unbounded';
type Ranges = Map<string, { min: number; max: Max }>;

export function fieldsFromParticle(particle: IrParticle | null, decls: ReadonlyMap<string, ElementDecl>): IrField[] {
  if (particle === null) return [];
  const declaredMax = new Map<string, Set<Max>>();
  const order: string[] = [];
  collect(particle, declaredMax, order);
  const ranges = rangesOf(particle);
  const tsNames = new Set<string>();
  return order.map((name) => {
    const decl = decls.get(name);
    if (decl === undefined) throw new Error(`no declaration recorded for element particle "${name}"`);
    const r = ranges.get(name) ?? { min: 0, max: 0 };
    const keep = r.max === 0 || r.max === 1 || declaredMax.get(name)?.has(r.max) === true;
    const occurs: IrOccurs = { min: r.min, max: keep ? r.max : 'unbounded' };
    return {
      name: propertyName(name, tsNames),
      xml: { local: name, node: 'element' },
      type: decl.type,
      occurs,
      nillable: decl.nillable,
      ...(decl.default !== undefined ? { default: decl.default } : {}),
      ...(decl.fixed !== undefined ? { fixed: decl.fixed } : {}),
      ...(decl.block !== undefined ? { block: decl.block } : {}),
      ...(decl.identity !== undefined ? { identity: decl.identity } : {}),
      ...(decl.doc !== undefined ? { doc: decl.doc } : {}),
      origin: decl.origin,
    };
  });
}

/**
 * The record property of an element field: its local name (a namespace never shows in records);
 * a second field with the same local name in another namespace gets `_2`, `_3`, ...
 */
function propertyName(expanded: string, taken: Set<string>): string {
  const local = localOfExpanded(expanded);
  let name = local;
  for (let n = 2; taken.has(name); n++) name = `${local}_${n}`;
  taken.add(name);
  return name;
}

function collect(p: IrParticle, declaredMax: Map<string, Set<Max>>, order: string[]): void {
  if (p.kind === 'any') return;
  if (p.kind === 'element') {
    const set = declaredMax.get(p.name);
    if (set === undefined) {
      order.push(p.name);
      declaredMax.set(p.name, new Set([p.occurs.max]));
    } else set.add(p.occurs.max);
    return;
  }
  for (const item of p.items) collect(item, declaredMax, order);
}

function rangesOf(p: IrParticle): Ranges {
  if (p.kind === 'any') return new Map();
  if (p.kind === 'element') return new Map([[p.name, { ...p.occurs }]]);
  const parts = p.items.map(rangesOf);
  const combined: Ranges = new Map();
  if (p.kind === 'choice') {
    const names = new Set(parts.flatMap((r) => [...r.keys()]));
    for (const name of names) {
      let min = Number.POSITIVE_INFINITY;
      let max: Max = 0;
      for (const r of parts) {
        const x = r.get(name) ?? { min: 0, max: 0 };
        min = Math.min(min, x.min);
        max = maxOf(max, x.max);
      }
      combined.set(name, { min: parts.length === 0 ? 0 : min, max });
    }
  } else {
    for (const r of parts) {
      for (const [name, x] of r) {
        const acc = combined.get(name);
        combined.set(name, acc ? { min: acc.min + x.min, max: add(acc.max, x.max) } : { ...x });
      }
    }
  }
  for (const [name, x] of combined) {
    combined.set(name, { min: x.min * p.occurs.min, max: mul(x.max, p.occurs.max) });
  }
  return combined;
}

function maxOf(a: Max, b: Max): Max {
  return a === 'unbounded' || b === 'unbounded' ? 'unbounded' : Math.max(a, b);
}

function add(a: Max, b: Max): Max {
  return a === 'unbounded' || b === 'unbounded' ? 'unbounded' : a + b;
}

function mul(a: Max, b: Max): Max {
  if (a === 0 || b === 0) return 0;
  return a === 'unbounded' || b === 'unbounded' ? 'unbounded' : a * b;
}
