/**
 * Wildcards (xs:any, xs:anyAttribute): the `namespace` attribute read into a namespace
 * constraint (`##any` → none; `##other` → not the target namespace nor no namespace; a list of
 * URIs, `##targetNamespace` and `##local`), `processContents`, and the union and intersection of
 * attribute wildcards that attribute groups and extension combine.
 *
 * @see XSD 1.0 Part 1 §3.10.2 (XML representation), §3.10.6 (Wildcard Subset, Attribute Wildcard
 *      Union, Attribute Wildcard Intersection), §3.4.2 (complete wildcard)
 */
import type { WildcardNamespaces, WildcardProcess } from '../../../runtime/schema-model.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type XsdNode } from './xsd-node.js';

/** An attribute wildcard: its namespace constraint (undefined: any) and processContents. */
export interface AttributeWildcard {
  readonly namespaces: WildcardNamespaces | undefined;
  readonly process: WildcardProcess;
}

/** The namespace constraint of the wildcard at `node` (undefined: ##any). */
export function readNamespaces(node: XsdNode): WildcardNamespaces | undefined {
  const value = attr(node, 'namespace')?.trim() ?? '##any';
  const tokens = value === '' ? [] : value.split(/\s+/);
  if (tokens.length === 1 && tokens[0] === '##any') return undefined;
  if (tokens.length === 1 && tokens[0] === '##other') return { not: node.doc.targetNamespace };
  const uris: string[] = [];
  for (const t of tokens) {
    let uri = t;
    if (t === '##targetNamespace') uri = node.doc.targetNamespace;
    else if (t === '##local') uri = '';
    else if (t.startsWith('##')) {
      xsdFail('XsdInvalid', `namespace="${value}": "${t}" is not ##any, ##other, ##targetNamespace or ##local`, node);
    }
    if (!uris.includes(uri)) uris.push(uri);
  }
  return { in: uris };
}

/** processContents of the wildcard at `node` (default strict). */
export function readProcess(node: XsdNode): WildcardProcess {
  const process = attr(node, 'processContents')?.trim() ?? 'strict';
  if (process !== 'lax' && process !== 'strict' && process !== 'skip') {
    xsdFail('XsdInvalid', `processContents="${process}" must be lax, strict or skip`, node);
  }
  return process;
}

/** The attribute wildcard at an xs:anyAttribute node. */
export function readAttributeWildcard(node: XsdNode): AttributeWildcard {
  return { namespaces: readNamespaces(node), process: readProcess(node) };
}

/** Attribute Wildcard Intersection (§3.10.6); undefined when it is not expressible. */
export function intersectNamespaces(
  a: WildcardNamespaces | undefined,
  b: WildcardNamespaces | undefined,
): WildcardNamespaces | undefined | 'inexpressible' {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if ('in' in a && 'in' in b) return { in: a.in.filter((u) => b.in.includes(u)) };
  if ('not' in a && 'not' in b) {
    if (a.not === b.not || b.not === '') return a;
    if (a.not === '') return b;
    return 'inexpressible';
  }
  const set = 'in' in a ? a : (b as { in: readonly string[] });
  const neg = 'not' in a ? a : (b as { not: string });
  return { in: set.in.filter((u) => u !== neg.not && u !== '') };
}

/** Attribute Wildcard Union (§3.10.6); 'inexpressible' when XSD 1.0 cannot express it. */
export function unionNamespaces(
  a: WildcardNamespaces | undefined,
  b: WildcardNamespaces | undefined,
): WildcardNamespaces | undefined | 'inexpressible' {
  if (a === undefined || b === undefined) return undefined;
  if ('in' in a && 'in' in b) return { in: [...a.in, ...b.in.filter((u) => !a.in.includes(u))] };
  if ('not' in a && 'not' in b) return a.not === b.not ? a : { not: '' };
  const set = ('in' in a ? a : b) as { in: readonly string[] };
  const neg = ('not' in a ? a : b) as { not: string };
  const hasAbsent = set.in.includes('');
  if (neg.not === '') return hasAbsent ? undefined : neg;
  const hasNegated = set.in.includes(neg.not);
  if (hasNegated && hasAbsent) return undefined;
  if (hasNegated) return { not: '' };
  if (hasAbsent) return 'inexpressible';
  return neg;
}

/** Combines two attribute wildcards; `at` locates an inexpressible result (an invalid schema). */
export function combineWildcards(
  a: AttributeWildcard | undefined,
  b: AttributeWildcard | undefined,
  how: 'intersection' | 'union',
  at: XsdNode,
): AttributeWildcard | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const ns =
    how === 'union' ? unionNamespaces(a.namespaces, b.namespaces) : intersectNamespaces(a.namespaces, b.namespaces);
  if (ns === 'inexpressible')
    xsdFail('XsdInvalid', `the attribute wildcards' ${how} is not expressible in XSD 1.0`, at);
  return { namespaces: ns, process: a.process };
}
