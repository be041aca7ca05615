// Copied by qspec from runtime/xml/id-table.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The document's ID/IDREF table: every value of an attribute or element whose type is xs:ID
 * (or derived from it) must be unique in the document, and every IDREF value (xs:IDREF, the
 * items of xs:IDREFS or of a list of IDREF) must be the value of some ID. Kept only for a schema
 * with such types; IDREFs are resolved when the root element closes.
 *
 * @see XSD 1.0 Part 1 §3.3.4 (Validation Root Valid (ID/IDREF Table), cvc-id 1 and 2), §3.15.5
 *      (ID/IDREF Table); Part 2 §3.3.8-3.3.10 (ID, IDREF, IDREFS); XML 1.0 §3.3.1 (VC: ID, IDREF)
 */
import type { IdKind } from './simple-checker.js';

/** Where a value was met: line, column and path of the element or attribute. */
export interface IdSite {
  readonly line: number;
  readonly col: number;
  readonly path: string;
}

export class IdTable {
  private readonly ids = new Map<string, IdSite>();
  /** IDREF values not yet matched by an ID, at their first use. */
  private readonly refs = new Map<string, IdSite>();

  /**
   * Records a valid value of an ID (1), IDREF (2) or IDREF list (3) type; for a second use of an
   * ID value, a message naming the first.
   */
  note(kind: IdKind, value: string, site: IdSite): string | undefined {
    if (kind === 1) {
      const first = this.ids.get(value);
      if (first !== undefined) return `ID '${value}' is already used at ${first.line}:${first.col} (${first.path})`;
      this.ids.set(value, site);
      return undefined;
    }
    if (kind === 2) this.ref(value, site);
    else if (kind === 3) for (const item of value.split(/[ \t\n\r]+/)) if (item !== '') this.ref(item, site);
    return undefined;
  }

  /** The IDREF values no ID matches, with where each was first used. */
  unresolved(): [string, IdSite][] {
    return [...this.refs].filter(([v]) => !this.ids.has(v));
  }

  private ref(value: string, site: IdSite): void {
    if (!this.refs.has(value)) this.refs.set(value, site);
  }
}
