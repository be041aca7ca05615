/**
 * The endpoint half of the IR: what `specs/<module>/<resource>.yaml` declares, after the spec
 * parser has validated it and resolved its schema references. Plain data, sorted, located.
 *
 * The wire contract (method, path, params, bodies, errors, pagination) is declared once, by the
 * runtime's endpoint model (runtime/endpoint-model.ts), which is what the generated client reads;
 * the IR types here are those shapes plus what only the generator needs: where each piece was
 * declared (`origin`), documentation, examples and release history. A wire parameter's client
 * property name (`prop`) and a schema reference's format are derived when compiling
 * (generator/compile/endpoint-descriptor.ts), so the IR does not carry them.
 *
 * @see docs/decisions/0010-ir-and-runtime-model.md
 */
import type {
  ApiFamily,
  AuthKind,
  EndpointModel,
  ErrorFormat,
  PaginationModel,
  ParamModel,
  ParamType,
  RequestModel,
  ResponseModel,
  SchemaRefModel,
} from '../../runtime/endpoint-model.js';
import type { IrOrigin } from './ir-origin.js';

export type IrApiFamily = ApiFamily;
export type IrAuthKind = AuthKind;
export type IrParamType = ParamType;
export type IrErrorFormat = ErrorFormat;
export type IrPagination = PaginationModel;

/** A parameter as declared: the wire contract, its provenance and docs (no client `prop`). */
export interface IrParam extends Omit<ParamModel, 'prop'> {
  readonly since?: string;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/** A reference from an endpoint into a schema: the schema id plus the root element (the format is looked up when compiling). */
export type IrSchemaRef = Omit<SchemaRefModel, 'format'>;

export interface IrRequestBody extends Omit<RequestModel, 'schema'> {
  readonly schema?: IrSchemaRef;
}

export interface IrResponse extends Omit<ResponseModel, 'schema'> {
  readonly schema?: IrSchemaRef;
  readonly doc?: string;
}

export interface IrExample {
  /** Case name: the file stem before `.request`/`.response` (e.g. `seed-000-history`). */
  readonly name: string;
  /** Path relative to the specs root. */
  readonly file: string;
  readonly kind: 'request' | 'response';
  readonly status: number;
  readonly contentType: string;
  /** The example's params (query/path/form) for a request example, from a sidecar or the spec. */
  readonly params?: Readonly<Record<string, string>>;
  /** Expected verdict: a damaged sample kept as bad input must fail validation. */
  readonly expect: 'valid' | 'invalid';
  readonly doc?: string;
}

export interface IrRelease {
  /** Seed file stem (`000_13f8be984dbb1e06`) or a release name. */
  readonly release: string;
  /** fixed: an "Issues Addressed" entry: behaviour fixed, contract unchanged. */
  readonly change: 'added' | 'updated' | 'output-only' | 'fixed';
  readonly doc?: string;
}

/** An endpoint as declared: the runtime's endpoint model (without the compiled `records`) plus provenance. */
export interface IrEndpoint extends Omit<EndpointModel, 'params' | 'request' | 'responses' | 'records'> {
  /** Sorted: path params in path order, then the rest by name. */
  readonly params: readonly IrParam[];
  readonly request?: IrRequestBody;
  readonly responses: readonly IrResponse[];
  readonly releases: readonly IrRelease[];
  readonly examples: readonly IrExample[];
  readonly notes?: readonly string[];
  readonly origin: IrOrigin;
}

export interface IrPlatform {
  /** `US1`, `EU2`, `IN1`, `PRIVATE`, ... */
  readonly id: string;
  readonly name: string;
  /** FO/QPS API server, e.g. `https://qualysapi.qualys.com`; `{base}` placeholder for private cloud. */
  readonly apiUrl: string;
  /** Gateway, e.g. `https://gateway.qg1.apps.qualys.com`. */
  readonly gatewayUrl: string;
  readonly origin: IrOrigin;
}
