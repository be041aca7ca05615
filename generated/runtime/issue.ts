// Copied by qspec from runtime/issue.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The one shape of everything qspec reports about an input: a spec or schema problem found by the
 * generator, an XML validity or well-formedness issue found by the runtime engine, a payload
 * verdict of `qspec validate` and the conformance checks. A PascalCase `code` (`XsdUnresolvedType`,
 * `UnexpectedElement`, `JsonSchema`), a `severity`, a `message` that says what is wrong, a
 * `location`, and for validity issues what was `expected` and what was `found`.
 *
 * It lives in the runtime because the runtime imports nothing outside itself and every other part
 * of qspec may import the runtime. `formatIssue` is the one way an issue becomes a line of text:
 *
 *     file:line:column endpoint path: severity Code: message (expected X, found Y)
 *
 * Each part of the location is left out when unknown (a payload read from a string has no file,
 * a JSON Schema error has a JSON pointer but no line), as are an empty `expected`/`found`; with no
 * location at all the line starts at the severity.
 */

export type IssueSeverity = 'error' | 'warning' | 'info';

export interface IssueLocation {
  /** The file, as the user named it (or relative to the spec folder). */
  readonly file?: string;
  /** 1-based. */
  readonly line?: number;
  /** 1-based, in UTF-16 code units. */
  readonly column?: number;
  /** Endpoint id, when the problem is about an endpoint rather than a place in a file. */
  readonly endpoint?: string;
  /** Inside the document: an XPath (`/A/B[2]/@c`) for XML, a JSON pointer (`/data/0/id`) for JSON. */
  readonly path?: string;
}

export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly severity: IssueSeverity;
  readonly message: string;
  readonly location: IssueLocation;
  /** What the schema allows here (`HOST_SUMMARY`, `xs:int`), for validity issues. */
  readonly expected?: string;
  /** What the input holds here (`X`, `abc`), for validity issues. */
  readonly found?: string;
}

/**
 * `file:line:column endpoint path`: the place part of a formatted issue; a line and column without
 * a file print as `line:column`. '' when nothing is known.
 */
export function formatLocation(loc: IssueLocation): string {
  const parts: string[] = [];
  let position = '';
  if (loc.line !== undefined) position = loc.column !== undefined ? `${loc.line}:${loc.column}` : `${loc.line}`;
  if (loc.file !== undefined) parts.push(position ? `${loc.file}:${position}` : loc.file);
  else if (position) parts.push(position);
  if (loc.endpoint !== undefined) parts.push(loc.endpoint);
  if (loc.path) parts.push(loc.path);
  return parts.join(' ');
}

/** One line: `file:line:column path: severity Code: message (expected X, found Y)`. */
export function formatIssue(issue: Issue): string {
  const where = formatLocation(issue.location);
  const detail = [issue.expected ? `expected ${issue.expected}` : '', issue.found ? `found ${issue.found}` : '']
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${issue.severity} ${issue.code}: ${issue.message}${detail ? ` (${detail})` : ''}`;
}
