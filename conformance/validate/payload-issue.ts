/**
 * The verdict of one payload (a saved file, a mock answer, a recorded HAR body) against a
 * schema: errors and drift warnings, each an `Issue` (`runtime/issue.ts`, the one issue shape)
 * located by line:column for XML and by JSON pointer for JSON, with what was expected and what was
 * found. Shared by `qspec validate`, the conformance checks and the JSON/JUnit reports, so every
 * tool prints the same issue the same way (`formatIssue`).
 */
import type { Issue } from '../../runtime/issue.js';

/**
 * An issue of a payload: `XmlSyntax`, `UnexpectedElement` (the engine's codes), `JsonSyntax`,
 * `JsonSchema`, `NotXml`, `TooLarge`. Its location has `line`/`column` when known (not for a JSON
 * Schema error) and `path`: an XPath (`/A/B[2]/@c`) for XML, a JSON pointer (`/data/0/id`) for
 * JSON, absent for the whole document.
 */
export interface PayloadIssue extends Issue {
  readonly severity: 'error' | 'warning';
}

/**
 * The flat object the stable JSON reports print for an issue (`qspec validate --format json`,
 * `qspec conformance --reporter json`, version 1): `line`/`column` 0 when unknown, `path` '' for
 * the document, `expected`/`found` when known.
 */
export interface IssueRecord {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly expected?: string;
  readonly found?: string;
}

export function issueRecord(issue: PayloadIssue): IssueRecord {
  const { line = 0, column = 0, path = '' } = issue.location;
  return {
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
    line,
    column,
    path,
    ...(issue.expected !== undefined ? { expected: issue.expected } : {}),
    ...(issue.found !== undefined ? { found: issue.found } : {}),
  };
}

export interface PayloadVerdict {
  readonly valid: boolean;
  readonly errors: readonly PayloadIssue[];
  readonly warnings: readonly PayloadIssue[];
  /** Bytes read. */
  readonly bytes: number;
  /** XML root element seen. */
  readonly root?: string;
  /** DOCTYPE system id / name, recorded (never fetched). */
  readonly doctype?: { readonly name: string; readonly systemId?: string };
  readonly schemaLocation?: string;
}

export function verdictOf(
  errors: readonly PayloadIssue[],
  warnings: readonly PayloadIssue[],
  bytes: number,
  extra: Partial<Pick<PayloadVerdict, 'root' | 'doctype' | 'schemaLocation'>> = {},
): PayloadVerdict {
  return { valid: errors.length === 0, errors, warnings, bytes, ...extra };
}
