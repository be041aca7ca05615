/**
 * xs:redefine: the children of an xs:redefine replace the same-named simple types, complex
 * types, model groups and attribute groups of the schema document it names (which is read first,
 * like an include: the same target namespace, or none and then the redefiner's). Each redefined
 * component keeps its original definition in the component table under an internal key (the
 * expanded name with `@original` appended, `@original2`... when a schema redefines the redefiner
 * again): no NCName contains `@`, so the key is no other component's and no reference written
 * in a schema names it. Every other reference to the name, in the redefined document as anywhere
 * else, means the new definition.
 *
 * Inside the redefinition the component's own name means the original (src-redefine):
 * - a simple type must be an xs:restriction, a complex type an xs:restriction or xs:extension
 *   (in xs:simpleContent or xs:complexContent), whose `base` is the type's own name (5);
 * - a model group refers to itself exactly once, with minOccurs and maxOccurs 1 (6.1.1), or not
 *   at all and then restricts the original (6.2);
 * - an attribute group refers to itself exactly once (7.1.1), or not at all and then restricts
 *   the original (7.2; checked once every component is read, check-redefined-restriction.ts).
 * Those references are recorded on the redefining document (`SchemaDoc.selfReferences`), and
 * resolve-qname.ts resolves them to the original's key. A component is redefined by the named
 * document only (it must declare it) and only once per document; two redefinitions of one
 * document's component (two schemas redefining the same document) are an error. Violations are
 * `XsdInvalid` at the offending element.
 *
 * @see XSD 1.0 Part 1 §4.2.2 (Including modified component definitions, src-redefine)
 */
import type { XmlElement } from '../xml/xml-tree.js';
import { readOccurs } from './read-occurs.js';
import { globalName, resolveQName } from './resolve-qname.js';
import type { XsdComponents } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

type RedefinedTable = 'types' | 'groups' | 'attributeGroups';

const TABLE_OF: Readonly<Record<string, RedefinedTable>> = {
  simpleType: 'types',
  complexType: 'types',
  group: 'groups',
  attributeGroup: 'attributeGroups',
};

/**
 * Applies the children of `redefine` to `components`, which already hold the components of the
 * document it names (`document`: its file and target namespace).
 */
export function applyRedefinitions(components: XsdComponents, redefine: XsdNode, document: string): void {
  const selfRefs = redefine.doc.selfReferences;
  for (const child of xsdChildren(redefine)) {
    const local = child.el.local;
    const table = Object.hasOwn(TABLE_OF, local) ? TABLE_OF[local] : undefined;
    if (table === undefined) {
      const allowed = 'only xs:simpleType, xs:complexType, xs:group and xs:attributeGroup';
      xsdFail('XsdInvalid', `${tagOf(child)} is not allowed in xs:redefine (${allowed})`, child);
    }
    const name = attr(child, 'name')?.trim();
    if (name === undefined || name === '') xsdFail('XsdInvalid', `${tagOf(child)} in xs:redefine has no name`, child);
    const expanded = globalName(child, name);
    const map = components[table];
    const previous = map.get(expanded);
    if (previous === undefined) {
      xsdFail('XsdInvalid', `${tagOf(child)} "${name}" is redefined, but the redefined schema has none`, child);
    }
    if (previous.redefines?.document === document) {
      const where = `${previous.file}:${previous.el.line}:${previous.el.column}`;
      xsdFail('XsdInvalid', `${tagOf(child)} "${name}" of this document is redefined twice (also at ${where})`, child);
    }
    if (previous.el.local !== local) {
      xsdFail('XsdInvalid', `${tagOf(child)} "${name}" redefines an ${tagOf(previous)}, which is another kind`, child);
    }
    const original = originalKey(map, expanded);
    const refs = selfReferences(child, expanded);
    if (selfRefs === undefined) xsdFail('XsdInvalid', 'xs:redefine outside a schema document', child);
    for (const el of refs) selfRefs.set(el, { name: expanded, original });
    map.set(original, previous);
    map.set(expanded, { ...child, redefines: { original, document, restriction: refs.length === 0 } });
  }
}

/** The first free internal key for the original of `expanded`. */
function originalKey(map: ReadonlyMap<string, XsdNode>, expanded: string): string {
  let key = `${expanded}@original`;
  for (let n = 2; map.has(key); n++) key = `${expanded}@original${n}`;
  return key;
}

/** The elements of `def` (the redefinition of `expanded`) whose reference means the original, checked. */
function selfReferences(def: XsdNode, expanded: string): XmlElement[] {
  switch (def.el.local) {
    case 'simpleType':
    case 'complexType':
      return [derivationStep(def, expanded).el];
    case 'group':
      return groupSelfReference(def, expanded);
    default:
      return attributeGroupSelfReference(def, expanded);
  }
}

/** The xs:restriction / xs:extension of a redefined type, whose base must be the type's own name (src-redefine 5). */
function derivationStep(def: XsdNode, expanded: string): XsdNode {
  const simple = def.el.local === 'simpleType';
  const body = xsdChildren(def);
  const content = simple ? def : body.find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
  const step = content === undefined ? undefined : content === def ? body[0] : xsdChildren(content)[0];
  const allowed = simple ? ['restriction'] : ['restriction', 'extension'];
  const base = step !== undefined && allowed.includes(step.el.local) ? attr(step, 'base') : undefined;
  if (step === undefined || base === undefined || resolveQName(step, base).key !== expanded) {
    const name = attr(def, 'name')?.trim() ?? '';
    const what = simple ? 'an xs:restriction' : 'an xs:restriction or xs:extension';
    xsdFail(
      'XsdInvalid',
      `redefined ${tagOf(def)} "${name}" must be ${what} with base="${name}" (its original)`,
      step ?? def,
    );
  }
  return step;
}

/** The one `xs:group ref` naming the group inside its redefinition (src-redefine 6.1.1); none for a restriction. */
function groupSelfReference(def: XsdNode, expanded: string): XmlElement[] {
  const found: XsdNode[] = [];
  const stack = [...def.el.children].reverse();
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    // xs:appinfo content is not schema markup (§3.13.2): an annotation is not looked into.
    if (el.uri !== XSD_NS || el.local === 'annotation') continue;
    const node: XsdNode = { el, file: def.file, doc: def.doc };
    const ref = el.local === 'group' ? attr(node, 'ref') : undefined;
    if (ref !== undefined && resolveQName(node, ref).key === expanded) found.push(node);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  const name = attr(def, 'name')?.trim() ?? '';
  if (found.length > 1) {
    xsdFail('XsdInvalid', `redefined xs:group "${name}" refers to itself (its original) more than once`, found[1]!);
  }
  const [self] = found;
  if (self === undefined) return [];
  const occurs = readOccurs(self);
  if (occurs.min !== 1 || occurs.max !== 1) {
    xsdFail(
      'XsdInvalid',
      `the reference to the original of redefined xs:group "${name}" must have minOccurs and maxOccurs 1`,
      self,
    );
  }
  return [self.el];
}

/** The one `xs:attributeGroup ref` naming the group inside its redefinition (src-redefine 7.1.1); none for a restriction. */
function attributeGroupSelfReference(def: XsdNode, expanded: string): XmlElement[] {
  const found = xsdChildren(def).filter((c) => {
    const ref = c.el.local === 'attributeGroup' ? attr(c, 'ref') : undefined;
    return ref !== undefined && resolveQName(c, ref).key === expanded;
  });
  if (found.length > 1) {
    const name = attr(def, 'name')?.trim() ?? '';
    xsdFail(
      'XsdInvalid',
      `redefined xs:attributeGroup "${name}" refers to itself (its original) more than once`,
      found[1]!,
    );
  }
  return found.map((c) => c.el);
}
