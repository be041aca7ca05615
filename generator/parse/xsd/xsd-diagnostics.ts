/**
 * The XSD front end's diagnostic codes and a helper that raises one at a schema node's position.
 *
 * Codes: `XsdInvalid` (not a schema, missing/duplicate names, bad occurrence values),
 * `XsdUnresolvedType` (a type QName that names nothing), `XsdUnresolvedRef` (an element, group,
 * attribute or attributeGroup ref that names nothing), `XsdUnsupported` (a construct this front
 * end does not map, named in the message), `XsdExternalRef` (include/import that would need a
 * network fetch or has no local reader), `XsdTooDeep` / `XsdDerivationTooLong` (beyond the limits of
 * generator/parse/input-limits.ts). `XmlSyntax` and `XmlTooDeep` come from the tree reader.
 *
 * @see generator/diagnostics.ts (the diagnostic shape and `fail`)
 */
import { fail } from '../../diagnostics.js';
import type { XsdNode } from './xsd-node.js';

export type XsdDiagnosticCode =
  | 'XsdInvalid'
  | 'XsdUnresolvedType'
  | 'XsdUnresolvedRef'
  | 'XsdUnsupported'
  | 'XsdExternalRef'
  | 'XsdTooDeep'
  | 'XsdDerivationTooLong';

/** Throws a located `DiagnosticError` pointing at `node`'s start tag. */
export function xsdFail(code: XsdDiagnosticCode, message: string, node: XsdNode): never {
  return fail(code, message, { file: node.file, line: node.el.line, column: node.el.column });
}
