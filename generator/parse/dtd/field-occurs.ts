/**
 * Aggregated occurrence of each child element across an element-content model, for the flat
 * `fields` view of the IR: one entry per distinct child name, in order of first appearance.
 *
 * The count of a name in a valid instance is computed exactly: a sequence adds its items, a
 * choice takes the least/greatest alternative, a group's `? * +` multiplies. So the minimum is 0
 * when the name is optional anywhere on its path or sits in a choice with an alternative without
 * it; the maximum becomes `unbounded` as soon as the name can occur more than once (its own or an
 * ancestor's `*`/`+`, or two appearances): such a field is an array.
 *
 * @see XML 1.0 (Fifth Edition) §3.2.1 (element content), IR `IrField.occurs`
 */
import type { IrOccurs } from '../../ir/ir-types.js';
import type { DtdParticle } from './dtd-declarations.js';
import type { DtdPosition } from './dtd-diagnostics.js';

interface Count {
  readonly min: number;
  readonly max: number;
}

export interface ChildOccurrence {
  readonly name: string;
  readonly occurs: IrOccurs;
  /** Position of the first appearance of the name in the content model. */
  readonly at: DtdPosition;
}

/** One entry per distinct child element name in `particle`, in order of first appearance. */
export function fieldOccurs(particle: DtdParticle): ChildOccurrence[] {
  const firsts = new Map<string, DtdPosition>();
  collectNames(particle, firsts);
  return [...firsts].map(([name, at]) => {
    const c = count(particle, name);
    return { name, occurs: { min: c.min, max: c.max > 1 ? 'unbounded' : c.max }, at };
  });
}

function collectNames(p: DtdParticle, out: Map<string, DtdPosition>): void {
  if (p.kind === 'name') {
    if (!out.has(p.name)) out.set(p.name, p.at);
    return;
  }
  for (const item of p.items) collectNames(item, out);
}

function count(p: DtdParticle, name: string): Count {
  let inner: Count;
  if (p.kind === 'name') {
    if (p.name !== name) return { min: 0, max: 0 };
    inner = { min: 1, max: 1 };
  } else if (p.kind === 'sequence') {
    inner = p.items.map((i) => count(i, name)).reduce((a, b) => ({ min: a.min + b.min, max: a.max + b.max }));
  } else {
    const counts = p.items.map((i) => count(i, name));
    inner = { min: Math.min(...counts.map((c) => c.min)), max: Math.max(...counts.map((c) => c.max)) };
  }
  const occMax = p.occurs.max === 'unbounded' ? Number.POSITIVE_INFINITY : p.occurs.max;
  return { min: inner.min * p.occurs.min, max: multiply(inner.max, occMax) };
}

/** Product where 0 wins over infinity (a name that cannot occur stays at 0). */
function multiply(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}
