/**
 * Reads a DOCTYPE declaration's text (as reported by the tokenizer, without `<!DOCTYPE` and `>`)
 * into its name and public/system identifiers, and tells whether its internal subset declares
 * entities. The DTD is never fetched and no entity is ever expanded: a document whose internal
 * subset declares an entity is rejected outright (defeats XXE and billion laughs).
 *
 * @see XML 1.0 §2.8 (document type declaration), §4.2 (entity declarations)
 */
import type { XmlDoctype } from './xml-validate-options.js';

const HEAD =
  /^\s*([^\s[>]+)(?:\s+(?:SYSTEM\s+(?:"([^"]*)"|'([^']*)')|PUBLIC\s+(?:"([^"]*)"|'([^']*)')(?:\s+(?:"([^"]*)"|'([^']*)'))?))?/;

export interface ParsedDoctype {
  readonly doctype: XmlDoctype;
  /** The internal subset declares at least one entity (`<!ENTITY`). */
  readonly declaresEntities: boolean;
}

export function parseXmlDoctype(text: string): ParsedDoctype {
  const m = HEAD.exec(text);
  const name = m?.[1] ?? '';
  const systemId = m?.[2] ?? m?.[3] ?? m?.[6] ?? m?.[7];
  const publicId = m?.[4] ?? m?.[5];
  const doctype: XmlDoctype = {
    name,
    ...(publicId !== undefined ? { publicId } : {}),
    ...(systemId !== undefined ? { systemId } : {}),
  };
  // Anywhere in the declaration: only an internal subset can hold one, and erring on the safe side is fine.
  return { doctype, declaresEntities: /<!ENTITY/i.test(text) };
}
