/**
 * The parameter-entity table of one DTD: internal `<!ENTITY % name "...">` declarations, the
 * "included in literal" expansion of entity values, and the expansion budget.
 *
 * - First declaration binds; later ones are ignored (XML 1.0 §4.2).
 * - An entity value has its `%name;` references replaced by their (already expanded) replacement
 *   text and its character references `&#N;`/`&#xH;` replaced by the characters (§4.4.5, §4.5);
 *   general entity references `&name;` are bypassed (kept as written, never expanded).
 * - Every expansion (in a literal or in a declaration) is charged against a budget of characters
 *   and of expansions; exceeding it is `DtdEntityLimit` (billion-laughs protection).
 * - External parameter entities are never fetched: the parser reports `DtdExternalEntity`.
 *
 * @see XML 1.0 (Fifth Edition) §4.2, §4.4.5, §4.5
 */
import { type DtdPosition, dtdFail } from './dtd-diagnostics.js';

export interface DtdEntityLimits {
  /** Total characters produced by all parameter-entity expansions (default 1 MB). */
  readonly maxExpandedChars: number;
  /** Total number of parameter-entity expansions (default 100 000). */
  readonly maxExpansions: number;
}

export const DEFAULT_DTD_ENTITY_LIMITS: DtdEntityLimits = { maxExpandedChars: 1_000_000, maxExpansions: 100_000 };

export interface DtdParameterEntity {
  readonly name: string;
  readonly replacement: string;
  readonly at: DtdPosition;
}

export class ParameterEntities {
  private readonly table = new Map<string, DtdParameterEntity>();
  private expandedChars = 0;
  private expansions = 0;

  constructor(
    private readonly file: string,
    private readonly limits: DtdEntityLimits = DEFAULT_DTD_ENTITY_LIMITS,
  ) {}

  /** Declares `name` unless already declared (first binding wins); returns whether it was bound. */
  declare(name: string, replacement: string, at: DtdPosition): boolean {
    if (this.table.has(name)) return false;
    this.table.set(name, { name, replacement, at });
    return true;
  }

  /** The entity for a `%name;` reference at `at`, charged against the budget; `DtdUndefinedEntity` if unknown. */
  expand(name: string, at: DtdPosition): DtdParameterEntity {
    const entity = this.table.get(name);
    if (entity === undefined) {
      return dtdFail(
        'DtdUndefinedEntity',
        `parameter entity %${name}; is not declared (declare it with <!ENTITY % ${name} "..."> before its first use)`,
        this.file,
        at,
      );
    }
    this.expansions++;
    this.expandedChars += entity.replacement.length;
    if (this.expansions > this.limits.maxExpansions) {
      dtdFail('DtdEntityLimit', `more than ${this.limits.maxExpansions} parameter-entity expansions`, this.file, at);
    }
    if (this.expandedChars > this.limits.maxExpandedChars) {
      dtdFail(
        'DtdEntityLimit',
        `parameter-entity expansion exceeds ${this.limits.maxExpandedChars} characters`,
        this.file,
        at,
      );
    }
    return entity;
  }

  /** The replacement text of an entity value literal (raw text between the quotes) found at `at`. */
  expandLiteral(raw: string, at: DtdPosition): string {
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const c = raw[i];
      if (c === '%') {
        const m = /^%([^\s%&;"'<>]+);/u.exec(raw.slice(i));
        if (m === null) {
          return dtdFail('DtdSyntax', `'%' in an entity value must start a reference '%name;'`, this.file, at);
        }
        out += this.expand(m[1]!, at).replacement;
        i += m[0].length;
      } else if (c === '&' && raw[i + 1] === '#') {
        const m = /^&#(?:x([0-9a-fA-F]+)|([0-9]+));/.exec(raw.slice(i));
        if (m === null) return dtdFail('DtdSyntax', 'malformed character reference in an entity value', this.file, at);
        out += decodeCharRef(m[1], m[2], this.file, at);
        i += m[0].length;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }
}

/** Decodes a character reference's hex or decimal digits; `DtdSyntax` for a non-character. */
export function decodeCharRef(hex: string | undefined, dec: string | undefined, file: string, at: DtdPosition): string {
  const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec ?? '', 10);
  const ok =
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  if (!ok) return dtdFail('DtdSyntax', `character reference to a non-XML character (${cp})`, file, at);
  return String.fromCodePoint(cp);
}
