/**
 * From recordings to proposals: replays the recordings against the IR through the conformance
 * runner (`runReplayConformance`: the same routing, checks and limits as `qspec conformance
 * --mode replay`), then, for each entry whose response fails schema validation, reads the entry
 * again through the recording reader, walks its body against the schema (schema-walk.ts) and
 * merges the drafts of every response into proposals with their evidence. Failing responses no
 * proposal explains are returned as `unexplained`, with the validator's first issue.
 *
 * @see docs/decisions/0008-learn-and-impact.md; conformance/runner/run-replay.ts
 */
import path from 'node:path';
import { RecordingError } from '../../generator/errors.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { formatIssue } from '../../runtime/issue.js';
import { decodeBody } from '../recordings/decode-body.js';
import { readRecording, recordingFilesIn } from '../recordings/open-recording.js';
import { DEFAULT_RECORDING_LIMITS, DecodeBudget } from '../recordings/recording-limits.js';
import type { CaseResult } from '../runner/case-result.js';
import type { KnownFailure } from '../runner/known-failures.js';
import { runReplayConformance } from '../runner/run-replay.js';
import { pickResponse } from '../validate/validation-target.js';
import { inferContent } from './infer-content.js';
import { jsonSchemaFor, walkJson } from './json-walk.js';
import { type LearnProposal, proposalKey } from './learn-proposal.js';
import type { ObservedElement } from './observed-tree.js';
import { parseObservedXml } from './observed-tree.js';
import { type Draft, SchemaWalker } from './schema-walk.js';

export interface Unexplained {
  readonly entry: string;
  readonly endpoint?: string;
  readonly message: string;
}

export interface LearnCollection {
  readonly proposals: LearnProposal[];
  readonly unexplained: Unexplained[];
  /** Replay totals before learning. */
  readonly cases: number;
  readonly failing: number;
}

interface Slot {
  proposal: LearnProposal;
  readonly instances: ObservedElement[];
  /** JSON values of a new property. */
  readonly values: unknown[];
  readonly entries: Set<string>;
}

const MAX_EVIDENCE = 5;
const MAX_INSTANCES = 200;

export async function collectProposals(
  doc: IrDocument,
  inputs: readonly string[],
  knownFailures: readonly KnownFailure[] = [],
): Promise<LearnCollection> {
  const summary = await runReplayConformance(doc, { inputs, knownFailures });
  const failing = summary.cases.filter((c) => c.outcome === 'fail' && c.endpoint !== undefined && schemaFailed(c));
  const byFile = new Map<string, CaseResult[]>();
  for (const c of failing) {
    const [file] = splitId(c.id);
    byFile.set(file, [...(byFile.get(file) ?? []), c]);
  }
  const files = await recordingFilesIn(inputs);
  const walker = new SchemaWalker(doc);
  const merged = new Map<string, Slot>();
  const unexplained: Unexplained[] = [];
  const budget = new DecodeBudget(DEFAULT_RECORDING_LIMITS);
  for (const [base, cases] of byFile) {
    const file = files.find((f) => path.basename(f) === base);
    if (!file) continue;
    let entries: ReturnType<typeof readRecording>['entries'];
    try {
      entries = readRecording(file, budget.limits).entries;
    } catch (e) {
      if (e instanceof RecordingError) continue;
      throw e;
    }
    for (const c of cases) {
      const index = splitId(c.id)[1] - 1;
      const entry = entries[index];
      const endpoint = doc.endpoints.find((e) => e.id === c.endpoint);
      const body = entry && decodeBody(entry.responseBody, entry.responseHeaders['content-encoding'], budget);
      const contentType = entry?.responseHeaders['content-type'] ?? '';
      const response =
        endpoint &&
        entry &&
        pickResponse(endpoint, entry.status, /json/i.test(contentType) ? 'json' : 'xml', contentType);
      const schema = response?.schema && doc.schemas.find((s) => s.id === response.schema!.schema);
      const tree = body?.ok && response?.body === 'xml' ? parseObservedXml(body.text) : undefined;
      const json = body?.ok && response?.body === 'json' ? parseJson(body.text) : undefined;
      const drafts = !schema
        ? []
        : tree
          ? walker.walk(schema, response?.schema?.root, tree)
          : json
            ? walkJson(walker, schema, json.value)
            : [];
      if (drafts.length === 0) {
        unexplained.push({ entry: c.id, ...(c.endpoint ? { endpoint: c.endpoint } : {}), message: firstIssue(c) });
        continue;
      }
      for (const d of drafts) add(merged, d, c.id);
    }
  }
  const proposals = [...merged.values()].map(({ proposal, instances, values }) => {
    const c = proposal.change;
    if (c.kind !== 'add-element') return proposal;
    if (proposal.schema.format === 'json-schema') return { ...proposal, change: { ...c, json: jsonSchemaFor(values) } };
    return { ...proposal, change: { ...c, content: inferContent(instances) } };
  });
  // By file, then in the order the responses showed them (the order new siblings are inserted in).
  proposals.sort((a, b) => (a.schema.file < b.schema.file ? -1 : a.schema.file > b.schema.file ? 1 : 0));
  return { proposals, unexplained, cases: summary.cases.length, failing: failing.length };
}

function add(merged: Map<string, Slot>, d: Draft, entry: string): void {
  const key = proposalKey(d);
  let slot = merged.get(key);
  if (!slot) {
    const { at: _at, instance: _instance, json: _json, ...rest } = d;
    slot = { proposal: { ...rest, evidence: [], responses: 0 }, instances: [], values: [], entries: new Set() };
    merged.set(key, slot);
  }
  const p = slot.proposal;
  if (!slot.entries.has(entry)) {
    slot.entries.add(entry);
    p.responses++;
  }
  if (p.evidence.length < MAX_EVIDENCE && !p.evidence.some((e) => e.entry === entry && e.path === d.at))
    p.evidence.push({ entry, path: d.at });
  if (d.instance && slot.instances.length < MAX_INSTANCES) slot.instances.push(d.instance);
  if (d.json !== undefined && slot.values.length < MAX_INSTANCES) slot.values.push(d.json);
  const dc = d.change;
  const pc = p.change;
  if (dc.kind === 'add-element' && pc.kind === 'add-element') {
    slot.proposal = {
      ...p,
      change: { ...pc, repeated: pc.repeated || dc.repeated, ...(pc.after || pc.before ? {} : pickNeighbour(dc)) },
    };
  }
  if (dc.kind === 'add-enum-value' && pc.kind === 'add-enum-value') {
    const values = [...pc.values, ...dc.values.filter((v) => !pc.values.includes(v))];
    slot.proposal = { ...slot.proposal, change: { ...pc, values } };
  }
}

function pickNeighbour(c: Extract<Draft['change'], { kind: 'add-element' }>) {
  return { ...(c.after ? { after: c.after } : {}), ...(c.before ? { before: c.before } : {}) };
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function schemaFailed(c: CaseResult): boolean {
  return c.checks.some((k) => k.check === 'schema-valid' && !k.ok);
}

function firstIssue(c: CaseResult): string {
  const failed = c.checks.find((k) => !k.ok);
  const issue = failed?.issues?.[0];
  return issue ? formatIssue(issue) : (failed?.message ?? 'failed');
}

/** `file.har#3` → [`file.har`, 3]. */
function splitId(id: string): [string, number] {
  const i = id.lastIndexOf('#');
  return [id.slice(0, i), Number(id.slice(i + 1))];
}
