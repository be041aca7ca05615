/**
 * IR endpoint → the plain-data EndpointModel emitted into `generated/endpoints.ts`: wire params
 * gain their camelCase `prop`, schema refs gain their format, paged endpoints gain `records`
 * (record-path.ts). Only data, no code: it is serialised with JSON.stringify.
 *
 * @see runtime/endpoint-model.ts
 */

import { camelCase } from '../emit/naming.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrEndpoint, IrSchemaRef } from '../ir/ir-endpoint.js';
import { recordPath } from './record-path.js';

function schemaRef(doc: IrDocument, ref: IrSchemaRef | undefined): Record<string, unknown> | undefined {
  if (ref === undefined) return undefined;
  const format = doc.schemas.find((s) => s.id === ref.schema)?.format ?? 'xsd';
  return { schema: ref.schema, ...(ref.root !== undefined ? { root: ref.root } : {}), format };
}

/** The descriptor as a JSON-serialisable object with a fixed key order. */
export function endpointDescriptor(doc: IrDocument, e: IrEndpoint): Record<string, unknown> {
  const records = recordPath(doc, e);
  const params = e.params.map((p) => {
    const out: Record<string, unknown> = {
      name: p.name,
      prop: paramProp(p.name),
      in: p.in,
      type: p.type,
      required: p.required,
    };
    if (p.enum !== undefined) out.enum = p.enum;
    if (p.list !== undefined) out.list = p.list;
    if (p.minimum !== undefined) out.minimum = p.minimum;
    if (p.maximum !== undefined) out.maximum = p.maximum;
    if (p.default !== undefined) out.default = p.default;
    if (p.booleanFormat !== undefined) out.booleanFormat = p.booleanFormat;
    if (p.const !== undefined) out.const = p.const;
    if (p.requiredWith !== undefined) out.requiredWith = p.requiredWith;
    return out;
  });
  const out: Record<string, unknown> = {
    id: e.id,
    module: e.module,
    summary: e.summary,
    method: e.method,
    api: e.api,
    path: e.path,
    aliases: e.aliases,
    auth: e.auth,
    params,
    headers: e.headers,
  };
  if (e.request !== undefined) {
    const schema = schemaRef(doc, e.request.schema);
    out.request = { kind: e.request.kind, contentType: e.request.contentType, ...(schema ? { schema } : {}) };
  }
  out.responses = e.responses.map((r) => {
    const schema = schemaRef(doc, r.schema);
    return { status: r.status, contentType: r.contentType, body: r.body, ...(schema ? { schema } : {}) };
  });
  out.errors = e.errors;
  out.pagination = e.pagination;
  out.idempotent = e.idempotent;
  if (records !== undefined) out.records = { path: records.path, elements: records.elements };
  return out;
}

/** The camelCase property a wire parameter becomes (`include_hosts_summary_categories` → `includeHostsSummaryCategories`). */
export function paramProp(wire: string): string {
  return camelCase(wire);
}
