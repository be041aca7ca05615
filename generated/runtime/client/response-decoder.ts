// Copied by qspec from runtime/client/response-decoder.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Response decoding and schema validation behind one small interface, so the client core never
 * depends on a particular XML engine: `schemaDecoder()` interprets the generated schema registry
 * with the runtime XML parser (`runtime/xml/parse-xml.ts`, passed in by the generated index.ts)
 * and the ajv standalone validators; tests and other kits may inject their own decoder.
 *
 * XML: typed records (arrays stay arrays, numbers/booleans/dates coerced, CDATA unwrapped).
 * Large XML pages can also be decoded as a stream (`xmlRecords`, when the decoder was given a
 * record sink: runtime/client/xml-record-sink.ts): records come out one by one, then the envelope.
 * JSON: parsed by the client, validated here.
 *
 * @see runtime/schema-entry.ts, runtime/schema-model.ts; docs/client.md (streamed paging)
 */
import type { SchemaRefModel } from '../endpoint-model.js';
import type { Issue } from '../issue.js';
import type { SchemaEntry } from '../schema-entry.js';
import type { XmlSchemaModel } from '../schema-model.js';
import type { ValidationIssue } from './qualys-error.js';

export interface DecodedXml {
  readonly value: unknown;
  readonly issues: readonly ValidationIssue[];
}

/** A streamed XML page being decoded: push bytes in, records come out through the callback. */
export interface XmlRecordStream {
  write(chunk: Uint8Array): void;
  /** Validity errors so far (the client stops early on the first in `validation: 'throw'`). */
  readonly errorCount: number;
  /** True once decoding stopped (fatal error, limits). */
  readonly stopped: boolean;
  /** The page's issues, its root element, and the typed document without its records. */
  end(): { readonly issues: readonly ValidationIssue[]; readonly root: string | undefined; readonly envelope: unknown };
}

export interface ResponseDecoder {
  xml(text: string, ref: SchemaRefModel): DecodedXml;
  json(value: unknown, ref: SchemaRefModel): readonly ValidationIssue[];
  /**
   * Optional streamed decoding of an XML page; `recordPath` names the elements from the root to
   * the record. Undefined (or a decoder without it) keeps the page on the text path.
   */
  xmlRecords?(
    ref: SchemaRefModel,
    recordPath: readonly string[],
    onRecord: (record: unknown) => void,
  ): XmlRecordStream | undefined;
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
    errors: readonly Pick<Issue, 'message' | 'location'>[];
  };
};

/** The shape of `xmlRecordSink` in runtime/client/xml-record-sink.ts (structural, like ParseXmlFunction). */
export type XmlRecordSinkFunction = (
  model: XmlSchemaModel,
  options: { root?: string; recordPath: readonly string[] },
  onRecord: (record: unknown) => void,
) => {
  write(chunk: Uint8Array): void;
  readonly errorCount: number;
  readonly stopped: boolean;
  end(): {
    valid: boolean;
    errors: readonly Pick<Issue, 'message' | 'location'>[];
    root?: string;
    envelope: unknown;
  };
};

/** An engine issue as the client's flat ValidationIssue; absent location parts stay absent (exactOptionalPropertyTypes). */
function validationIssueOf(e: Pick<Issue, 'message' | 'location'>): ValidationIssue {
  const { path, line, column } = e.location;
  return {
    message: e.message,
    ...(path !== undefined ? { path } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}

const issuesOf = (errors: readonly Pick<Issue, 'message' | 'location'>[]): ValidationIssue[] =>
  errors.map(validationIssueOf);

/** The default decoder: the generated schema registry interpreted by the runtime XML engine and ajv validators. */
export function schemaDecoder(
  registry: Readonly<Record<string, SchemaEntry>>,
  parseXml: ParseXmlFunction,
  recordSink?: XmlRecordSinkFunction,
): ResponseDecoder {
  const xmlModel = (ref: SchemaRefModel): XmlSchemaModel | undefined => {
    const entry = registry[ref.schema];
    return entry === undefined || entry.format === 'json-schema' ? undefined : entry.model;
  };
  return {
    xml(text, ref) {
      const entry = registry[ref.schema];
      if (entry === undefined || entry.format === 'json-schema') {
        return { value: undefined, issues: [{ message: `no XML schema ${ref.schema} in the registry` }] };
      }
      const parsed = parseXml(text, entry.model, ref.root !== undefined ? { root: ref.root } : {});
      return { value: parsed.value, issues: issuesOf(parsed.result.errors) };
    },
    ...(recordSink !== undefined
      ? {
          xmlRecords(ref: SchemaRefModel, recordPath: readonly string[], onRecord: (record: unknown) => void) {
            const model = xmlModel(ref);
            if (model === undefined) return undefined;
            const sink = recordSink(
              model,
              { ...(ref.root !== undefined ? { root: ref.root } : {}), recordPath },
              onRecord,
            );
            return {
              write: (chunk: Uint8Array) => sink.write(chunk),
              get errorCount() {
                return sink.errorCount;
              },
              get stopped() {
                return sink.stopped;
              },
              end() {
                const r = sink.end();
                return { issues: issuesOf(r.errors), root: r.root, envelope: r.envelope };
              },
            };
          },
        }
      : {}),
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
