/**
 * Pass: every JSON Schema `format` a schema uses is one the generated validators check
 * (runtime/json-formats.ts: date, time, date-time, ipv4, uuid), else `JsonSchemaUnsupportedFormat`
 * at the type that uses it. ajv would otherwise skip an unknown format silently, and the
 * generated client would accept any string where the spec promised, say, an email address.
 * Adding a format means adding its check (and its comparison with ajv-formats) to the runtime.
 *
 * @see JSON Schema draft-07 §7.3; generator/emit/validators/emit-json-validator.ts
 */

import { jsonFormats } from '../../runtime/json-formats.js';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import { forEachType } from './walk-types.js';

const SUPPORTED = Object.keys(jsonFormats).sort().join(', ');

export function checkJsonFormats(doc: IrDocument, problems: Diagnostic[]): IrDocument {
  for (const schema of doc.schemas) {
    forEachType(schema, (t, origin) => {
      // Only a primitive's format reaches the validators (compile/ir-to-json-schema.ts).
      const format = t.kind === 'primitive' ? t.facets.format : undefined;
      if (format === undefined || Object.hasOwn(jsonFormats, format)) return;
      problems.push(
        diagnostic(
          'JsonSchemaUnsupportedFormat',
          `format '${format}' in ${schema.id} is not checked by qspec's validators (supported: ${SUPPORTED}); drop it or describe the value with a pattern`,
          origin,
        ),
      );
    });
  }
  return doc;
}
