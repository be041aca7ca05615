/**
 * What a complex type does with its resolved attribute uses: merges a derived type's uses over
 * its base's, and turns them into IR fields (min 1 if use="required" else 0, max 1; default/fixed
 * kept; an attribute whose name collides with an element field, or with the text field `value`,
 * gets `Attr` appended).
 *
 * @see XSD 1.1 Part 1 §3.5 (Attribute uses), §3.4.2.2 and §3.4.2.3 (attribute uses of derived types)
 */
import { localOfExpanded } from '../../../runtime/xml/xml-namespaces.js';
import type { IrField } from '../../ir/ir-types.js';
import type { AttributeDecl } from './xsd-components.js';

/**
 * A derived type's attribute uses: the base's, with own uses replacing same-named ones in place
 * and new ones appended; in a restriction, use="prohibited" removes the base attribute.
 */
export function mergeAttributes(
  base: readonly AttributeDecl[],
  own: readonly AttributeDecl[],
  derivation: 'extension' | 'restriction',
): AttributeDecl[] {
  const out = [...base];
  for (const a of own) {
    const i = out.findIndex((b) => b.name === a.name);
    if (a.prohibited) {
      if (derivation === 'restriction' && i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = a;
    else out.push(a);
  }
  return out;
}

/** The record property of an attribute: its local name, `Attr` appended on a clash (then `_2`, ...). */
function propertyName(expanded: string, taken: Set<string>): string {
  const local = localOfExpanded(expanded);
  let name = taken.has(local) ? `${local}Attr` : local;
  for (let n = 2; taken.has(name); n++) name = `${local}Attr_${n}`;
  taken.add(name);
  return name;
}

/** IR fields for attribute uses; `taken` holds element field names (and `value` with text). */
export function attributeFields(attrs: readonly AttributeDecl[], taken: ReadonlySet<string>): IrField[] {
  const names = new Set(taken);
  return attrs
    .filter((a) => !a.prohibited)
    .map((a) => ({
      name: propertyName(a.name, names),
      xml: { local: a.name, node: 'attribute' as const },
      type: a.type,
      occurs: { min: a.required ? 1 : 0, max: 1 },
      nillable: false,
      ...(a.default !== undefined ? { default: a.default } : {}),
      ...(a.fixed !== undefined ? { fixed: a.fixed } : {}),
      ...(a.doc !== undefined ? { doc: a.doc } : {}),
      origin: a.origin,
    }));
}
