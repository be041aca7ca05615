/**
 * The verdict of one payload (a saved file, a mock answer, a recorded HAR body) against a
 * schema: errors and drift warnings, each located (line:column for XML, JSON pointer for JSON)
 * with what was expected and what was found. Shared by `qspec validate`, the conformance checks
 * and the JSON/JUnit reports, so every tool prints the same issue the same way.
 *
 * @see issue 4 "qspec validate" (each error: file, line:column, XPath or JSON pointer, expected, found)
 */

export interface PayloadIssue {
  readonly severity: 'error' | 'warning';
  /** `XmlSyntax`, `UnexpectedElement`, `JsonSyntax`, `JsonSchema`, `NotXml`, `TooLarge`... */
  readonly code: string;
  readonly message: string;
  /** 1-based; 0 when unknown (JSON schema errors are located by pointer). */
  readonly line: number;
  readonly column: number;
  /** XPath (`/A/B[2]/@c`) for XML, JSON pointer (`/data/0/id`) for JSON, '' for the document. */
  readonly path: string;
  readonly expected?: string;
  readonly found?: string;
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

/**
 * `line:column path: [code] message (expected X, found Y)`; used by text reports. An empty
 * expected or found says nothing and is left out, never printed as `(expected , found Y)`.
 */
export function formatPayloadIssue(issue: PayloadIssue): string {
  const where = issue.line > 0 ? `${issue.line}:${issue.column}` : '-';
  const path = issue.path ? ` ${issue.path}` : '';
  const detail = [issue.expected ? `expected ${issue.expected}` : '', issue.found ? `found ${issue.found}` : '']
    .filter(Boolean)
    .join(', ');
  return `${where}${path}: ${issue.severity} [${issue.code}] ${issue.message}${detail ? ` (${detail})` : ''}`;
}

export function verdictOf(
  errors: readonly PayloadIssue[],
  warnings: readonly PayloadIssue[],
  bytes: number,
  extra: Partial<Pick<PayloadVerdict, 'root' | 'doctype' | 'schemaLocation'>> = {},
): PayloadVerdict {
  return { valid: errors.length === 0, errors, warnings, bytes, ...extra };
}
