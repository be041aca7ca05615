/**
 * Element particles that keep their own declaration. A content model may declare one element name
 * twice (`<a fixed="x"/><a fixed="y"/>`, or a base type's `a default="foo"` followed by an
 * extension's `a fixed="goo"`): Element Declarations Consistent asks only for the same type, so
 * the two may differ in nillable and value constraint. The flat field view keeps the first
 * declaration of each name; a local element particle is read with its own declaration
 * (`particleDecl`), and the type's IR keeps it only on the particles where it differs from
 * their field's (`differingDecls`), so a content model without such a pair is unchanged.
 *
 * A ref to a global element carries no declaration of its own here: it takes its field's.
 *
 * @see XSD 1.0 Part 1 §3.8.6 (Element Declarations Consistent), §3.3.4 (cvc-elt 3 and 5: xsi:nil
 *      and the value constraint come from the declaration the particle names)
 */
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrField, IrParticle, IrParticleDecl } from '../../ir/ir-types.js';

/** The part of a local element declaration a particle keeps. */
export function particleDecl(d: {
  readonly nillable: boolean;
  readonly default?: string;
  readonly fixed?: string;
  readonly origin: IrOrigin;
}): IrParticleDecl {
  return {
    nillable: d.nillable,
    ...(d.default !== undefined ? { default: d.default } : {}),
    ...(d.fixed !== undefined ? { fixed: d.fixed } : {}),
    origin: d.origin,
  };
}

/** `particle` with a particle's `decl` kept only where it differs from its field's (element fields by name). */
export function differingDecls(particle: IrParticle | null, fields: readonly IrField[]): IrParticle | null {
  if (particle === null) return null;
  const byName = new Map<string, IrField>();
  for (const f of fields) if (f.xml.node === 'element' && !byName.has(f.xml.local)) byName.set(f.xml.local, f);
  return strip(particle, byName);
}

function strip(p: IrParticle, fields: ReadonlyMap<string, IrField>): IrParticle {
  if (p.kind === 'any') return p;
  if (p.kind === 'element') {
    if (p.decl === undefined) return p;
    const f = fields.get(p.name);
    const d = p.decl;
    if (f !== undefined && (d.nillable !== f.nillable || d.default !== f.default || d.fixed !== f.fixed)) return p;
    return { kind: 'element', name: p.name, occurs: p.occurs };
  }
  return { ...p, items: p.items.map((i) => strip(i, fields)) };
}
