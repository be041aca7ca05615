/**
 * The endpoint descriptor emitted per endpoint into `generated/<module>/endpoints.ts`: everything
 * the client, the mock server and the conformance runner need to call or serve an endpoint,
 * as plain data. Self-contained (generated/ never imports the generator).
 *
 * These are the one declaration of an endpoint's wire contract: the generator's IR
 * (generator/ir/ir-endpoint.ts) builds its endpoint types from them, adding only what the
 * generator alone needs (provenance, examples, release history).
 */

/** Which Qualys API family an endpoint belongs to; it decides host, auth defaults and error format. */
export type ApiFamily = 'qps' | 'fo' | 'gateway' | 'pci';

/** basic: HTTP basic on the API server; jwt: gateway bearer token from POST /auth; pci-basic: basic + `apiVersion: V1`. */
export type AuthKind = 'basic' | 'jwt' | 'pci-basic' | 'none';

export type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** How an endpoint reports failure: QPS `responseCode`, FO `SIMPLE_RETURN`, a JSON error body, or the HTTP status alone. */
export type ErrorFormat = 'qps-response-code' | 'simple-return' | 'json' | 'http';

export type SchemaFormat = 'xsd' | 'dtd' | 'json-schema';

export interface ParamModel {
  /** Wire name exactly as Qualys spells it (`include_hosts_summary_categories`, `lastSeenAssetId`). */
  readonly name: string;
  /** camelCase name the typed client exposes (`include_hosts_summary_categories` -> `includeHostsSummaryCategories`). */
  readonly prop: string;
  readonly in: 'path' | 'query' | 'form' | 'header';
  readonly type: ParamType;
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
  /** Other parameters this one needs (`specialNotesSingleComment` when `specialNotesSecurelyImplemented` is given). */
  readonly requiredWith?: readonly string[];
}

export interface SchemaRefModel {
  /** Schema id (`was/schemas/finding.xsd`): key into the generated schema registry. */
  readonly schema: string;
  /** XSD global element or DTD root element; absent for JSON Schema. */
  readonly root?: string;
  readonly format: SchemaFormat;
}

export interface RequestModel {
  readonly kind: 'service-request' | 'form' | 'json';
  readonly contentType: string;
  readonly schema?: SchemaRefModel;
}

export interface ResponseModel {
  readonly status: number;
  readonly contentType: string;
  /** xml/json validated by `schema`; binary/text/csv are streamed and checked for content type only. */
  readonly body: 'xml' | 'json' | 'binary' | 'text' | 'csv' | 'none';
  readonly schema?: SchemaRefModel;
}

export type PaginationModel =
  | { readonly style: 'none' }
  /** QPS: hasMoreRecords + lastId; next page adds Criteria `id GREATER lastId`. */
  | { readonly style: 'qps-last-id' }
  /** FO: WARNING CODE 1980 with a URL carrying `id_min`. */
  | { readonly style: 'fo-truncation' }
  /** CSAM v2: hasMore + lastSeenAssetId (query param); 204 means an empty page. */
  | { readonly style: 'csam-last-seen' }
  /** PCI: offset + limit query params. */
  | { readonly style: 'offset-limit'; readonly maxLimit?: number };

export interface EndpointModel {
  /** Stable id (`was.finding.get`): tools and scripts rely on it. */
  readonly id: string;
  readonly module: string;
  readonly summary: string;
  readonly method: HttpMethod;
  readonly api: ApiFamily;
  /** Path template with `{name}` path params; FO `action` travels as a const query param. */
  readonly path: string;
  /** Other spellings (from release notes) that must resolve to this endpoint. */
  readonly aliases: readonly string[];
  readonly auth: AuthKind;
  /** Path params in path order, then the rest by name. */
  readonly params: readonly ParamModel[];
  readonly headers: Readonly<Record<string, string>>;
  readonly request?: RequestModel;
  readonly responses: readonly ResponseModel[];
  readonly errors: ErrorFormat;
  readonly pagination: PaginationModel;
  /** Whether it changes server state (decides retries and live-mode safety). */
  readonly idempotent: boolean;
  /** Paging endpoints: where the repeated records sit in the decoded response (added by the client emitter). */
  readonly records?: RecordsModel;
}

/**
 * The repeated record under a paged response's data wrapper: `path` are the typed-record property
 * names from the response root (`['data', 'Finding']`, `['RESPONSE', 'VULN_LIST', 'VULN']`,
 * `['assetListData', 'asset']`), `elements` the matching XML element / JSON property names.
 */
export interface RecordsModel {
  readonly path: readonly string[];
  readonly elements: readonly string[];
}
