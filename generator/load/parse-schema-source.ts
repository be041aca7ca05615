/**
 * Picks the front end for a schema file by its extension and parses it into an IrSchema:
 * `.xsd` → XSD parser, `.dtd` → DTD parser, `.schema.json` → JSON Schema parser.
 * XSD includes/imports are read from local files under the same root only (never the network).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Diagnostic, fail } from '../diagnostics.js';
import type { IrSchema } from '../ir/ir-types.js';
import { parseDtdWithWarnings } from '../parse/dtd/parse-dtd.js';
import { parseJsonSchema } from '../parse/json-schema/parse-json-schema.js';
import { parseXsd } from '../parse/xsd/parse-xsd.js';

export interface SchemaSource {
  /** Path for diagnostics and the schema id (relative to the specs root, POSIX). */
  readonly file: string;
  readonly text: string;
}

/** Parses one schema; `root` is the absolute folder that `file` is relative to (for includes). */
export function parseSchemaSource(source: SchemaSource, root: string, warnings: Diagnostic[] = []): IrSchema {
  const { file, text } = source;
  if (file.endsWith('.xsd')) {
    return parseXsd({
      source: text,
      file,
      schemaId: file,
      readInclude: (href, fromFile) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
          fail(
            'XsdExternalRef',
            `schemaLocation '${href}' is remote; qspec never fetches schemas (vendor it under specs/)`,
            { file: fromFile },
          );
        }
        const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), href));
        if (rel.startsWith('../') || path.isAbsolute(rel)) {
          fail('XsdExternalRef', `schemaLocation '${href}' points outside the spec folder`, { file: fromFile });
        }
        try {
          return { source: readFileSync(path.join(root, rel), 'utf8'), file: rel };
        } catch {
          return fail('XsdExternalRef', `schemaLocation '${href}' not found (${rel})`, { file: fromFile });
        }
      },
    });
  }
  if (file.endsWith('.dtd')) {
    const parsed = parseDtdWithWarnings({ source: text, file, schemaId: file });
    warnings.push(...parsed.warnings);
    return parsed.schema;
  }
  if (file.endsWith('.schema.json') || file.endsWith('.json'))
    return parseJsonSchema({ source: text, file, schemaId: file });
  return fail('SchemaUnknownFormat', 'unknown schema format (expected .xsd, .dtd or .schema.json)', { file });
}
