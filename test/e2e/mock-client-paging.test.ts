/**
 * The generated `QualysClient` (generated/) pages through 1,000 records of every paged endpoint
 * the mock's dataset holds (`records: 1000`, as `qspec mock --records 1000`), with its own paging
 * strategies and the APIs' default page sizes: every record arrives once, in id order, and the
 * listing ends; the test fails if a paged endpoint is ever left out of the dataset. The KB and
 * the scan summaries have no `truncation_limit`: at the default 1,000 they are one answer, so a
 * mock with `pageSize: 300` shows the scan summaries paged by the WARNING URL's `id_min`.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindingOf } from '../../conformance/mock/dataset/shapes.js';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { nodeHttpTransport, QualysClient } from '../../generated/index.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../specs');
const RECORDS = 1000;
let doc: IrDocument;
let mock: Awaited<ReturnType<typeof startMockServer>>;
let q: QualysClient;
let requests = 0;

beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
  mock = await startMockServer(doc, SPECS, { host: '127.0.0.1', port: 0, records: RECORDS });
  const base = nodeHttpTransport();
  q = new QualysClient({
    baseUrl: mock.url,
    auth: { kind: 'basic', username: 'demo', password: 'demo-secret' },
    transport: {
      send: (req) => {
        requests++;
        return base.send(req);
      },
    },
  });
});
afterAll(async () => {
  await mock.close();
});

/** Params each endpoint needs (required ones) and a page size that makes several pages. */
const PARAMS: Readonly<Record<string, Record<string, unknown>>> = {
  'csam.asset.filter.v1': { filter: "customAttributes.key:'Media State4'", pageSize: 300 },
  'csam.asset.list.v1': { pageSize: 300 },
  'csam.asset.search.v2': { pageSize: 300 },
  'pci.compliance.summary': { limit: 300 },
  'vm.host.list': { truncationLimit: 300 },
  'vm.host.detection.list': { truncationLimit: 300 },
  'vm.asset.group.list': { truncationLimit: 300 },
  'pc.policy.list': { truncationLimit: 300 },
};

function keyOf(record: Record<string, unknown>): string {
  const k = record.id ?? record.ID ?? record.QID ?? record.assetId ?? record.SCAN_REFERENCE ?? record.ip;
  return String(k);
}

const paged = () => (doc?.endpoints ?? []).filter((e) => e.pagination.style !== 'none');

describe('generated QualysClient against the mock dataset (1,000 records)', () => {
  it('every paged endpoint is held by the dataset', async () => {
    const d = await loadIrDocument(SPECS);
    const outside = d.endpoints.filter((e) => e.pagination.style !== 'none' && !bindingOf(e)).map((e) => e.id);
    expect(outside).toEqual([]);
  });

  it.each([
    'am.hostasset.search',
    'am.tag.search',
    'csam.asset.filter.v1',
    'csam.asset.list.v1',
    'csam.asset.search.v2',
    'pc.policy.list',
    'pci.compliance.summary',
    'vm.asset.group.list',
    'vm.host.detection.list',
    'vm.host.list',
    'vm.knowledgebase.vuln.list',
    'vm.scan.summary.list',
    'was.finding.search',
    'was.report.search',
    'was.wasscan.search',
    'was.webapp.search',
  ])(
    '%s: 1,000 records, each once, and the listing ends',
    async (id) => {
      expect(paged().map((e) => e.id)).toContain(id);
      let method: unknown = q;
      for (const part of id.split('.')) method = (method as Record<string, unknown>)[part];
      expect(typeof method).toBe('function');
      const iterable = (method as (p: Record<string, unknown>) => AsyncIterable<Record<string, unknown>>)(
        PARAMS[id] ?? {},
      );
      const before = requests;
      const keys: string[] = [];
      for await (const record of iterable) keys.push(keyOf(record));
      expect(keys).toHaveLength(RECORDS);
      expect(new Set(keys).size).toBe(RECORDS);
      // Several pages were asked for (the default or given page size is below 1,000). The KB and
      // the scan summaries page at 1,000 (no truncation_limit): 1,000 records are one answer.
      const single = id === 'vm.knowledgebase.vuln.list' || id === 'vm.scan.summary.list';
      expect(requests - before).toBeGreaterThanOrEqual(single ? 1 : 2);
      expect(requests - before).toBeLessThanOrEqual(12);
    },
    60_000,
  );

  it('vm.scan.summary.list: 1,000 summaries over pages of 300, each once, in reference order', async () => {
    const small = await startMockServer(doc, SPECS, { host: '127.0.0.1', port: 0, records: RECORDS, pageSize: 300 });
    try {
      let sent = 0;
      const base = nodeHttpTransport();
      const client = new QualysClient({
        baseUrl: small.url,
        auth: { kind: 'basic', username: 'demo', password: 'demo-secret' },
        transport: {
          send: (req) => {
            sent++;
            return base.send(req);
          },
        },
      });
      const refs: string[] = [];
      for await (const s of client.vm.scan.summary.list({})) refs.push(String(s.SCAN_REFERENCE));
      expect(refs).toHaveLength(RECORDS);
      expect(new Set(refs).size).toBe(RECORDS);
      expect(sent).toBe(4);
      const nums = refs.map((r) => Number(/\.(\d+)$/.exec(r)?.[1]));
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
      expect(refs.slice(0, 2)).toEqual(['scan/1234567890.12345', 'scan/1234567890.24680']);
    } finally {
      await small.close();
    }
  }, 60_000);
});
