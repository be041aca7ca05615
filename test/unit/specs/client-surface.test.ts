/**
 * The API surface real clients call, through the generated client against the mock on
 * 127.0.0.1: each paged endpoint yields its records (HOST for the detection feed, Tag, WasScan,
 * Report for QPS searches), the FO truncation WARNING (CODE 1980, id_min) is followed to the
 * second page, a report fetch is typed ASSET_DATA_REPORT, and session logout sends its cookie.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../../conformance/mock/mock-server.js';
import { nodeHttpTransport, QualysClient } from '../../../generated/index.js';
import { recordPath } from '../../../generator/compile/record-path.js';
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../../specs');
let doc: IrDocument;
let mock: Awaited<ReturnType<typeof startMockServer>>;
let q: QualysClient;
const sent: { url: string; headers: Record<string, string> }[] = [];
const bodies: (string | undefined)[] = [];

beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
  mock = await startMockServer(doc, SPECS, { host: '127.0.0.1', port: 0, records: 10 });
  const base = nodeHttpTransport();
  q = new QualysClient({
    baseUrl: mock.url,
    auth: { kind: 'basic', username: 'demo', password: 'demo-secret' },
    onRequest: (r) => sent.push({ url: r.url, headers: r.headers }),
    transport: {
      send: (req) => {
        bodies.push(typeof req.body === 'string' ? req.body : undefined);
        return base.send(req);
      },
    },
  });
});
afterAll(async () => {
  await mock.close();
});

describe('record paths of the paged endpoints', () => {
  it.each([
    ['vm.host.list', ['RESPONSE', 'HOST_LIST', 'HOST']],
    ['vm.host.detection.list', ['RESPONSE', 'HOST_LIST', 'HOST']],
    ['vm.asset.group.list', ['RESPONSE', 'ASSET_GROUP_LIST', 'ASSET_GROUP']],
    ['pc.policy.list', ['RESPONSE', 'POLICY_LIST', 'POLICY']],
    ['am.tag.search', ['data', 'Tag']],
    ['was.wasscan.search', ['data', 'WasScan']],
    ['was.report.search', ['data', 'Report']],
  ])('%s yields %j', (id, elements) => {
    const endpoint = doc.endpoints.find((e) => e.id === id)!;
    expect(recordPath(doc, endpoint)?.elements).toEqual(elements);
  });
});

describe('generated client against the mock', () => {
  it('streams the detection feed host by host over two truncated pages (id_min)', async () => {
    sent.length = 0;
    bodies.length = 0;
    const hosts: string[] = [];
    for await (const host of q.vm.host.detection.list({
      showResults: true,
      showIgs: true,
      severities: '1-5',
      truncationLimit: 5,
    })) {
      expect(host.DETECTION_LIST.DETECTION.length).toBeGreaterThan(0);
      hosts.push(host.ID);
    }
    // The mock's dataset holds 10 hosts (--records 10), served 5 at a time (truncation_limit=5),
    // in id order, each once.
    expect(hosts).toHaveLength(10);
    expect(new Set(hosts).size).toBe(10);
    expect(hosts.map(Number)).toEqual(hosts.map(Number).sort((a, b) => a - b));
    expect(sent).toHaveLength(2);
    // The WARNING URL's id_min (the next host's id) travels in the second POST's form body.
    expect(bodies[0]).not.toMatch(/id_min/);
    expect(`${sent[1]!.url} ${bodies[1]}`).toMatch(new RegExp(`id_min=${hosts[5]}(&|$| )`));
  });

  it('fetches a launched report as a typed ASSET_DATA_REPORT', async () => {
    const launched = await q.vm.report.launch({
      templateId: 91078695,
      reportTitle: 'Generated_by_Ruby_Qualys_gem',
      reportType: 'Scan',
      outputFormat: 'xml',
      ips: '203.0.113.62',
    });
    const id = launched.RESPONSE.ITEM_LIST?.ITEM.find((i) => i.KEY === 'ID')?.VALUE?.[0];
    expect(id).toBe('4927942');
    const report = await q.vm.report.fetch({ id: Number(id) });
    expect(report instanceof ReadableStream).toBe(false);
    expect((report as { HEADER: { TEMPLATE: string } }).HEADER.TEMPLATE).toBe('Technical Report');
  });

  it('sends the session cookie on logout (never logged)', async () => {
    sent.length = 0;
    const out = await q.vm.session.logout({ cookie: 'QualysSession=6e1ffeabb7f5d466b73849b12ee1be48' });
    expect(out.RESPONSE.TEXT).toBe('Logged out');
    expect(JSON.stringify(sent)).not.toContain('6e1ffeabb7f5d466b73849b12ee1be48');
  });
});
