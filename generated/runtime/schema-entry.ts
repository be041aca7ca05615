// Copied by qspec from runtime/schema-entry.ts. Do not edit here: `qspec generate` replaces it.
/**
 * One entry of `generated/schema-registry.ts`: the compiled validator of one schema, keyed by its
 * schema id (`was/schemas/finding.xsd`). XML schemas carry the model the runtime XML engine
 * interprets; JSON Schemas carry an ajv standalone validate function compiled at generation time.
 */
import type { XmlSchemaModel } from './schema-model.js';

/** A JSON Schema (draft-07) document as plain data. */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

export interface JsonSchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

/** An ajv standalone validation function (no runtime compilation). */
export interface JsonValidateFunction {
  (data: unknown): boolean;
  errors?: JsonSchemaError[] | null;
}

export type SchemaEntry =
  | { readonly id: string; readonly format: 'xsd' | 'dtd'; readonly model: XmlSchemaModel }
  | {
      readonly id: string;
      readonly format: 'json-schema';
      readonly validate: JsonValidateFunction;
      /** The JSON Schema itself (draft-07), for documentation and drift reporting. */
      readonly schema: JsonSchemaDocument;
      /** JSON pointers (with `*` for array items) of objects whose properties are all declared (closed); others are open. */
      readonly closedPaths?: readonly string[];
    };
