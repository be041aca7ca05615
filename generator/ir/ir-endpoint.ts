/**
 * The endpoint half of the IR: what `specs/<module>/<resource>.yaml` declares, after the spec
 * parser has validated it and resolved its schema references. Plain data, sorted, located.
 *
 * @see ../shared/DESIGN.md §2 (spec layout), issue 2 §2 (spec format)
 */
import type { IrOrigin } from './ir-origin.js';

/** Which Qualys API family an endpoint belongs to; it decides host, auth defaults and error format. */
export type IrApiFamily = 'qps' | 'fo' | 'gateway' | 'pci';

/** basic: HTTP basic on the API server; jwt: gateway bearer token from POST /auth; pci-basic: basic + `apiVersion: V1`. */
export type IrAuthKind = 'basic' | 'jwt' | 'pci-basic' | 'none';

export type IrParamType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time';

export interface IrParam {
  /** Wire name exactly as Qualys spells it (`include_hosts_summary_categories`, `lastSeenAssetId`). */
  readonly name: string;
  readonly in: 'path' | 'query' | 'form' | 'header';
  readonly type: IrParamType;
  readonly required: boolean;
  readonly enum?: readonly string[];
  /** A comma-separated list on the wire (FO API style). */
  readonly list?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string;
  /** FO booleans travel as 0/1. */
  readonly booleanFormat?: 'zero-one' | 'true-false';
  /** Fixed value (e.g. `action=list`): set by the client, not the caller. */
  readonly const?: string;
  /** Another parameter this one needs (`specialNotesSingleComment` when `specialNotesSecurelyImplemented` is given). */
  readonly requiredWith?: readonly string[];
  readonly since?: string;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/** A reference from an endpoint into a schema: the schema id plus the root element / JSON Schema. */
export interface IrSchemaRef {
  readonly schema: string;
  /** XSD global element or DTD root element; absent for JSON Schema. */
  readonly root?: string;
}

export interface IrRequestBody {
  readonly kind: 'service-request' | 'form' | 'json';
  readonly contentType: string;
  readonly schema?: IrSchemaRef;
}

export interface IrResponse {
  readonly status: number;
  readonly contentType: string;
  /** xml/json validated by `schema`; binary/text/csv are streamed and checked for content type only. */
  readonly body: 'xml' | 'json' | 'binary' | 'text' | 'csv' | 'none';
  readonly schema?: IrSchemaRef;
  readonly doc?: string;
}

export type IrErrorFormat = 'qps-response-code' | 'simple-return' | 'json' | 'http';

export type IrPagination =
  | { readonly style: 'none' }
  /** QPS: hasMoreRecords + lastId; next page adds Criteria `id GREATER lastId`. */
  | { readonly style: 'qps-last-id' }
  /** FO: WARNING CODE 1980 with a URL carrying `id_min`. */
  | { readonly style: 'fo-truncation' }
  /** CSAM v2: hasMore + lastSeenAssetId (query param); 204 means an empty page. */
  | { readonly style: 'csam-last-seen' }
  /** PCI: offset + limit query params. */
  | { readonly style: 'offset-limit'; readonly maxLimit?: number };

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

export interface IrEndpoint {
  /** Stable id (`was.finding.get`): tools and scripts rely on it. */
  readonly id: string;
  readonly module: string;
  readonly summary: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly api: IrApiFamily;
  /** Path template with `{name}` path params; FO `action` travels as a const query param. */
  readonly path: string;
  /** Other spellings (from release notes) that must resolve to this endpoint. */
  readonly aliases: readonly string[];
  readonly auth: IrAuthKind;
  /** Sorted: path params in path order, then the rest by name. */
  readonly params: readonly IrParam[];
  readonly headers: Readonly<Record<string, string>>;
  readonly request?: IrRequestBody;
  readonly responses: readonly IrResponse[];
  readonly errors: IrErrorFormat;
  readonly pagination: IrPagination;
  /** Whether it changes server state (decides retries and live-mode safety). */
  readonly idempotent: boolean;
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
