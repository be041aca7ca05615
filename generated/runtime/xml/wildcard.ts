// Copied by qspec from runtime/xml/wildcard.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Whether a wildcard (xs:any, xs:anyAttribute) allows a name: its namespace constraint tested on
 * the name's namespace (the expanded-name strings of xml-namespaces.ts).
 *
 * @see XSD 1.0 Part 1 §3.10.4 (Wildcard allows Namespace Name)
 */
import type { WildcardNamespaces } from '../schema-model.js';
import { namespaceOfExpanded } from './xml-namespaces.js';

/** `ns` absent is ##any; `not` excludes its namespace and no namespace; `in` lists ('' = no namespace). */
export function wildcardAllows(ns: WildcardNamespaces | undefined, name: string): boolean {
  if (ns === undefined) return true;
  const uri = namespaceOfExpanded(name);
  if ('not' in ns) return uri !== '' && uri !== ns.not;
  return ns.in.includes(uri);
}
