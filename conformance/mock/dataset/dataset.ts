/**
 * The mock's dataset: one `Collection` per resource (see shapes.ts), seeded on first use from
 * the records in the spec examples of the endpoints that work on it (or, when none has any,
 * from a schema-generated body), grown to `records` records (seed-records.ts). A collection is
 * only used when a page of its records (templates and a copy of each) validates against the list
 * endpoint's response schema; a template whose copy does not is dropped, and with no valid
 * template the endpoints answer from their examples as before. State lives as long as the
 * server: a new server starts from the seeded records.
 */
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import type { IrEndpoint, IrExample, IrResponse } from '../../../generator/ir/ir-endpoint.js';
import { validatePayloadText } from '../../validate/validate-payload.js';
import { targetForResponse } from '../../validate/validation-target.js';
import { Collection } from './collection.js';
import { type DataRecord, xmlRecord } from './data-record.js';
import { type FoEnvelope, foBody, qpsBody, readFoExample } from './render-xml.js';
import { cloneRecord, seedRecords } from './seed-records.js';
import { type Binding, bindingOf, type CollectionShape } from './shapes.js';
import { parseXmlTree } from './xml-tree.js';

export interface DatasetSource {
  readonly doc: IrDocument;
  readonly examples: ReadonlyMap<string, readonly { readonly example: IrExample; readonly body: string }[]>;
  /** Records per collection. */
  readonly records: number;
  /** The schema-generated body of a response (seeded). */
  generated(endpoint: IrEndpoint, response: IrResponse): string;
}

/** A seeded collection and what its answers are built from. */
export interface SeededCollection {
  readonly collection: Collection;
  /** FO: the example envelope around the list. */
  readonly foEnvelope?: FoEnvelope;
  /** QPS: the element name of a record (`WebApp`, `Tag`...). */
  readonly recordTag?: string;
  /** CSAM/PCI: the example body the JSON answers copy their other fields from. */
  readonly jsonEnvelope?: Readonly<Record<string, unknown>>;
}

export class Dataset {
  private readonly built = new Map<string, SeededCollection | null>();

  constructor(private readonly source: DatasetSource) {}

  /** The collection behind an endpoint, seeded on first use; undefined when examples answer it. */
  collectionFor(endpoint: IrEndpoint): { binding: Binding; seeded: SeededCollection } | undefined {
    const binding = bindingOf(endpoint);
    if (!binding) return undefined;
    const key = binding.shape.key;
    if (!this.built.has(key)) this.built.set(key, this.seed(binding.shape) ?? null);
    const seeded = this.built.get(key);
    return seeded ? { binding, seeded } : undefined;
  }

  private related(shape: CollectionShape): IrEndpoint[] {
    return this.source.doc.endpoints.filter((e) => bindingOf(e)?.shape.key === shape.key);
  }

  private seed(shape: CollectionShape): SeededCollection | undefined {
    const endpoints = this.related(shape);
    const list = endpoints.find((e) => {
      const op = bindingOf(e)?.op;
      return op === 'search' || op === 'fo-list' || op === 'csam-list' || op === 'pci-list';
    });
    const response = list?.responses.find((r) => r.status >= 200 && r.status < 300 && r.schema);
    if (!list || !response) return undefined;
    const valid = (body: string) => validatePayloadText(body, targetForResponse(this.source.doc, list, response)).valid;
    const bodies: string[] = [];
    for (const e of endpoints) {
      const op = bindingOf(e)?.op;
      if (
        op !== 'search' &&
        op !== 'get' &&
        op !== 'fo-list' &&
        op !== 'csam-list' &&
        op !== 'csam-get' &&
        op !== 'pci-list'
      )
        continue;
      for (const x of this.source.examples.get(e.id) ?? []) {
        if (x.example.expect === 'valid' && x.example.status >= 200 && x.example.status < 300) bodies.push(x.body);
      }
    }
    const fromBodies = (b: string[]) => {
      switch (shape.kind) {
        case 'qps':
          return this.seedQps(shape, b, valid);
        case 'fo':
          return this.seedFo(shape, b, valid);
        default:
          return this.seedJson(shape, b, valid);
      }
    };
    return fromBodies(bodies) ?? fromBodies([this.source.generated(list, response)]);
  }

  private seedQps(
    shape: CollectionShape,
    bodies: string[],
    valid: (b: string) => boolean,
  ): SeededCollection | undefined {
    const byTag = new Map<string, DataRecord[]>();
    for (const body of bodies) {
      try {
        const root = parseXmlTree(body);
        if (root.name !== 'ServiceResponse') continue;
        if (root.children.find((c) => c.name === 'responseCode')?.text.trim() !== 'SUCCESS') continue;
        for (const r of root.children.find((c) => c.name === 'data')?.children ?? []) {
          const id = r.children.find((c) => c.name === 'id')?.text.trim() ?? '';
          if (!/^\d{1,15}$/.test(id)) continue;
          const list = byTag.get(r.name) ?? [];
          if (!list.some((x) => x.id === Number(id))) list.push(xmlRecord(Number(id), body.slice(r.start, r.end)));
          byTag.set(r.name, list);
        }
      } catch {
        // not a body the dataset can read: skipped
      }
    }
    const [recordTag, candidates] = [...byTag.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!recordTag || !candidates) return undefined;
    const render = (rs: DataRecord[]) => qpsBody('http://127.0.0.1/x.xsd', { records: rs as never });
    const templates = this.validTemplates(candidates, 'id', render, valid);
    if (templates.length === 0) return undefined;
    return {
      collection: new Collection(shape, seedRecords(templates, this.source.records, 'id'), templates),
      recordTag,
    };
  }

  private seedFo(
    shape: CollectionShape,
    bodies: string[],
    valid: (b: string) => boolean,
  ): SeededCollection | undefined {
    if (shape.kind !== 'fo') return undefined;
    let envelope: FoEnvelope | undefined;
    const candidates: DataRecord[] = [];
    for (const body of bodies) {
      const read = readFoExample(body, shape);
      if (!read) continue;
      envelope ??= read.envelope;
      for (const r of read.records) {
        if (candidates.some((x) => x.id === r.id)) continue;
        try {
          candidates.push(xmlRecord(r.id, r.xml));
        } catch {
          // unreadable record: skipped
        }
      }
    }
    if (!envelope || candidates.length === 0) return undefined;
    const env = envelope;
    const templates = this.validTemplates(candidates, shape.idTag, (rs) => foBody(env, shape, rs as never), valid);
    if (templates.length === 0) return undefined;
    const records = seedRecords(templates, this.source.records, shape.idTag);
    return { collection: new Collection(shape, records, templates), foEnvelope: env };
  }

  private seedJson(
    shape: CollectionShape,
    bodies: string[],
    valid: (b: string) => boolean,
  ): SeededCollection | undefined {
    let envelope: Record<string, unknown> | undefined;
    const candidates: DataRecord[] = [];
    for (const body of bodies) {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        continue;
      }
      const rows = jsonRows(shape, json);
      if (!rows) continue;
      envelope ??= json as Record<string, unknown>;
      for (const row of rows) {
        if (row === null || typeof row !== 'object' || Array.isArray(row)) continue;
        const obj = row as Record<string, unknown>;
        const id = shape.kind === 'csam' ? Number(obj.assetId) : candidates.length + 1;
        if (!Number.isSafeInteger(id) || candidates.some((x) => x.id === id)) continue;
        candidates.push({ kind: 'json', id, json: obj });
      }
    }
    if (!envelope || candidates.length === 0) return undefined;
    const env = envelope;
    const idTag = shape.kind === 'csam' ? 'assetId' : '#';
    const render = (rs: DataRecord[]) => JSON.stringify(withRows(shape, env, rs));
    const templates = this.validTemplates(candidates, idTag, render, valid);
    if (templates.length === 0) return undefined;
    const records = seedRecords(templates, this.source.records, idTag);
    return { collection: new Collection(shape, records, templates), jsonEnvelope: env };
  }

  /** Templates whose page (with a copy of each) validates: all if they do together, else one by one. */
  private validTemplates(
    candidates: DataRecord[],
    idTag: string,
    render: (rs: DataRecord[]) => string,
    valid: (b: string) => boolean,
  ): DataRecord[] {
    const withCopy = (t: DataRecord) => [t, cloneRecord(t, 999_999_999 - t.id, idTag)];
    if (valid(render(candidates.flatMap(withCopy)))) return candidates;
    return candidates.filter((t) => valid(render(withCopy(t))));
  }
}

/** CSAM `assetListData.asset`, PCI `data.complianceSummaryList`. */
export function jsonRows(shape: CollectionShape, json: unknown): unknown[] | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const o = json as Record<string, unknown>;
  const holder = (shape.kind === 'csam' ? o.assetListData : o.data) as Record<string, unknown> | undefined;
  const rows = holder?.[shape.kind === 'csam' ? 'asset' : 'complianceSummaryList'];
  return Array.isArray(rows) ? rows : undefined;
}

/** The envelope with its rows replaced (the counters are set by the caller). */
export function withRows(
  shape: CollectionShape,
  envelope: Readonly<Record<string, unknown>>,
  rows: readonly DataRecord[],
): Record<string, unknown> {
  const list = rows.map((r) => (r.kind === 'json' ? r.json : {}));
  if (shape.kind === 'csam') return { ...envelope, assetListData: { asset: list } };
  const data = (envelope.data ?? {}) as Record<string, unknown>;
  return { ...envelope, data: { ...data, complianceSummaryList: list } };
}
