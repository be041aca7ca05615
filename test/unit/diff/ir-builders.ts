/**
 * Small builders for hand-made IR values used by the diff unit tests (no parser involved).
 */
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import type { IrEndpoint, IrParam } from '../../../generator/ir/ir-endpoint.js';
import type { IrField, IrSchema, IrType } from '../../../generator/ir/ir-types.js';

export const at = (line: number, file = 'x/schemas/t.xsd') => ({ file, line, column: 1 });
export const str: IrType = { kind: 'primitive', builtin: 'string', facets: {} };

export function el(
  name: string,
  type: IrType = str,
  min = 0,
  max: number | 'unbounded' = 1,
  line = 1,
  extra: Partial<IrField> = {},
): IrField {
  return {
    name,
    xml: { local: name, node: 'element' },
    type,
    occurs: { min, max },
    nillable: false,
    origin: at(line),
    ...extra,
  };
}
export function attr(
  name: string,
  type: IrType = str,
  required = false,
  line = 1,
  extra: Partial<IrField> = {},
): IrField {
  return {
    name,
    xml: { local: name, node: 'attribute' },
    type,
    occurs: { min: required ? 1 : 0, max: 1 },
    nillable: false,
    origin: at(line),
    ...extra,
  };
}
export function obj(fields: IrField[], content: 'sequence' | 'all' | 'choice' = 'sequence'): IrType {
  return { kind: 'object', fields, content, particle: null };
}
export function schema(
  types: Record<string, IrType>,
  roots: Record<string, IrType> = {},
  id = 'x/schemas/t.xsd',
): IrSchema {
  return {
    id,
    format: id.endsWith('.dtd') ? 'dtd' : id.endsWith('.json') ? 'json-schema' : 'xsd',
    file: id,
    types: Object.entries(types).map(([name, type], i) => ({
      id: `${id}#${name}`,
      name,
      type,
      origin: at(10 + i, id),
    })),
    roots: Object.entries(roots).map(([name, type], i) => ({ name, type, origin: at(2 + i, id) })),
  };
}
export function param(name: string, extra: Partial<IrParam> = {}): IrParam {
  return { name, in: 'query', type: 'string', required: false, origin: at(5, 'x/r.yaml'), ...extra };
}
export function endpoint(id: string, extra: Partial<IrEndpoint> = {}): IrEndpoint {
  return {
    id,
    module: 'x',
    summary: id,
    method: 'GET',
    api: 'fo',
    path: `/api/2.0/fo/${id}/`,
    aliases: [],
    auth: 'basic',
    params: [],
    headers: {},
    responses: [{ status: 200, contentType: 'text/xml', body: 'xml' }],
    errors: 'simple-return',
    pagination: { style: 'none' },
    idempotent: true,
    releases: [],
    examples: [],
    origin: at(3, 'x/r.yaml'),
    ...extra,
  };
}
export function doc(schemas: IrSchema[] = [], endpoints: IrEndpoint[] = []): IrDocument {
  return { schemas, endpoints, platforms: [] };
}
