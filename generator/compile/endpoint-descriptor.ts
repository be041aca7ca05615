/**
 * IR endpoint → the runtime's `EndpointModel`, emitted into `generated/endpoints.ts` and used by
 * the conformance runner's client: wire params gain their camelCase `prop`, schema refs gain
 * their format, paged endpoints gain `records` (record-path.ts). Only data, no code: it is
 * serialised with JSON.stringify, so the key order below is the order in the generated file.
 *
 * @see runtime/endpoint-model.ts
 */

import type {
  EndpointModel,
  ParamModel,
  RequestModel,
  ResponseModel,
  SchemaRefModel,
} from '../../runtime/endpoint-model.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrEndpoint, IrParam, IrRequestBody, IrResponse, IrSchemaRef } from '../ir/ir-endpoint.js';
import { camelCase } from '../naming.js';
import { recordPath } from './record-path.js';

/** The descriptor of `e`, keys in a fixed order. */
export function endpointDescriptor(doc: IrDocument, e: IrEndpoint): EndpointModel {
  const records = recordPath(doc, e);
  return {
    id: e.id,
    module: e.module,
    summary: e.summary,
    method: e.method,
    api: e.api,
    path: e.path,
    aliases: e.aliases,
    auth: e.auth,
    params: e.params.map(paramModel),
    headers: e.headers,
    ...(e.request !== undefined ? { request: requestModel(doc, e.request) } : {}),
    responses: e.responses.map((r) => responseModel(doc, r)),
    errors: e.errors,
    pagination: e.pagination,
    idempotent: e.idempotent,
    ...(records !== undefined ? { records: { path: records.path, elements: records.elements } } : {}),
  };
}

/** The camelCase property a wire parameter becomes (`include_hosts_summary_categories` → `includeHostsSummaryCategories`). */
export function paramProp(wire: string): string {
  return camelCase(wire);
}

function paramModel(p: IrParam): ParamModel {
  return {
    name: p.name,
    prop: paramProp(p.name),
    in: p.in,
    type: p.type,
    required: p.required,
    ...(p.enum !== undefined ? { enum: p.enum } : {}),
    ...(p.list !== undefined ? { list: p.list } : {}),
    ...(p.minimum !== undefined ? { minimum: p.minimum } : {}),
    ...(p.maximum !== undefined ? { maximum: p.maximum } : {}),
    ...(p.default !== undefined ? { default: p.default } : {}),
    ...(p.booleanFormat !== undefined ? { booleanFormat: p.booleanFormat } : {}),
    ...(p.const !== undefined ? { const: p.const } : {}),
    ...(p.requiredWith !== undefined ? { requiredWith: p.requiredWith } : {}),
  };
}

function requestModel(doc: IrDocument, r: IrRequestBody): RequestModel {
  const schema = schemaRef(doc, r.schema);
  return { kind: r.kind, contentType: r.contentType, ...(schema ? { schema } : {}) };
}

function responseModel(doc: IrDocument, r: IrResponse): ResponseModel {
  const schema = schemaRef(doc, r.schema);
  return { status: r.status, contentType: r.contentType, body: r.body, ...(schema ? { schema } : {}) };
}

/** The reference with its schema's format (an unknown schema id counts as XSD). */
function schemaRef(doc: IrDocument, ref: IrSchemaRef | undefined): SchemaRefModel | undefined {
  if (ref === undefined) return undefined;
  const format = doc.schemas.find((s) => s.id === ref.schema)?.format ?? 'xsd';
  return { schema: ref.schema, ...(ref.root !== undefined ? { root: ref.root } : {}), format };
}
