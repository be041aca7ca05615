/**
 * What a payload is validated against: an XML schema model (+ root), a compiled JSON Schema, or
 * nothing (binary/CSV/text bodies are checked for content type only). Built from the IR, never
 * from generated code, so `qspec validate` works on a spec folder without `qspec generate`:
 *
 * - `--endpoint ID [--status N]`: the endpoint's response for that status (default: its first
 *   2xx response with a schema; among several, the one whose body kind matches the file).
 * - `--schema FILE[#ROOT]`: one XSD/DTD/JSON Schema file and an optional root element.
 *
 * @see docs/conformance.md (qspec validate); generator/compile/build-xml-model.ts
 */
import type { ValidateFunction } from 'ajv';
import { buildXmlSchemaModel } from '../../generator/compile/build-xml-model.js';
import { irToJsonSchema } from '../../generator/compile/ir-to-json-schema.js';
import { DiagnosticError, TargetError } from '../../generator/errors.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint, IrResponse } from '../../generator/ir/ir-endpoint.js';
import type { IrSchema } from '../../generator/ir/ir-types.js';
import type { XmlSchemaModel } from '../../runtime/schema-model.js';
import { compileJsonValidator } from './compile-json-validator.js';
import { untranslatablePatterns } from './untranslatable-patterns.js';

export type ValidationTarget =
  | {
      readonly kind: 'xml';
      readonly label: string;
      readonly schemaId: string;
      readonly root?: string;
      readonly model: XmlSchemaModel;
    }
  | {
      readonly kind: 'json';
      readonly label: string;
      readonly schemaId: string;
      readonly validate: ValidateFunction;
      /** The JSON Schema `validate` was compiled from (worker threads compile it again). */
      readonly jsonSchema?: object;
    }
  | { readonly kind: 'none'; readonly label: string; readonly body: IrResponse['body'] };

const xmlModels = new WeakMap<IrSchema, XmlSchemaModel>();
const jsonValidators = new WeakMap<IrSchema, Map<string, { validate: ValidateFunction; jsonSchema: object }>>();

/** The validator of one schema + root (cached per IR schema object). */
export function targetForSchema(schema: IrSchema, root: string | undefined, label: string): ValidationTarget {
  if (root !== undefined && schema.format !== 'json-schema' && !schema.roots.some((r) => r.name === root)) {
    const known = schema.roots.map((r) => r.name);
    throw new TargetError(
      `${schema.file} has no root element '${root}' (roots: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', ...' : ''})`,
    );
  }
  if (schema.format === 'json-schema') {
    let cache = jsonValidators.get(schema);
    if (!cache) {
      cache = new Map();
      jsonValidators.set(schema, cache);
    }
    let compiled = cache.get(root ?? '');
    if (!compiled) {
      const jsonSchema = irToJsonSchema(schema, root) as object;
      compiled = { validate: compileJsonValidator(jsonSchema), jsonSchema };
      cache.set(root ?? '', compiled);
    }
    return { kind: 'json', label, schemaId: schema.id, ...compiled };
  }
  let model = xmlModels.get(schema);
  if (!model) {
    // A pattern the runtime cannot compile refuses the schema: never a facet silently left unchecked.
    const refused = untranslatablePatterns(schema);
    if (refused.length > 0) throw new DiagnosticError(refused);
    model = buildXmlSchemaModel(schema);
    xmlModels.set(schema, model);
  }
  return { kind: 'xml', label, schemaId: schema.id, model, ...(root !== undefined ? { root } : {}) };
}

/** Picks the response an endpoint answers with for `status` (and a body kind hint from a file name). */
export function pickResponse(
  endpoint: IrEndpoint,
  status?: number,
  hint?: IrResponse['body'],
  contentType?: string,
): IrResponse | undefined {
  const candidates = endpoint.responses.filter((r) =>
    status === undefined ? r.status >= 200 && r.status < 300 : r.status === status,
  );
  // Two XML answers with one status (report fetch: the report as application/xml, SIMPLE_RETURN
  // as text/xml) are told apart by their media type.
  const media = (t: string | undefined) => (t ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    candidates.find(
      (r) =>
        hint !== undefined &&
        r.body === hint &&
        contentType !== undefined &&
        media(r.contentType) === media(contentType),
    ) ??
    candidates.find((r) => hint !== undefined && r.body === hint) ??
    candidates.find((r) => r.schema !== undefined) ??
    candidates[0]
  );
}

export function targetForEndpoint(
  doc: IrDocument,
  endpointId: string,
  status?: number,
  hint?: 'xml' | 'json',
): ValidationTarget {
  const endpoint = doc.endpoints.find((e) => e.id === endpointId || e.aliases.includes(endpointId));
  if (!endpoint) {
    const near = doc.endpoints
      .map((e) => e.id)
      .filter((id) => id.split('.')[0] === endpointId.split('.')[0])
      .slice(0, 5);
    throw new TargetError(
      `unknown endpoint '${endpointId}'${near.length ? ` (did you mean ${near.join(', ')}?)` : ` (${doc.endpoints.length} endpoints in specs/)`}`,
    );
  }
  const response = pickResponse(endpoint, status, hint);
  if (!response) {
    throw new TargetError(
      `endpoint ${endpoint.id} declares no ${status ?? '2xx'} response (statuses: ${endpoint.responses.map((r) => r.status).join(', ')})`,
    );
  }
  return targetForResponse(doc, endpoint, response);
}

export function targetForResponse(doc: IrDocument, endpoint: IrEndpoint, response: IrResponse): ValidationTarget {
  const label = `${endpoint.id} ${response.status}`;
  if (!response.schema) return { kind: 'none', label, body: response.body };
  const schema = doc.schemas.find((s) => s.id === response.schema!.schema);
  if (!schema) throw new Error(`endpoint ${endpoint.id}: schema ${response.schema.schema} missing from the IR`);
  return targetForSchema(schema, response.schema.root, label);
}
