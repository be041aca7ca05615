/**
 * `qspec notes check`: reconciles a release note with the diff of the specs before and after
 * the release.
 *
 * - every diff finding must be announced: its name (element, parameter, enum value, endpoint
 *   path) appears in the note, through line breaks and case; else "unannounced change";
 * - every claim of the note (new names, table parameters, new values, new endpoints) must be in
 *   the diff; else "announced but not found";
 * - every "API affected" path must name a spec endpoint (path or alias);
 * - "DTD or XSD changes Yes" needs an XSD/DTD change for the block's endpoints, "No" forbids one;
 * - the note's contradictions with itself are reported as warnings.
 * Errors make the note and the diff disagree (exit 1); warnings do not.
 *
 * @see README.md ("qspec notes check"), docs/json-output.md
 */
import type { DiffFinding } from '../diff/diff-finding.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrEndpoint } from '../ir/ir-endpoint.js';
import type { IrType } from '../ir/ir-types.js';
import { findNoteBlocks } from './note-blocks.js';
import { findNoteClaims, type NoteClaim } from './note-claims.js';
import { findContradictions } from './note-contradictions.js';
import { endpointPaths, parseNotePath, resolveNotePath } from './note-paths.js';
import { findNoteRequests } from './note-requests.js';
import { mentions, readNoteText, sameName } from './note-text.js';

export type NoteIssueKind =
  | 'unannounced-change'
  | 'announced-not-found'
  | 'unknown-endpoint'
  | 'schema-flag-mismatch'
  | 'contradiction';

export interface NoteIssue {
  readonly kind: NoteIssueKind;
  readonly severity: 'error' | 'warning';
  /** The element, parameter, value, path or rule the issue is about. */
  readonly name: string;
  readonly message: string;
  /** Line in the note, when the issue is about a place in it. */
  readonly line?: number;
}

export interface NotesCheckReport {
  readonly version: 1;
  readonly note: string;
  readonly base: string;
  readonly rev: string;
  readonly agree: boolean;
  readonly counts: { readonly blocks: number; readonly claims: number; readonly findings: number };
  readonly issues: readonly NoteIssue[];
}

export interface NotesCheckInput {
  readonly note: string;
  readonly text: string;
  readonly base: { readonly label: string; readonly doc: IrDocument };
  readonly rev: { readonly label: string; readonly doc: IrDocument };
  readonly findings: readonly DiffFinding[];
  /**
   * When BASE or REV is a single schema file (no endpoints of its own): the spec folder whose
   * endpoints resolve "API affected" paths, or the folder that was looked for and is missing
   * (then those paths are not checked: a warning each, not a disagreement).
   */
  readonly lookup?: SchemaFileLookup;
}

export interface SchemaFileLookup {
  /** File names of the single schema files compared (`finding.xsd`). */
  readonly compared: readonly string[];
  /** Endpoints of the spec folder, when there is one. */
  readonly endpoints?: readonly IrEndpoint[];
  /** Names declared only in the spec folder's other schemas (not in the compared files). */
  readonly elsewhere?: ReadonlySet<string>;
  /** The spec folder looked for, when it is missing. */
  readonly missing?: string;
}

const PARAM_RULE = /^(?:required-)?param-|^facet-/;

export function checkReleaseNote(input: NotesCheckInput): NotesCheckReport {
  const note = readNoteText(input.text);
  const blocks = findNoteBlocks(note);
  const requests = findNoteRequests(note);
  const claims = findNoteClaims(note, blocks);
  const findings = input.findings.filter((f) => f.ignored === undefined);
  const lookup = input.lookup;
  const endpoints = uniqueEndpoints([
    ...input.rev.doc.endpoints,
    ...input.base.doc.endpoints,
    ...(lookup?.endpoints ?? []),
  ]);
  const added = new Set(findings.filter((f) => f.rule === 'endpoint-added').flatMap((f) => f.endpoints));
  const issues: NoteIssue[] = [];

  const typesAnnounced = announcedNewTypes(findings, note, input.rev.doc);
  const named = new Set(
    [...blocks.flatMap((b) => b.paths), ...requests.map((r) => r.path)].flatMap((p) =>
      resolveNotePath(p, endpoints).map((e) => e.id),
    ),
  );
  for (const f of findings) {
    if (f.rule === 'type-added' && typesAnnounced.has(`${f.schema}#${f.name}`)) continue;
    if (announced(f, note, endpoints, added, named)) continue;
    issues.push({
      kind: 'unannounced-change',
      severity: 'error',
      name: f.name,
      message: `unannounced change: ${f.rule} ${f.message}${f.endpoints.length ? ` [${f.endpoints.join(', ')}]` : ''}`,
    });
  }
  for (const c of claims) {
    // a name only the spec folder's other schemas declare: a claim about a schema not compared
    if (lookup?.elsewhere?.has(c.name)) continue;
    if (claimFound(c, findings, endpoints, added)) continue;
    issues.push({
      kind: 'announced-not-found',
      severity: 'error',
      name: c.name,
      line: c.line,
      message: `announced but not found: ${describeClaim(c)} (note line ${c.line}) is not in the diff`,
    });
  }
  const contradictions = findContradictions(note, blocks, requests);
  for (const block of blocks) {
    const eps = new Set<string>();
    for (const path of block.paths) {
      let hits = resolveNotePath(path, endpoints);
      // a path the note contradicts with its own sample is resolved through the sample (a warning)
      const contra = contradictions.find((c) => c.kind === 'path' && c.line === block.line && c.says === path.raw);
      const viaSample = hits.length === 0 && contra ? resolveNotePath(parseNotePath(contra.shows), endpoints) : [];
      if (hits.length === 0 && lookup?.missing !== undefined) {
        issues.push({
          kind: 'unknown-endpoint',
          severity: 'warning',
          name: path.raw,
          line: block.line,
          message: `"API affected ${path.raw}" (line ${block.line}) not checked: single schema files were compared and there is no spec folder ${lookup.missing} to look endpoints up in (pass --specs DIR)`,
        });
        continue;
      }
      if (hits.length === 0) {
        const warn = viaSample.length > 0;
        issues.push({
          kind: 'unknown-endpoint',
          severity: warn ? 'warning' : 'error',
          name: path.raw,
          line: block.line,
          message: `"API affected ${path.raw}" (line ${block.line}) matches no spec endpoint path or alias${
            warn
              ? `; its sample request ${contra!.shows} is ${viaSample.map((e) => e.id).join(', ')} (add the spelling as an alias)`
              : ''
          }`,
        });
        hits = viaSample;
      }
      for (const h of hits) eps.add(h.id);
    }
    if (eps.size === 0 || block.schemaChanges === undefined || block.schemaChanges === 'not-applicable') continue;
    // Single schema files: their changes have no endpoints; a change belongs to the block when
    // one of its endpoints uses a schema file of that name.
    const files = lookup === undefined ? new Set<string>() : schemaFileNames(endpoints, eps);
    // ... and a block about schemas that were not compared cannot be checked against the diff.
    if (lookup !== undefined && !lookup.compared.some((name) => files.has(name))) continue;
    const xml = findings.filter(
      (f) =>
        (f.format === 'xsd' || f.format === 'dtd') &&
        (f.endpoints.some((e) => eps.has(e)) || (f.schema !== undefined && files.has(baseName(f.schema)))),
    );
    const names = [...eps].sort().join(', ');
    if (block.schemaChanges === 'yes' && xml.length === 0) {
      issues.push({
        kind: 'schema-flag-mismatch',
        severity: 'error',
        name: names,
        line: block.line,
        message: `"DTD or XSD changes Yes" (line ${block.line}) but the diff has no XSD or DTD change for ${names}`,
      });
    } else if (block.schemaChanges === 'no' && xml.length > 0) {
      issues.push({
        kind: 'schema-flag-mismatch',
        severity: 'error',
        name: names,
        line: block.line,
        message: `"DTD or XSD changes No" (line ${block.line}) but the diff changes ${xml[0]!.schema} for ${names}: ${xml
          .slice(0, 3)
          .map((f) => `${f.rule} ${f.path}`)
          .join('; ')}`,
      });
    }
  }
  for (const c of contradictions) {
    issues.push({
      kind: 'contradiction',
      severity: 'warning',
      name: c.says,
      line: c.line,
      message: `contradiction: ${c.message}`,
    });
  }
  return {
    version: 1,
    note: input.note,
    base: input.base.label,
    rev: input.rev.label,
    agree: !issues.some((i) => i.severity === 'error'),
    counts: { blocks: blocks.length, claims: claims.length, findings: findings.length },
    issues,
  };
}

/**
 * New named types the note announces: mentioned by name, or only reachable through another new
 * type or new element that is announced (a schema's helper type like `WasScanData` is covered by
 * the announcement of `WebAppFindingHistory` that uses it).
 */
function announcedNewTypes(
  findings: readonly DiffFinding[],
  note: ReturnType<typeof readNoteText>,
  rev: IrDocument,
): Set<string> {
  const added = findings.filter((f) => f.rule === 'type-added' && f.schema !== undefined);
  const done = new Set(added.filter((f) => mentions(note, f.name)).map((f) => `${f.schema}#${f.name}`));
  const announcedElements = new Set(
    findings
      .filter((f) => /element-added|attribute-added/.test(f.rule) && mentions(note, f.name))
      .map((f) => `${f.schema}#${f.path.split('/')[0]}`),
  );
  const users = new Map<string, Set<string>>();
  for (const schema of rev.schemas) {
    for (const t of schema.types) {
      for (const target of refTargets(t.type)) {
        const set = users.get(target) ?? new Set<string>();
        set.add(`${schema.id}#${t.name}`);
        users.set(target, set);
      }
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of added) {
      const key = `${f.schema}#${f.name}`;
      if (done.has(key)) continue;
      const by = [...(users.get(key) ?? [])];
      if (by.some((u) => done.has(u) || announcedElements.has(u))) {
        done.add(key);
        grew = true;
      }
    }
  }
  return done;
}

function refTargets(t: IrType): string[] {
  switch (t.kind) {
    case 'ref':
      return [t.target];
    case 'object':
      return t.fields.flatMap((f) => refTargets(f.type));
    case 'list':
      return refTargets(t.item);
    case 'union':
      return t.members.flatMap(refTargets);
    default:
      return [];
  }
}

function uniqueEndpoints(list: readonly IrEndpoint[]): IrEndpoint[] {
  const seen = new Map<string, IrEndpoint>();
  for (const e of list) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
}

function endpointMentioned(
  id: string,
  note: ReturnType<typeof readNoteText>,
  endpoints: readonly IrEndpoint[],
): boolean {
  const ep = endpoints.find((e) => e.id === id);
  if (!ep) return false;
  return endpointPaths(ep).some((p) => mentions(note, p.segments.filter((s) => s !== '{}').join('/')));
}

function announced(
  f: DiffFinding,
  note: ReturnType<typeof readNoteText>,
  endpoints: readonly IrEndpoint[],
  added: ReadonlySet<string>,
  named: ReadonlySet<string>,
): boolean {
  switch (f.rule) {
    case 'endpoint-added':
    case 'endpoint-removed':
    case 'path-changed':
    case 'method-changed':
    case 'response-schema-changed':
      return f.endpoints.every((id) => named.has(id) || endpointMentioned(id, note, endpoints));
    case 'schema-added':
    case 'schema-removed':
      return (f.endpoints.length > 0 && f.endpoints.every((id) => added.has(id))) || mentions(note, f.name);
    default:
      if (PARAM_RULE.test(f.rule) && f.schema === undefined && f.endpoints.every((id) => added.has(id))) return true;
      return mentions(note, f.name);
  }
}

function paramOf(f: DiffFinding): string {
  return f.path.slice(f.path.lastIndexOf('/') + 1);
}

function claimFound(
  c: NoteClaim,
  findings: readonly DiffFinding[],
  endpoints: readonly IrEndpoint[],
  added: ReadonlySet<string>,
): boolean {
  switch (c.kind) {
    case 'element':
    case 'param': {
      // QPS "parameters" are elements of the ServiceRequest, so either kind may satisfy either claim
      const match = (name: string): boolean =>
        sameName(name, c.name) ||
        (c.kind === 'param' && c.broken === true && name.toLowerCase().startsWith(c.name.toLowerCase()));
      return (
        findings.some((f) => f.schema !== undefined && match(f.name)) ||
        findings.some((f) => f.schema === undefined && PARAM_RULE.test(f.rule) && match(paramOf(f))) ||
        endpoints.some((e) => added.has(e.id) && e.params.some((p) => match(p.name)))
      );
    }
    case 'enum-value':
      return findings.some(
        (f) =>
          (f.rule === 'param-enum-value-added' || f.rule === 'enum-value-added') &&
          f.name.toLowerCase() === c.name.toLowerCase(),
      );
    case 'endpoint':
      return resolveNotePath(c.path, endpoints).some(
        (e) => added.has(e.id) && (c.method === undefined || e.method === c.method),
      );
  }
}

function describeClaim(c: NoteClaim): string {
  switch (c.kind) {
    case 'element':
      return `element/field "${c.name}"`;
    case 'param':
      return `parameter "${c.name}"`;
    case 'enum-value':
      return `value "${c.name}" of parameter ${c.param}`;
    case 'endpoint':
      return `new endpoint ${c.method ? `${c.method} ` : ''}${c.name}`;
  }
}

/** The file names (without folders) of the schemas the endpoints `ids` use. */
function schemaFileNames(endpoints: readonly IrEndpoint[], ids: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const e of endpoints) {
    if (!ids.has(e.id)) continue;
    for (const r of e.responses) if (r.schema) names.add(baseName(r.schema.schema));
    if (e.request?.schema) names.add(baseName(e.request.schema.schema));
  }
  return names;
}

function baseName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
