/**
 * Spec YAML endpoint → IrEndpoint: applies the defaults each API family implies (auth, error
 * format, headers, content types, idempotency), resolves schema references to schema ids, attaches
 * the example files found under `examples/<endpoint-id>/`, and sorts everything that has no order.
 *
 * Checks (located at the offending YAML node): `SpecPathParam` (path template vs path params),
 * `SpecSchemaMissing` (a schema file that is not in the folder; one that is there but failed to parse
 * has its own diagnostics and is not reported again), `SpecSchemaRootMissing` (a root
 * element the schema does not declare), `SpecExampleMissing` (example metadata without a file).
 *
 * @see issue 2 §2; generator/ir/ir-endpoint.ts
 */
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrApiFamily, IrEndpoint, IrExample, IrParam, IrResponse, IrSchemaRef } from '../ir/ir-endpoint.js';
import type { IrSchema } from '../ir/ir-types.js';
import type { ExampleFile } from '../load/spec-files.js';
import type { LocatedYaml } from '../parse/spec/parse-located-yaml.js';
import type { SpecEndpoint, SpecSchemaRef } from '../parse/spec/spec-document.js';

export interface EndpointMappingInput {
  readonly endpoint: SpecEndpoint;
  readonly index: number;
  readonly module: string;
  /** Spec file path relative to the specs root. */
  readonly file: string;
  readonly yaml: LocatedYaml;
  readonly schemas: ReadonlyMap<string, IrSchema>;
  /** Schema ids whose file is in the folder but failed to parse (already reported: not "missing"). */
  readonly unparsedSchemas?: ReadonlySet<string>;
  readonly examples: readonly ExampleFile[];
}

const DEFAULT_AUTH = { qps: 'basic', fo: 'basic', gateway: 'jwt', pci: 'pci-basic' } as const;
const DEFAULT_ERRORS = { qps: 'qps-response-code', fo: 'simple-return', gateway: 'json', pci: 'json' } as const;
const DEFAULT_HEADERS: Record<IrApiFamily, Record<string, string>> = {
  qps: {},
  fo: { 'X-Requested-With': 'qspec' },
  gateway: {},
  pci: { apiVersion: 'V1' },
};
const BODY_CONTENT_TYPE = {
  xml: 'text/xml',
  json: 'application/json',
  binary: 'application/octet-stream',
  text: 'text/plain',
  csv: 'text/csv',
  none: '',
} as const;
const REQUEST_CONTENT_TYPE = {
  'service-request': 'text/xml',
  form: 'application/x-www-form-urlencoded',
  json: 'application/json',
} as const;

/** The schema id a module's spec reference names: its path relative to the specs root. */
export function schemaIdOf(module: string, file: string): string {
  return path.posix.normalize(path.posix.join(module, file));
}

/**
 * The `{name}` placeholders of a path template, as `/\{([^}]+)\}/g` finds them (a `{` opens,
 * the next `}` closes, an empty `{}` is skipped), by one left-to-right scan.
 */
export function placeholdersOf(template: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const open = template.indexOf('{', from);
    if (open < 0) break;
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    if (close > open + 1) {
      out.push(template.slice(open + 1, close));
      from = close + 1;
    } else from = open + 1;
  }
  return out;
}

/** Maps one endpoint; problems are pushed to `problems` (the caller throws them together). */
export function mapEndpoint(input: EndpointMappingInput, problems: Diagnostic[]): IrEndpoint {
  const { endpoint: e, index, file, yaml } = input;
  const base = `/endpoints/${index}`;
  const at = (pointer: string) => ({ file, ...yaml.locate(`${base}${pointer}`), endpoint: e.id });

  const pathParams = placeholdersOf(e.path);
  const declaredPath = (e.params ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  for (const name of pathParams) {
    if (!declaredPath.includes(name)) {
      problems.push(diagnostic('SpecPathParam', `path placeholder {${name}} has no 'in: path' parameter`, at('/path')));
    }
  }
  for (const name of declaredPath) {
    if (!pathParams.includes(name)) {
      problems.push(
        diagnostic('SpecPathParam', `path parameter '${name}' does not appear in the path template`, at('/params')),
      );
    }
  }

  const params: IrParam[] = (e.params ?? []).map((p, i) => ({
    name: p.name,
    in: p.in,
    type: p.type,
    required: p.in === 'path' ? true : (p.required ?? false),
    ...(p.enum ? { enum: [...p.enum] } : {}),
    ...(p.list ? { list: true } : {}),
    ...(p.minimum !== undefined ? { minimum: p.minimum } : {}),
    ...(p.maximum !== undefined ? { maximum: p.maximum } : {}),
    ...(p.default !== undefined ? { default: String(p.default) } : {}),
    ...(p.booleanFormat
      ? { booleanFormat: p.booleanFormat }
      : p.type === 'boolean' && e.api === 'fo'
        ? { booleanFormat: 'zero-one' as const }
        : {}),
    ...(p.const !== undefined ? { const: p.const } : {}),
    ...(p.requiredWith ? { requiredWith: [...p.requiredWith] } : {}),
    ...(p.since ? { since: p.since } : {}),
    ...(p.doc ? { doc: p.doc } : {}),
    origin: { file, ...yaml.locate(`${base}/params/${i}`) },
  }));
  params.sort((a, b) => paramRank(a, pathParams) - paramRank(b, pathParams) || a.name.localeCompare(b.name));

  const resolveRef = (ref: SpecSchemaRef | undefined, pointer: string): IrSchemaRef | undefined => {
    if (ref === undefined) return undefined;
    const id = schemaIdOf(input.module, ref.file);
    const schema = input.schemas.get(id);
    if (schema === undefined && input.unparsedSchemas?.has(id)) {
      return { schema: id, ...(ref.root ? { root: ref.root } : {}) };
    }
    if (schema === undefined) {
      problems.push(
        diagnostic(
          'SpecSchemaMissing',
          `schema file '${ref.file}' (${id}) is not in the spec folder`,
          at(`${pointer}/file`),
        ),
      );
      return { schema: id, ...(ref.root ? { root: ref.root } : {}) };
    }
    if (ref.root !== undefined && !schema.roots.some((r) => r.name === ref.root)) {
      problems.push(
        diagnostic(
          'SpecSchemaRootMissing',
          `schema ${id} declares no root element '${ref.root}' (roots: ${schema.roots.map((r) => r.name).join(', ') || 'none'})`,
          at(`${pointer}/root`),
        ),
      );
    }
    if (ref.root === undefined && schema.format !== 'json-schema') {
      problems.push(
        diagnostic(
          'SpecSchemaRootMissing',
          `an XML schema reference needs 'root' (one of ${schema.roots.map((r) => r.name).join(', ')})`,
          at(pointer),
        ),
      );
    }
    return { schema: id, ...(ref.root ? { root: ref.root } : {}) };
  };

  const responses: IrResponse[] = e.responses.map((r, i) => {
    const schema = resolveRef(r.schema, `/responses/${i}/schema`);
    return {
      status: r.status,
      contentType: r.contentType ?? BODY_CONTENT_TYPE[r.body],
      body: r.body,
      ...(schema ? { schema } : {}),
      ...(r.doc ? { doc: r.doc } : {}),
    };
  });
  responses.sort((a, b) => a.status - b.status);

  const requestSchema = e.request ? resolveRef(e.request.schema, '/request/schema') : undefined;
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
    ...(e.request
      ? {
          request: {
            kind: e.request.kind,
            contentType: e.request.contentType ?? REQUEST_CONTENT_TYPE[e.request.kind],
            ...(requestSchema ? { schema: requestSchema } : {}),
          },
        }
      : {}),
    responses,
    errors: e.errors ?? DEFAULT_ERRORS[e.api],
    pagination:
      e.pagination === undefined
        ? { style: 'none' }
        : e.pagination.style === 'offset-limit'
          ? { style: 'offset-limit', ...(e.pagination.maxLimit ? { maxLimit: e.pagination.maxLimit } : {}) }
          : { style: e.pagination.style },
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

function paramRank(p: IrParam, pathParams: readonly string[]): number {
  const i = pathParams.indexOf(p.name);
  return p.in === 'path' && i >= 0 ? i - 1000 : 0;
}

function sortRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}

function mapExamples(
  input: EndpointMappingInput,
  problems: Diagnostic[],
  at: (pointer: string) => { file: string; line: number; column: number; endpoint: string },
): IrExample[] {
  const { endpoint: e } = input;
  const files = input.examples.filter((x) => x.endpointId === e.id);
  const meta = e.examples ?? {};
  for (const name of Object.keys(meta)) {
    if (!files.some((f) => f.caseName === name)) {
      problems.push(
        diagnostic(
          'SpecExampleMissing',
          `example '${name}' has no file under ${input.module}/examples/${e.id}/ (${name}.response.xml|json)`,
          at(`/examples/${name}`),
        ),
      );
    }
  }
  const okStatus = e.responses[0]?.status ?? 200;
  return files
    .map((f): IrExample => {
      const m = meta[f.caseName] ?? {};
      const status = m.status ?? okStatus;
      const declared = e.responses.find((r) => r.status === status);
      const contentType =
        m.contentType ??
        (f.kind === 'request'
          ? e.request
            ? (e.request.contentType ?? REQUEST_CONTENT_TYPE[e.request.kind])
            : 'application/octet-stream'
          : (declared?.contentType ?? contentTypeOfExtension(f.extension)));
      return {
        name: f.caseName,
        file: f.file,
        kind: f.kind,
        status,
        contentType,
        ...(m.params ? { params: sortRecord({ ...m.params }) } : {}),
        expect: m.expect ?? 'valid',
        ...(m.doc ? { doc: m.doc } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}

function contentTypeOfExtension(ext: string): string {
  switch (ext) {
    case 'xml':
      return 'text/xml';
    case 'json':
      return 'application/json';
    case 'csv':
      return 'text/csv';
    case 'pdf':
      return 'application/pdf';
    default:
      return 'application/octet-stream';
  }
}
