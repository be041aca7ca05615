/**
 * Spec YAML endpoint → IrEndpoint: applies the defaults each API family implies (auth, error
 * format, headers, content types, idempotency), maps the parameters (map-params.ts), resolves
 * schema references to schema ids (map-schema-ref.ts), attaches the example files found under
 * `examples/<endpoint-id>/` (map-examples.ts), and sorts everything that has no order.
 *
 * Checks (located at the offending YAML node): `SpecPathParam` (path template vs path params),
 * `SpecSchemaMissing`, `SpecSchemaRootMissing`, `SpecExampleMissing`.
 *
 * @see generator/parse/spec/spec-format.schema.json (what an endpoint declares); generator/ir/ir-endpoint.ts
 */
import type { Diagnostic } from '../diagnostics.js';
import type { IrEndpoint, IrPagination, IrRequestBody, IrResponse } from '../ir/ir-endpoint.js';
import type { SpecEndpoint } from '../parse/spec/spec-document.js';
import {
  BODY_CONTENT_TYPE,
  DEFAULT_AUTH,
  DEFAULT_ERRORS,
  DEFAULT_HEADERS,
  type EndpointMappingInput,
  type LocateInEndpoint,
  REQUEST_CONTENT_TYPE,
  sortRecord,
} from './endpoint-mapping-input.js';
import { mapExamples } from './map-examples.js';
import { checkPathParams, mapParams, placeholdersOf } from './map-params.js';
import { mapSchemaRef } from './map-schema-ref.js';

export type { EndpointMappingInput } from './endpoint-mapping-input.js';
export { placeholdersOf } from './map-params.js';
export { schemaIdOf } from './map-schema-ref.js';

/** Maps one endpoint; problems are pushed to `problems` (the caller throws them together). */
export function mapEndpoint(input: EndpointMappingInput, problems: Diagnostic[]): IrEndpoint {
  const { endpoint: e, index, file, yaml } = input;
  const base = `/endpoints/${index}`;
  const at: LocateInEndpoint = (pointer) => ({ file, ...yaml.locate(`${base}${pointer}`), endpoint: e.id });

  const pathParams = placeholdersOf(e.path);
  checkPathParams(input, pathParams, at, problems);
  const params = mapParams(input, pathParams);
  const responses = mapResponses(input, at, problems);
  const request = mapRequest(input, at, problems);
  const examples = mapExamples(input, problems, at);

  return {
    id: e.id,
    module: input.module,
    summary: e.summary,
    method: e.method,
    api: e.api,
    path: e.path,
    aliases: [...(e.aliases ?? [])].sort(),
    auth: e.auth ?? DEFAULT_AUTH[e.api],
    params,
    headers: sortRecord({ ...DEFAULT_HEADERS[e.api], ...(e.headers ?? {}) }),
    ...(request ? { request } : {}),
    responses,
    errors: e.errors ?? DEFAULT_ERRORS[e.api],
    pagination: paginationOf(e),
    idempotent: e.idempotent ?? e.method === 'GET',
    releases: (e.releases ?? []).map((r) => ({
      release: r.release,
      change: r.change,
      ...(r.doc ? { doc: r.doc } : {}),
    })),
    examples,
    ...(e.notes?.length ? { notes: [...e.notes] } : {}),
    origin: { file, ...yaml.locate(base) },
  };
}

/** Responses sorted by status; the content type defaults from the body kind. */
function mapResponses(input: EndpointMappingInput, at: LocateInEndpoint, problems: Diagnostic[]): IrResponse[] {
  const responses: IrResponse[] = input.endpoint.responses.map((r, i) => {
    const schema = mapSchemaRef(input, r.schema, `/responses/${i}/schema`, at, problems);
    return {
      status: r.status,
      contentType: r.contentType ?? BODY_CONTENT_TYPE[r.body],
      body: r.body,
      ...(schema ? { schema } : {}),
      ...(r.doc ? { doc: r.doc } : {}),
    };
  });
  return responses.sort((a, b) => a.status - b.status);
}

/** The request body, if any; the content type defaults from its kind. */
function mapRequest(
  input: EndpointMappingInput,
  at: LocateInEndpoint,
  problems: Diagnostic[],
): IrRequestBody | undefined {
  const r = input.endpoint.request;
  if (!r) return undefined;
  const schema = mapSchemaRef(input, r.schema, '/request/schema', at, problems);
  return {
    kind: r.kind,
    contentType: r.contentType ?? REQUEST_CONTENT_TYPE[r.kind],
    ...(schema ? { schema } : {}),
  };
}

function paginationOf(e: SpecEndpoint): IrPagination {
  if (e.pagination === undefined) return { style: 'none' };
  if (e.pagination.style === 'offset-limit') {
    return { style: 'offset-limit', ...(e.pagination.maxLimit ? { maxLimit: e.pagination.maxLimit } : {}) };
  }
  return { style: e.pagination.style };
}
