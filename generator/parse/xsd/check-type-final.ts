/**
 * A type may not be derived from a base whose {final} excludes the method: a complex type's
 * extension or restriction of a complex type, a simple type's restriction of a simple type, a
 * list whose item type, or a union whose member type, excludes list or union. {final} is the
 * base's `final`, else its schema's `finalDefault` (`#all`: every method; for a simple type only
 * restriction, list and union count). Every complex and simple type definition of the schema is
 * checked, anonymous ones included; a breach is `XsdInvalid` at the derivation step.
 *
 * @see XSD 1.0 Part 1 §3.4.6 (cos-ct-extends 1.1, derivation-ok-restriction 1), §3.14.6
 *      (st-props-correct 3, cos-list-of-atomic / cos-st-restricts: the item and member types'
 *      {final}), §3.4.2 and §3.14.2 ({final})
 */
import type { XmlElement } from '../xml/xml-tree.js';
import { type TypeDef, typeNamed } from './type-derivation-ok.js';
import type { XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

const COMPLEX_METHODS = ['extension', 'restriction'];
const SIMPLE_METHODS = ['restriction', 'list', 'union'];

export function checkTypeFinal(ctx: XsdContext): void {
  const seen = new Set<XmlElement>();
  const { types, elements, attributes, groups, attributeGroups } = ctx.components;
  for (const table of [types, elements, attributes, groups, attributeGroups]) {
    for (const top of table.values()) {
      const stack = [top.el];
      for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
        // xs:appinfo content is not schema markup (§3.13.2): an annotation is not looked into.
        if (seen.has(el) || el.uri !== XSD_NS || el.local === 'annotation') continue;
        seen.add(el);
        const node: XsdNode = { el, file: top.file, doc: top.doc };
        if (el.local === 'complexType') checkComplex(ctx, node);
        else if (el.local === 'simpleType') checkSimple(ctx, node);
        stack.push(...el.children);
      }
    }
  }
}

function checkComplex(ctx: XsdContext, node: XsdNode): void {
  const content = xsdChildren(node).find((c) => c.el.local === 'simpleContent' || c.el.local === 'complexContent');
  const step = content && xsdChildren(content).find((c) => c.el.local === 'extension' || c.el.local === 'restriction');
  const base = step && attr(step, 'base');
  if (step === undefined || base === undefined) return;
  const t = typeNamed(ctx, step, base);
  if (t?.kind === 'node' && t.node.el.local === 'complexType') refuse(step, t, step.el.local, COMPLEX_METHODS, base);
}

function checkSimple(ctx: XsdContext, node: XsdNode): void {
  const body = xsdChildren(node)[0];
  if (body === undefined) return;
  const local = body.el.local;
  const names =
    local === 'restriction'
      ? [attr(body, 'base')]
      : local === 'list'
        ? [attr(body, 'itemType')]
        : local === 'union'
          ? (attr(body, 'memberTypes') ?? '').trim().split(/\s+/)
          : [];
  for (const name of names) {
    if (name === undefined || name === '') continue;
    const t = typeNamed(ctx, body, name);
    if (t?.kind === 'node' && t.node.el.local === 'simpleType') refuse(body, t, local, SIMPLE_METHODS, name);
  }
}

/** XsdInvalid at `at` when the {final} of `base` (a complex or simple type node) contains `method`. */
function refuse(
  at: XsdNode,
  base: TypeDef & { kind: 'node' },
  method: string,
  methods: string[],
  written: string,
): void {
  const own = attr(base.node, 'final');
  const value = own ?? base.node.doc.finalDefault;
  const tokens = value.trim().split(/\s+/);
  if (!tokens.includes('#all') && !tokens.includes(method)) return;
  if (!methods.includes(method)) return;
  const from = own !== undefined ? `final="${own}"` : `its schema's finalDefault="${value}"`;
  xsdFail('XsdInvalid', `cannot derive from "${written.trim()}" by ${method}: ${from} excludes it`, at);
}
