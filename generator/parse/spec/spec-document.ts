/**
 * The TypeScript shape of an endpoint YAML file, exactly as `spec-format.schema.json` admits it
 * (before defaults). `map/` turns it into IR endpoints.
 */

export interface SpecSchemaRef {
  readonly file: string;
  readonly root?: string;
}

export interface SpecParam {
  readonly name: string;
  readonly in: 'path' | 'query' | 'form' | 'header';
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time';
  readonly required?: boolean;
  readonly enum?: readonly string[];
  readonly list?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string | number | boolean;
  readonly booleanFormat?: 'zero-one' | 'true-false';
  readonly const?: string;
  readonly requiredWith?: readonly string[];
  readonly since?: string;
  readonly doc?: string;
}

export interface SpecExampleMeta {
  readonly status?: number;
  readonly contentType?: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly expect?: 'valid' | 'invalid';
  readonly doc?: string;
}

export interface SpecEndpoint {
  readonly id: string;
  readonly summary: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly api: 'qps' | 'fo' | 'gateway' | 'pci';
  readonly path: string;
  readonly aliases?: readonly string[];
  readonly auth?: 'basic' | 'jwt' | 'pci-basic' | 'none';
  readonly params?: readonly SpecParam[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly request?: {
    readonly kind: 'service-request' | 'form' | 'json';
    readonly contentType?: string;
    readonly schema?: SpecSchemaRef;
  };
  readonly responses: readonly {
    readonly status: number;
    readonly contentType?: string;
    readonly body: 'xml' | 'json' | 'binary' | 'text' | 'csv' | 'none';
    readonly schema?: SpecSchemaRef;
    readonly doc?: string;
  }[];
  readonly errors?: 'qps-response-code' | 'simple-return' | 'json' | 'http';
  readonly pagination?: {
    readonly style: 'none' | 'qps-last-id' | 'fo-truncation' | 'csam-last-seen' | 'offset-limit';
    readonly maxLimit?: number;
  };
  readonly idempotent?: boolean;
  readonly releases?: readonly {
    readonly release: string;
    readonly change: 'added' | 'updated' | 'output-only' | 'fixed';
    readonly doc?: string;
  }[];
  readonly notes?: readonly string[];
  readonly examples?: Readonly<Record<string, SpecExampleMeta>>;
}

export interface SpecDocument {
  readonly module: string;
  readonly resource: string;
  readonly doc?: string;
  readonly endpoints: readonly SpecEndpoint[];
}

export interface PlatformsDocument {
  readonly platforms: readonly {
    readonly id: string;
    readonly name: string;
    readonly apiUrl: string;
    readonly gatewayUrl: string;
  }[];
}
