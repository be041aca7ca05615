// Copied by qspec from runtime/xml/engine-values.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The validating engine's value checks: an element's attributes (declared, required, fixed,
 * defaults, xsi:nil) and its simple text content (lexical check, fixed value, default), coerced
 * into the record when it is built.
 *
 * @see XSD 1.1 Part 1 §3.2.4 (attribute declarations), §3.3.4 (xsi:nil, element default and
 *      fixed values), §3.14.4 (simple type validation)
 */
import type { CompiledType } from './compiled-model.js';
import type { Frame } from './engine-frame.js';
import { EngineIssues } from './engine-issues.js';
import { renderFound } from './record-value.js';
import type { SimpleChecker } from './simple-checker.js';
import { wildcardAllows } from './wildcard.js';
import { expandedName, type NamespaceScope, XML_NS, XSI_NIL, XSI_NS } from './xml-namespaces.js';

/** How an attribute in the XSI / XML namespace begins once its name is expanded. */
const XSI_OPEN = expandedName(XSI_NS, '');
const XML_OPEN = expandedName(XML_NS, '');

/** Attribute and simple-value checks, on top of issue reporting. */
export class EngineValues extends EngineIssues {
  /** The instance's namespace bindings, from its first xmlns declaration on (undefined: none yet). */
  protected ns: NamespaceScope | undefined;
  /** Global attribute declarations (attribute wildcards with processContents strict or lax). */
  protected globalAttributes: ReadonlyMap<string, SimpleChecker> = new Map();

  protected attributes(f: Frame, type: CompiledType, attrs: Readonly<Record<string, string>>): void {
    let seen = 0;
    for (const key in attrs) {
      const v = attrs[key]!;
      const c0 = key.charCodeAt(0);
      // xsi: written with an undeclared prefix is still taken as the XSI namespace (lenient).
      if (c0 === 120 && (key.startsWith('xsi:') || key === 'xmlns' || key.startsWith('xmlns:'))) {
        if (key === 'xsi:nil') this.nil(f, v);
        continue;
      }
      if (c0 === 123 && key.startsWith(XSI_OPEN)) {
        if (key === XSI_NIL) this.nil(f, v);
        continue;
      }
      let a = type.attrs.get(key);
      // The xml prefix is bound without a declaration: xml:lang is {XML namespace}lang.
      if (!a && c0 === 120 && key.startsWith('xml:')) a = type.attrs.get(XML_OPEN + key.slice(4));
      if (!a) {
        if (type.anyAttr && wildcardAllows(type.anyAttrNs, key)) {
          if (type.anyAttrProcess !== 'skip') this.wildcardAttribute(f, type, key, v);
        } else {
          this.issue(
            'error',
            'UnexpectedAttribute',
            `attribute '${key}' is not declared on <${f.name}>`,
            f.line,
            f.col,
            `${this.path(this.depth)}/@${key}`,
            { found: key },
          );
        }
        continue;
      }
      seen++;
      const m = a.model;
      const problem =
        a.checker.check(v) ??
        (m.fixed !== undefined && a.checker.normalize(v) !== a.checker.normalize(m.fixed)
          ? `must be the fixed value '${m.fixed}'`
          : undefined);
      if (problem) {
        this.issue(
          'error',
          'InvalidValue',
          `attribute '${key}' value '${renderFound(v)}' ${problem}`,
          f.line,
          f.col,
          `${this.path(this.depth)}/@${key}`,
          { found: renderFound(v) },
        );
      } else if (f.value) f.value[m.p] = a.checker.coerce(v);
    }
    if (seen < type.attrList.length) {
      for (const a of type.required) {
        if (!(a.model.name in attrs)) {
          this.issue(
            'error',
            'MissingAttribute',
            `required attribute '${a.model.name}' is missing on <${f.name}>`,
            f.line,
            f.col,
            `${this.path(this.depth)}/@${a.model.name}`,
            { expected: a.model.name },
          );
        }
      }
      if (f.value) {
        for (const a of type.attrList) {
          const d = a.model.default ?? a.model.fixed;
          if (d !== undefined && !(a.model.name in attrs)) f.value[a.model.p] = a.checker.coerce(d);
        }
      }
    }
  }

  /** An attribute a wildcard allows, with processContents strict or lax: checked by its global declaration. */
  private wildcardAttribute(f: Frame, type: CompiledType, key: string, v: string): void {
    const checker = this.globalAttributes.get(key);
    const at = `${this.path(this.depth)}/@${key}`;
    if (checker === undefined) {
      if (type.anyAttrProcess === 'strict') {
        const message = `attribute '${key}' matches a wildcard with processContents="strict" but has no global declaration`;
        this.issue('error', 'UnexpectedAttribute', message, f.line, f.col, at, { found: key });
      }
      return;
    }
    const problem = checker.check(v);
    if (problem) {
      const message = `attribute '${key}' value '${renderFound(v)}' ${problem}`;
      this.issue('error', 'InvalidValue', message, f.line, f.col, at, { found: renderFound(v) });
    }
  }

  protected nil(f: Frame, v: string): void {
    const on = v.trim() === 'true' || v.trim() === '1';
    if (!on) return;
    if (f.el?.nillable) f.nil = true;
    else this.issue('error', 'InvalidNil', `<${f.name}> is not nillable`, f.line, f.col, this.path(this.depth));
  }

  protected checkText(f: Frame, t: CompiledType): unknown {
    const checker = t.text!;
    let raw = f.text;
    if (raw === '' && f.el) raw = f.el.default ?? f.el.fixed ?? raw;
    const fixed = f.el?.fixed;
    const problem =
      checker.check(raw) ??
      (fixed !== undefined && checker.normalize(raw) !== checker.normalize(fixed)
        ? `must be the fixed value '${fixed}'`
        : undefined);
    if (problem) {
      const shown = renderFound(raw.trim());
      this.issue(
        'error',
        'InvalidValue',
        `<${f.name}> value '${shown}' ${problem}`,
        f.line,
        f.col,
        this.path(this.depth),
        { found: shown },
      );
      return undefined;
    }
    return f.build ? checker.coerce(raw) : undefined;
  }
}
