/**
 * The values of the attributes that control derivation and substitution, as the schema for
 * schemas types them, each `XsdInvalid` at the element carrying it:
 * - `abstract` (xs:element, xs:complexType) is an xs:boolean;
 * - `final`, `block`, `finalDefault`, `blockDefault` are `#all` alone or a list of the methods the
 *   element may name: extension and restriction on complex types and elements (`block` of an
 *   element and `blockDefault` also substitution), list, union and restriction on simple types
 *   (`finalDefault` also extension);
 * - a local element declaration has no `abstract`, `final` or `substitutionGroup`, a local
 *   (anonymous) complex type no `abstract`, `final` or `block`, a local simple type no `final`.
 *
 * @see XSD 1.0 Part 1 §3.3.2 and §3.4.2 (XML representations), Appendix A (schema for schemas:
 *      derivationSet, blockSet, fullDerivationSet, simpleDerivationSet, localElement,
 *      localComplexType, localSimpleType); Part 2 §3.2.2 (boolean)
 */
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, type XsdNode } from './xsd-node.js';

const COMPLEX = ['extension', 'restriction'];
const BLOCK = ['extension', 'restriction', 'substitution'];
const SIMPLE = ['list', 'union', 'restriction'];
const FULL = ['extension', 'restriction', 'list', 'union'];
const BOOLEAN: ReadonlySet<string> = new Set(['true', 'false', '1', '0']);

/** What each element may say: attribute → the methods its list may name; `abstract` → boolean. */
const ALLOWED: Readonly<Record<string, Readonly<Record<string, readonly string[] | 'boolean'>>>> = {
  schema: { blockDefault: BLOCK, finalDefault: FULL },
  element: { abstract: 'boolean', final: COMPLEX, block: BLOCK },
  complexType: { abstract: 'boolean', final: COMPLEX, block: COMPLEX },
  simpleType: { final: SIMPLE },
};
/** Attributes a local declaration or an anonymous type must not have. */
const NOT_LOCAL: Readonly<Record<string, readonly string[]>> = {
  element: ['abstract', 'final', 'substitutionGroup'],
  complexType: ['abstract', 'final', 'block'],
  simpleType: ['final'],
};

/** Checks `node`'s derivation controls; `top` when it is a child of xs:schema (or xs:redefine). */
export function checkDerivationControls(node: XsdNode, top: boolean): void {
  const local = node.el.local;
  // Own keys only: an element named like an Object.prototype member (xs:constructor) is not in the table.
  const allowed = Object.hasOwn(ALLOWED, local) ? ALLOWED[local] : undefined;
  if (allowed === undefined) return;
  if (!top && local !== 'schema') {
    for (const name of NOT_LOCAL[local] ?? []) {
      if (attr(node, name) !== undefined) {
        const what = local === 'element' ? 'a local xs:element' : `an anonymous ${tagOf(node)}`;
        xsdFail('XsdInvalid', `${what} cannot have ${name}= (only a top-level one can)`, node);
      }
    }
  }
  for (const [name, values] of Object.entries(allowed)) {
    const value = attr(node, name);
    if (value === undefined) continue;
    if (values === 'boolean') {
      if (!BOOLEAN.has(value.trim())) xsdFail('XsdInvalid', `${name}="${value}" is not a boolean`, node);
      continue;
    }
    const tokens = value
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
    const ok = tokens.length === 1 && tokens[0] === '#all' ? true : tokens.every((t) => values.includes(t));
    if (!ok) {
      xsdFail(
        'XsdInvalid',
        `${name}="${value}" on ${tagOf(node)} must be #all or a list of ${values.join(', ')}`,
        node,
      );
    }
  }
}
