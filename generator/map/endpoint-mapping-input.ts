/**
 * What mapping one spec endpoint needs (the endpoint, where it is written, the schemas and
 * examples of the folder), how a mapper locates a YAML node of it for a diagnostic, and the
 * defaults each API family implies (auth, error format, headers, content types).
 *
 * @see generator/parse/spec/spec-format.schema.json (what an endpoint declares)
 */
import type { IrApiFamily } from '../ir/ir-endpoint.js';
import type { IrSchema } from '../ir/ir-types.js';
import type { ExampleFile } from '../load/spec-files.js';
import type { LocatedYaml } from '../parse/spec/parse-located-yaml.js';
import type { SpecEndpoint } from '../parse/spec/spec-document.js';

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

/** The location of the YAML node at `pointer` (relative to the endpoint), for a diagnostic. */
export type LocateInEndpoint = (pointer: string) => {
  file: string;
  line: number;
  column: number;
  endpoint: string;
};

export const DEFAULT_AUTH = { qps: 'basic', fo: 'basic', gateway: 'jwt', pci: 'pci-basic' } as const;
export const DEFAULT_ERRORS = { qps: 'qps-response-code', fo: 'simple-return', gateway: 'json', pci: 'json' } as const;
export const DEFAULT_HEADERS: Record<IrApiFamily, Record<string, string>> = {
  qps: {},
  fo: { 'X-Requested-With': 'qspec' },
  gateway: {},
  pci: { apiVersion: 'V1' },
};
export const BODY_CONTENT_TYPE = {
  xml: 'text/xml',
  json: 'application/json',
  binary: 'application/octet-stream',
  text: 'text/plain',
  csv: 'text/csv',
  none: '',
} as const;
export const REQUEST_CONTENT_TYPE = {
  'service-request': 'text/xml',
  form: 'application/x-www-form-urlencoded',
  json: 'application/json',
} as const;

/** The same record with its keys in sorted order (deterministic output). */
export function sortRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}
