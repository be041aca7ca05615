/**
 * Reads a particle's `minOccurs`/`maxOccurs` (both default to 1; `maxOccurs="unbounded"`).
 * Rejects non-integers and min > max with `XsdInvalid`.
 *
 * @see XSD 1.1 Part 1 §3.9.2 (XML representation of particles)
 */
import type { IrOccurs } from '../../ir/ir-types.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type XsdNode } from './xsd-node.js';

export function readOccurs(node: XsdNode): IrOccurs {
  const minRaw = attr(node, 'minOccurs')?.trim() ?? '1';
  const maxRaw = attr(node, 'maxOccurs')?.trim() ?? '1';
  if (!/^\d+$/.test(minRaw)) xsdFail('XsdInvalid', `minOccurs="${minRaw}" is not a non-negative integer`, node);
  const min = Number(minRaw);
  if (maxRaw === 'unbounded') return { min, max: 'unbounded' };
  if (!/^\d+$/.test(maxRaw)) {
    xsdFail('XsdInvalid', `maxOccurs="${maxRaw}" is not a non-negative integer or "unbounded"`, node);
  }
  const max = Number(maxRaw);
  if (min > max) xsdFail('XsdInvalid', `minOccurs (${min}) is greater than maxOccurs (${max})`, node);
  return { min, max };
}
