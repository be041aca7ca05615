/**
 * Picks the front end for a schema file by its extension and parses it into an IrSchema:
 * `.xsd` → XSD parser, `.dtd` → DTD parser, `.schema.json` → JSON Schema parser.
 *
 * XSD includes/imports are read from local files inside the same root only: a schemaLocation
 * with a URL scheme (http:, file:, ...) or `//` is never fetched, an absolute path or one that
 * leaves the root (`../`, or a symlink whose real path is outside) is refused, and the file read
 * is bounded like every spec input. Each refusal is one `XsdExternalRef` at the include element.
 * The resulting IR is then checked against the nesting and alias-chain limits
 * (`checkSchemaDepth`), so no later stage walks a pathological type tree.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { type Diagnostic, fail } from '../diagnostics.js';
import type { IrSchema } from '../ir/ir-types.js';
import { parseDtdWithWarnings } from '../parse/dtd/parse-dtd.js';
import { parseJsonSchema } from '../parse/json-schema/parse-json-schema.js';
import { parseXsd } from '../parse/xsd/parse-xsd.js';
import { checkSchemaDepth } from '../passes/check-schema-depth.js';
import { readBoundedTextSync, realPathInside } from './read-input-file.js';

export interface SchemaSource {
  /** Path for diagnostics and the schema id (relative to the specs root, POSIX). */
  readonly file: string;
  readonly text: string;
}

/** Parses one schema; `root` is the absolute folder that `file` is relative to (for includes). */
export function parseSchemaSource(source: SchemaSource, root: string, warnings: Diagnostic[] = []): IrSchema {
  const schema = parseSchemaFormat(source, root, warnings);
  checkSchemaDepth(schema);
  return schema;
}

function parseSchemaFormat(source: SchemaSource, root: string, warnings: Diagnostic[]): IrSchema {
  const { file, text } = source;
  if (file.endsWith('.xsd')) {
    let realRoot: string | undefined;
    return parseXsd({
      source: text,
      file,
      schemaId: file,
      readInclude: (href, fromFile) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
          fail(
            'XsdExternalRef',
            `schemaLocation '${href}' is a network location; qspec never fetches schemas (vendor the file into the spec folder and refer to it by a relative path)`,
            { file: fromFile },
          );
        }
        if (href.startsWith('/') || href.startsWith('\\')) {
          fail(
            'XsdExternalRef',
            `schemaLocation '${href}' is an absolute path; only paths relative to the schema, inside the spec folder, are read`,
            { file: fromFile },
          );
        }
        const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), href));
        if (rel === '..' || rel.startsWith('../')) {
          fail(
            'XsdExternalRef',
            `schemaLocation '${href}' points outside the spec folder; qspec reads schemas only from inside it`,
            { file: fromFile },
          );
        }
        realRoot ??= realpathSync(root);
        const what = `schemaLocation '${href}' (${rel})`;
        const real = realPathInside(realRoot, path.join(root, rel), { file: fromFile }, what);
        return { source: readBoundedTextSync(real, { file: fromFile }, undefined, what), file: rel };
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
