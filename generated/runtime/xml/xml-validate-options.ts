// Copied by qspec from runtime/xml/xml-validate-options.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Options and verdict of the runtime XML validator (`validateXml`, `validateXmlStream`,
 * `parseXml`, `streamRecords`). Defaults are resolved once in `resolveXmlOptions`.
 *
 * @see XSD 1.1 Part 1 §5.2 (assessing schema-validity)
 */
import type { XmlIssue } from './xml-issue.js';

export interface XmlValidateOptions {
  /** Expected root element name; else any root of the model. */
  readonly root?: string;
  /** Undeclared elements in open content (drift) are errors instead of warnings. */
  readonly strict?: boolean;
  /** Maximum element nesting depth (default 256). */
  readonly maxDepth?: number;
  /** Maximum input size in bytes (UTF-8; default: no limit). */
  readonly maxBytes?: number;
  /** Stop after this many errors (default 100). */
  readonly maxErrors?: number;
}

export interface XmlDoctype {
  readonly name: string;
  readonly publicId?: string;
  readonly systemId?: string;
}

export interface XmlValidationResult {
  readonly valid: boolean;
  readonly errors: XmlIssue[];
  readonly warnings: XmlIssue[];
  /** The root element's name, once seen. */
  readonly root?: string;
  /** The DOCTYPE, recorded (never fetched). */
  readonly doctype?: XmlDoctype;
  /** `xsi:noNamespaceSchemaLocation` (or `xsi:schemaLocation`) of the root element. */
  readonly schemaLocation?: string;
  /** UTF-8 bytes read. */
  readonly bytes: number;
  /** Elements seen (including skipped subtrees). */
  readonly elements: number;
}

export interface ResolvedXmlOptions {
  readonly root: string | undefined;
  readonly strict: boolean;
  readonly maxDepth: number;
  readonly maxBytes: number;
  readonly maxErrors: number;
}

export function resolveXmlOptions(options: XmlValidateOptions = {}): ResolvedXmlOptions {
  return {
    root: options.root,
    strict: options.strict === true,
    maxDepth: options.maxDepth ?? 256,
    maxBytes: options.maxBytes ?? Number.POSITIVE_INFINITY,
    maxErrors: Math.max(1, options.maxErrors ?? 100),
  };
}
