/**
 * One finding of the runtime XML validator: a located, typed `Issue`. Every issue carries the
 * 1-based line:column of the offending start tag (or text) and an XPath-like path with 1-based
 * positional indices where siblings may repeat (`/ServiceResponse/data/Finding[2]/qid`).
 *
 * Codes:
 * - `XmlSyntax`: malformed XML, undefined entity, bad UTF-8 (parsing stops).
 * - `XmlEntityDeclared`: a DOCTYPE internal subset declares entities (XXE / billion laughs; stops).
 * - `XmlLimit`: maxDepth, maxBytes or maxErrors exceeded (parsing stops).
 * - `WrongRoot`: the root element is not the expected one / not a root of the model.
 * - `UnexpectedElement`, `MissingElement`: content model violations.
 * - `UndeclaredElement`: an element not declared in an open type (drift: a warning, an error when strict).
 * - `UnexpectedText`: character data in element-only or empty content.
 * - `InvalidValue`: a simple value (text or attribute) that its type rejects.
 * - `MissingAttribute`, `UnexpectedAttribute`: attribute use violations.
 * - `InvalidNil`: xsi:nil on a non-nillable element, or a nil element with content.
 * - `DuplicateKey`, `MissingKeyField`, `InvalidKeyField`, `KeyrefNotFound`: identity constraints
 *   (xs:unique/key/keyref; identity-constraints.ts), at the start tag of the selected element.
 * - `DuplicateId`, `IdrefNotFound`: an ID value used twice in the document, an IDREF value that
 *   matches no ID (id-table.ts), at the start tag of the element (or of the attribute's element).
 *
 * @see XSD 1.1 Part 1 §3.3.4 (element locally valid), XML 1.0 §3 (validity constraints)
 */
import type { Issue, IssueLocation } from '../issue.js';

export type XmlIssueCode =
  | 'XmlSyntax'
  | 'XmlEntityDeclared'
  | 'XmlLimit'
  | 'WrongRoot'
  | 'UnexpectedElement'
  | 'MissingElement'
  | 'UndeclaredElement'
  | 'UnexpectedText'
  | 'InvalidValue'
  | 'MissingAttribute'
  | 'UnexpectedAttribute'
  | 'InvalidNil'
  /** xsi:type names no type, a type not derived from the declared one (or blocked), or an abstract type. */
  | 'InvalidType'
  | 'DuplicateKey'
  | 'MissingKeyField'
  | 'InvalidKeyField'
  | 'KeyrefNotFound'
  | 'DuplicateId'
  | 'IdrefNotFound';

/** Where an XML issue is: always a line, a column and a path (never a file: the engine reads text). */
export interface XmlIssueLocation extends IssueLocation {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  /** XPath-like location (`/A/B[2]/C`, `/A/@attr`); '' when no element is open. */
  readonly path: string;
}

/** An `Issue` (the one issue shape, printed by `formatIssue`) with an engine code and a full location. */
export interface XmlIssue extends Issue<XmlIssueCode> {
  readonly severity: 'error' | 'warning';
  readonly location: XmlIssueLocation;
}
