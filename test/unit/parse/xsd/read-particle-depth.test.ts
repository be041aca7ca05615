/**
 * The nesting limit as read-particle.ts counts it (generator/parse/input-limits.ts
 * MAX_NESTING_DEPTH = 100 levels, counting elements, compositors, types, group and element refs
 * and derivation steps): every compositor and local element of a content model is one level, an
 * element ref and the global declaration it names are one level together. A chain of global
 * elements, each holding a sequence, a local element, its type, a sequence and a ref to the next,
 * loads 17 deep and is refused 18 deep, with the whole `XsdTooDeep` diagnostic.
 *
 * @see docs/security.md (input limits), XSD 1.0 Part 1 §3.8 (Model groups), §3.9 (Particles)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

/** Global elements e1..en, e{i} holding a local element whose content refers to e{i+1}. */
function chain(n: number): string {
  const lines: string[] = [];
  for (let i = 1; i < n; i++) {
    lines.push(
      `<xs:element name="e${i}"><xs:complexType><xs:sequence><xs:element name="l"><xs:complexType><xs:sequence>` +
        `<xs:element ref="e${i + 1}"/></xs:sequence></xs:complexType></xs:element></xs:sequence></xs:complexType></xs:element>`,
    );
  }
  lines.push(`<xs:element name="e${n}" type="xs:string"/>`);
  return lines.join('\n');
}

describe('readParticle: nesting levels', () => {
  it('loads a chain 17 elements deep', () => {
    expect(parseSnippet(chain(17)).roots).toHaveLength(17);
  });

  it('refuses the same chain 18 elements deep, inside the deepest element', () => {
    expect(diagnosticOf(() => parseSnippet(chain(18)))).toEqual({
      code: 'XsdTooDeep',
      severity: 'error',
      message:
        'content nests more than 100 levels deep (counting elements, compositors, types, group and element refs, and derivation steps); qspec refuses deeper schemas',
      location: { file: 'test/t.xsd', line: 19, column: 74 },
    });
  });
});
