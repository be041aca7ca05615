// Copied by qspec from templates/runtime/client/response-decoder.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * Response decoding and schema validation behind one small interface, so the client core never
 * depends on a particular XML engine: `schemaDecoder()` interprets the generated schema registry
 * with the runtime XML parser (`runtime/xml/parse-xml.ts`, passed in by the generated index.ts)
 * and the ajv standalone validators; tests and other kits may inject their own decoder.
 *
 * XML: typed records (arrays stay arrays, numbers/booleans/dates coerced, CDATA unwrapped).
 * JSON: parsed by the client, validated here.
 *
 * @see templates/runtime/schema-entry.ts, templates/runtime/schema-model.ts
 */
import type { SchemaRefModel } from '../endpoint-model.js';
import type { SchemaEntry } from '../schema-entry.js';
import type { XmlSchemaModel } from '../schema-model.js';
import type { ValidationIssue } from './qualys-error.js';

export interface DecodedXml {
  readonly value: unknown;
  readonly issues: readonly ValidationIssue[];
}

export interface ResponseDecoder {
  xml(text: string, ref: SchemaRefModel): DecodedXml;
  json(value: unknown, ref: SchemaRefModel): readonly ValidationIssue[];
}

/** The shape of `parseXml` in runtime/xml/parse-xml.ts (kept structural so this file has no hard dependency). */
export type ParseXmlFunction = (
  xml: string,
  model: XmlSchemaModel,
  options?: { root?: string; strict?: boolean },
) => {
  value: unknown;
  result: {
    valid: boolean;
    errors: readonly { message: string; line: number; column: number; path: string }[];
  };
};

/** The default decoder: the generated schema registry interpreted by the runtime XML engine and ajv validators. */
export function schemaDecoder(
  registry: Readonly<Record<string, SchemaEntry>>,
  parseXml: ParseXmlFunction,
): ResponseDecoder {
  return {
    xml(text, ref) {
      const entry = registry[ref.schema];
      if (entry === undefined || entry.format === 'json-schema') {
        return { value: undefined, issues: [{ message: `no XML schema ${ref.schema} in the registry` }] };
      }
      const parsed = parseXml(text, entry.model, ref.root !== undefined ? { root: ref.root } : {});
      const issues = parsed.result.errors.map((e) => ({
        message: e.message,
        path: e.path,
        line: e.line,
        column: e.column,
      }));
      return { value: parsed.value, issues };
    },
    json(value, ref) {
      const entry = registry[ref.schema];
      if (entry === undefined || entry.format !== 'json-schema')
        return [{ message: `no JSON Schema ${ref.schema} in the registry` }];
      if (entry.validate(value)) return [];
      return (entry.validate.errors ?? []).map((e) => ({
        message: `${e.keyword}: ${e.message ?? ''}`,
        path: e.instancePath,
      }));
    },
  };
}
