/**
 * In-memory inputs for the `checkReleaseNote` tests: minimal endpoints, IR documents and diff
 * findings (only the fields the reconciliation reads), and one call that runs the check on a note
 * given as lines.
 */
import type { DiffFinding } from '../../../generator/diff/diff-finding.js';
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import type { IrEndpoint } from '../../../generator/ir/ir-endpoint.js';
import type { IrSchema, IrType } from '../../../generator/ir/ir-types.js';
import {
  checkReleaseNote,
  type NotesCheckReport,
  type SchemaFileLookup,
} from '../../../generator/notes/check-release-note.js';

export interface EndpointOptions {
  readonly method?: string;
  readonly aliases?: readonly string[];
  readonly params?: readonly { name: string; const?: string }[];
  /** Schema ids of the responses (undefined: a response without a schema). */
  readonly responses?: readonly (string | undefined)[];
  readonly request?: string;
}

export function endpoint(id: string, path: string, o: EndpointOptions = {}): IrEndpoint {
  return {
    id,
    path,
    method: o.method ?? 'GET',
    aliases: o.aliases ?? [],
    params: o.params ?? [],
    responses: (o.responses ?? []).map((s) =>
      s === undefined ? { status: 200 } : { status: 200, schema: { schema: s } },
    ),
    ...(o.request !== undefined ? { request: { schema: { schema: o.request } } } : {}),
  } as unknown as IrEndpoint;
}

export function schema(id: string, types: Record<string, IrType>): IrSchema {
  return {
    id,
    format: 'xsd',
    file: id,
    types: Object.entries(types).map(([name, type]) => ({ name, type })),
    roots: [],
  } as unknown as IrSchema;
}

export function doc(endpoints: readonly IrEndpoint[] = [], schemas: readonly IrSchema[] = []): IrDocument {
  return { endpoints, schemas, platforms: [] };
}

export function finding(rule: string, name: string, o: Partial<DiffFinding> = {}): DiffFinding {
  return {
    rule,
    severity: 'info',
    direction: 'response',
    message: `${name} changed`,
    name,
    path: name,
    endpoints: [],
    ...o,
  };
}

export interface CheckOptions {
  readonly base?: IrDocument;
  readonly rev?: IrDocument;
  readonly lookup?: SchemaFileLookup;
}

/** Runs the check on the note `lines` (joined with newlines), note name `n.txt`, labels B and R. */
export function check(
  lines: readonly string[],
  findings: readonly DiffFinding[] = [],
  o: CheckOptions = {},
): NotesCheckReport {
  return checkReleaseNote({
    note: 'n.txt',
    text: lines.join('\n'),
    base: { label: 'B', doc: o.base ?? doc() },
    rev: { label: 'R', doc: o.rev ?? doc() },
    findings,
    ...(o.lookup !== undefined ? { lookup: o.lookup } : {}),
  });
}

/** The issue of an unannounced finding built by `finding` (its message is `NAME changed`). */
export function unannounced(rule: string, name: string, endpoints: readonly string[] = []) {
  return {
    kind: 'unannounced-change',
    severity: 'error',
    name,
    message: `unannounced change: ${rule} ${name} changed${endpoints.length ? ` [${endpoints.join(', ')}]` : ''}`,
  };
}
