/**
 * Schema constraints of identity-constraint definitions (xs:unique, xs:key, xs:keyref), each an
 * `XsdInvalid` at the offending element:
 * - one document at a time (`checkIdentityConstraint`, called for every such element): it sits in
 *   an xs:element declaration (not a reference), after the element's inline type; it has a name
 *   (a keyref also a `refer`); its content is an optional annotation, one xs:selector, then one or
 *   more xs:field, each with an `xpath` in the subset of §3.11.6 (identity-xpath.ts);
 * - the schema as a whole (`checkIdentityReferences`): names are unique among the identity
 *   constraints of a target namespace; a keyref's `refer` names a key or a unique with as many
 *   fields.
 *
 * @see XSD 1.0 Part 1 §3.11.2 (XML representation), §3.11.6 (c-props-correct, c-fields-xpaths,
 *      c-selector-xpath), §3.3.2 (where identity constraints appear in xs:element),
 *      §3.17.2 (identity constraints are one symbol space per target namespace)
 */
import type { IdentityConstraintModel, IdentityPath } from '../../../runtime/xml/identity-constraints.js';
import { type IdNameTest, type IdPath, parseIdentityXPath } from './identity-xpath.js';
import { globalName, resolveQName } from './resolve-qname.js';
import type { XsdComponents } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

export const IDENTITY_CONSTRAINT_TAGS: ReadonlySet<string> = new Set(['unique', 'key', 'keyref']);

/** The local constraints of the identity constraint `node` whose parent is `parent`. */
export function checkIdentityConstraint(node: XsdNode, parent: XsdNode): void {
  const tag = tagOf(node);
  if (parent.el.local !== 'element') xsdFail('XsdInvalid', `${tag} is allowed only inside xs:element`, node);
  if (attr(parent, 'ref') !== undefined) {
    xsdFail('XsdInvalid', `${tag} is not allowed in an element reference (xs:element ref=...)`, node);
  }
  const name = attr(node, 'name');
  if (name === undefined || name.trim() === '') xsdFail('XsdInvalid', `${tag} needs a name`, node);
  const refer = attr(node, 'refer');
  if (node.el.local === 'keyref' && refer === undefined) xsdFail('XsdInvalid', 'xs:keyref needs a refer', node);
  const siblings = xsdChildren(parent);
  const at = siblings.findIndex((s) => s.el === node.el);
  const lateType = siblings.slice(at + 1).find((s) => s.el.local === 'simpleType' || s.el.local === 'complexType');
  if (lateType !== undefined) {
    xsdFail('XsdInvalid', `${tagOf(lateType)} must come before the identity constraints of xs:element`, lateType);
  }
  const children = xsdChildren(node);
  const selector = children[0];
  if (selector === undefined || selector.el.local !== 'selector') {
    xsdFail('XsdInvalid', `${tag} "${name}" needs an xs:selector first`, selector ?? node);
  }
  parseIdentityXPath(selector, xpathOf(selector), false);
  if (children.length < 2) xsdFail('XsdInvalid', `${tag} "${name}" needs at least one xs:field`, node);
  for (const field of children.slice(1)) {
    if (field.el.local !== 'field') xsdFail('XsdInvalid', `${tagOf(field)} is not allowed in ${tag}`, field);
    parseIdentityXPath(field, xpathOf(field), true);
  }
}

function xpathOf(node: XsdNode): string {
  const xpath = attr(node, 'xpath');
  if (xpath === undefined) xsdFail('XsdInvalid', `${tagOf(node)} needs an xpath`, node);
  return xpath;
}

interface Declared {
  readonly node: XsdNode;
  readonly fields: number;
}

/** Name uniqueness and keyref references across every component of the schema. */
export function checkIdentityReferences(components: XsdComponents): void {
  const found: XsdNode[] = [];
  for (const map of [components.elements, components.types, components.groups]) {
    for (const node of map.values()) collect(node, found);
  }
  if (found.length === 0) return;
  const declared = new Map<string, Declared>();
  for (const node of found) {
    const name = globalName(node, attr(node, 'name')!.trim());
    const previous = declared.get(name);
    if (previous !== undefined) {
      const where = `${previous.node.file}:${previous.node.el.line}:${previous.node.el.column}`;
      xsdFail('XsdInvalid', `duplicate identity constraint "${attr(node, 'name')}" (first declared at ${where})`, node);
    }
    declared.set(name, { node, fields: xsdChildren(node).length - 1 });
  }
  for (const node of found) {
    if (node.el.local !== 'keyref') continue;
    const refer = attr(node, 'refer')!;
    const target = declared.get(resolveQName(node, refer).key);
    if (target === undefined || target.node.el.local === 'keyref') {
      xsdFail('XsdInvalid', `xs:keyref refer="${refer}" names no xs:key or xs:unique`, node);
    }
    const fields = xsdChildren(node).length - 1;
    if (fields !== target.fields) {
      xsdFail(
        'XsdInvalid',
        `xs:keyref "${attr(node, 'name')}" has ${fields} field(s), its ${tagOf(target.node)} "${refer}" has ${target.fields}`,
        node,
      );
    }
  }
}

/** The identity constraints in the subtree of `root` (bounded: the schema tree is already bounded in depth). */
function collect(root: XsdNode, out: XsdNode[]): void {
  const stack: XsdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (IDENTITY_CONSTRAINT_TAGS.has(node.el.local)) {
      out.push(node);
      continue;
    }
    for (let i = node.el.children.length - 1; i >= 0; i--) {
      const el = node.el.children[i]!;
      if (el.uri === XSD_NS) stack.push({ el, file: node.file, doc: node.doc });
    }
  }
}

/** The identity constraints of the element declaration `node` as the model carries them (checked already). */
export function readIdentityConstraints(node: XsdNode): IdentityConstraintModel[] | undefined {
  const out: IdentityConstraintModel[] = [];
  for (const c of xsdChildren(node)) {
    if (!IDENTITY_CONSTRAINT_TAGS.has(c.el.local)) continue;
    const [selector, ...fields] = xsdChildren(c);
    const refer = attr(c, 'refer');
    out.push({
      name: globalName(c, attr(c, 'name')!.trim()),
      kind: c.el.local as IdentityConstraintModel['kind'],
      ...(refer !== undefined ? { refer: resolveQName(c, refer).key } : {}),
      selector: parseIdentityXPath(selector!, xpathOf(selector!), false).map(toModel),
      fields: fields.map((f) => parseIdentityXPath(f, xpathOf(f), true).map(toModel)),
    });
  }
  return out.length > 0 ? out : undefined;
}

function testText(t: IdNameTest): string {
  return t.kind === 'self' ? '.' : t.kind === 'any' ? '*' : t.kind === 'ns' ? `{${t.uri}}*` : t.name;
}

function toModel(p: IdPath): IdentityPath {
  return {
    ...(p.descendant ? { d: true } : {}),
    s: p.steps.map(testText),
    ...(p.attribute !== undefined ? { a: testText(p.attribute) } : {}),
  };
}
