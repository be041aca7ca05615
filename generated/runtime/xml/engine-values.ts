// Copied by qspec from runtime/xml/engine-values.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The validating engine's value checks: an element's attributes (declared, required, fixed,
 * defaults, xsi:nil) and its simple text content (lexical check, fixed value, default), coerced
 * into the record when it is built. A fixed value is compared as a value of the type; on an
 * element whose type has no simple content (mixed, xs:anyType) the element must have no child
 * elements and its text, if any, must be the fixed value as written. QName values have their
 * prefix resolved in the instance; ID and IDREF values go to the document's ID table.
 *
 * @see XSD 1.0 Part 1 §3.2.4 and §3.5.4 (attribute values, cvc-au), §3.3.4 (cvc-elt 3: xsi:nil;
 *      cvc-elt 5: element default and fixed values; cvc-id: the ID/IDREF table), §3.14.4 (simple
 *      type validation); Part 2 §3.2.18 (QName)
 */
import { applyWhiteSpace } from './builtin-lexical.js';
import type { CompiledType } from './compiled-model.js';
import type { Frame } from './engine-frame.js';
import { EngineIssues } from './engine-issues.js';
import type { IdTable } from './id-table.js';
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
  /** The document's IDs and IDREFs: only for a model with ID or IDREF types. */
  protected idTable: IdTable | undefined;
  /** The instance's namespace binding of a prefix (QName values). */
  protected readonly uriOf = (prefix: string): string | undefined =>
    this.ns !== undefined ? this.ns.uriOf(prefix) : prefix === 'xml' ? XML_NS : undefined;

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
      const c = a.checker;
      const problem =
        c.check(v, c.qname ? this.uriOf : undefined) ??
        (m.fixed !== undefined && !c.equal(v, m.fixed) ? `must be the fixed value '${m.fixed}'` : undefined);
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
        continue;
      }
      if (c.idKind !== 0 && this.idTable !== undefined) this.noteId(f, c, v, `${this.path(this.depth)}/@${key}`);
      if (f.value) f.value[m.p] = c.coerce(v);
    }
    if (seen < type.attrList.length) {
      for (const a of type.required) {
        if (!Object.hasOwn(attrs, a.model.name)) {
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
      if (f.value || this.idTable !== undefined) {
        for (const a of type.attrList) {
          const d = a.model.default ?? a.model.fixed;
          if (d === undefined || Object.hasOwn(attrs, a.model.name)) continue;
          if (f.value) f.value[a.model.p] = a.checker.coerce(d);
          // A defaulted attribute is in the document's ID/IDREF table too (cvc-id).
          if (a.checker.idKind !== 0 && this.idTable !== undefined)
            this.noteId(f, a.checker, d, `${this.path(this.depth)}/@${a.model.name}`);
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
    const problem = checker.check(v, checker.qname ? this.uriOf : undefined);
    if (problem) {
      const message = `attribute '${key}' value '${renderFound(v)}' ${problem}`;
      this.issue('error', 'InvalidValue', message, f.line, f.col, at, { found: renderFound(v) });
    } else if (checker.idKind !== 0 && this.idTable !== undefined) this.noteId(f, checker, v, at);
  }

  /** A valid ID or IDREF value into the document's table; a second use of an ID is an error (cvc-id 2). */
  private noteId(f: Frame, c: SimpleChecker, v: string, path: string): void {
    const value = c.normalize(v);
    const dup = this.idTable!.note(c.idKind, value, { line: f.line, col: f.col, path });
    if (dup !== undefined) this.issue('error', 'DuplicateId', dup, f.line, f.col, path, { found: renderFound(value) });
  }

  /** The IDREF values no ID matched (cvc-id 1), reported where each was first used, once the root closes. */
  protected unresolvedIdrefs(): void {
    for (const [value, at] of this.idTable!.unresolved()) {
      const message = `IDREF '${renderFound(value)}' matches no ID in the document`;
      this.issue('error', 'IdrefNotFound', message, at.line, at.col, at.path, { found: renderFound(value) });
    }
  }

  /**
   * xsi:nil (cvc-elt 3): allowed only on a nillable element, whatever its value (3.1); its value
   * is a boolean; true on a declaration with a fixed value is an error (3.3.2.2).
   */
  protected nil(f: Frame, v: string): void {
    const value = applyWhiteSpace(v, 'collapse');
    const on = value === 'true' || value === '1';
    const at = this.path(this.depth);
    if (!f.el?.nillable) this.issue('error', 'InvalidNil', `<${f.name}> is not nillable`, f.line, f.col, at);
    else if (!on && value !== 'false' && value !== '0') {
      const message = `xsi:nil value '${renderFound(v)}' is not a boolean`;
      this.issue('error', 'InvalidNil', message, f.line, f.col, at, { found: renderFound(v) });
    } else if (on && f.el.fixed !== undefined) {
      const message = `<${f.name}> has the fixed value '${f.el.fixed}' and so cannot be nil`;
      this.issue('error', 'InvalidNil', message, f.line, f.col, at);
    } else if (on) f.nil = true;
  }

  /**
   * A fixed value on an element whose type has no simple content (mixed content, xs:anyType,
   * or a complex type named by xsi:type): no child elements (cvc-elt 5.2.2.1), and for mixed
   * content a text that is the fixed value as written (5.2.2.2.1); no text at all takes it (5.1).
   */
  protected checkComplexFixed(f: Frame, fixed: string): void {
    let problem: string | undefined;
    if (f.children > 0) problem = `has child elements but the fixed value '${fixed}'`;
    else if (f.text !== '' && f.text !== fixed)
      problem = `value '${renderFound(f.text.trim())}' must be the fixed value '${fixed}'`;
    if (problem === undefined) return;
    const shown = renderFound(f.text.trim());
    this.issue('error', 'InvalidValue', `<${f.name}> ${problem}`, f.line, f.col, this.path(this.depth), {
      found: shown,
    });
  }

  protected checkText(f: Frame, t: CompiledType): unknown {
    const checker = t.text!;
    let raw = f.text;
    let given = true;
    if (raw === '' && f.el) {
      const d = f.el.default ?? f.el.fixed;
      if (d !== undefined) {
        raw = d;
        given = false;
      }
    }
    const fixed = f.el?.fixed;
    const problem =
      checker.check(raw, given && checker.qname ? this.uriOf : undefined) ??
      (fixed !== undefined && !checker.equal(raw, fixed) ? `must be the fixed value '${fixed}'` : undefined);
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
    if (checker.idKind !== 0 && this.idTable !== undefined) this.noteId(f, checker, raw, this.path(this.depth));
    return f.build ? checker.coerce(raw) : undefined;
  }
}
