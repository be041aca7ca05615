/**
 * The endpoint descriptor emitted per endpoint into `generated/<module>/endpoints.ts`: everything
 * the client, the mock server and the conformance runner need to call or serve an endpoint,
 * as plain data. Self-contained (generated/ never imports the generator).
 */

export type ApiFamily = 'qps' | 'fo' | 'gateway' | 'pci';
export type AuthKind = 'basic' | 'jwt' | 'pci-basic' | 'none';
export type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time';

export interface ParamModel {
  /** Wire name. */
  readonly name: string;
  /** camelCase name the typed client exposes (`include_hosts_summary_categories` → `includeHostsSummaryCategories`). */
  readonly prop: string;
  readonly in: 'path' | 'query' | 'form' | 'header';
  readonly type: ParamType;
  readonly required: boolean;
  readonly enum?: readonly string[];
  readonly list?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string;
  readonly booleanFormat?: 'zero-one' | 'true-false';
  readonly const?: string;
  readonly requiredWith?: readonly string[];
}

export interface SchemaRefModel {
  /** Schema id (`was/schemas/finding.xsd`): key into the generated schema registry. */
  readonly schema: string;
  readonly root?: string;
  readonly format: 'xsd' | 'dtd' | 'json-schema';
}

export interface ResponseModel {
  readonly status: number;
  readonly contentType: string;
  readonly body: 'xml' | 'json' | 'binary' | 'text' | 'csv' | 'none';
  readonly schema?: SchemaRefModel;
}

export type PaginationModel =
  | { readonly style: 'none' }
  | { readonly style: 'qps-last-id' }
  | { readonly style: 'fo-truncation' }
  | { readonly style: 'csam-last-seen' }
  | { readonly style: 'offset-limit'; readonly maxLimit?: number };

export interface EndpointModel {
  readonly id: string;
  readonly module: string;
  readonly summary: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly api: ApiFamily;
  readonly path: string;
  readonly aliases: readonly string[];
  readonly auth: AuthKind;
  readonly params: readonly ParamModel[];
  readonly headers: Readonly<Record<string, string>>;
  readonly request?: {
    readonly kind: 'service-request' | 'form' | 'json';
    readonly contentType: string;
    readonly schema?: SchemaRefModel;
  };
  readonly responses: readonly ResponseModel[];
  readonly errors: 'qps-response-code' | 'simple-return' | 'json' | 'http';
  readonly pagination: PaginationModel;
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
