/**
 * The spec corpus itself: every endpoint id the tools rely on is specified, the
 * real webapp.xsd converts completely, the contradictions of the notes are recorded as aliases,
 * and every example has a known expected verdict.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../../generator/load/load-ir.js';

/** Endpoints specified from recorded traffic and the API guides; no release note changes them. */
const FROM_TRAFFIC = [
  'vm.host.list',
  'vm.host.detection.list',
  'vm.scan.list',
  'vm.scan.launch',
  'vm.scan.cancel',
  'vm.report.list',
  'vm.report.launch',
  'vm.report.fetch',
  'vm.report.delete',
  'vm.report.template.list',
  'vm.session.login',
  'vm.session.logout',
  'vm.asset.group.list',
  'vm.asset.ip.list',
  'vm.appliance.list',
  'vm.activity.log.list',
  'pc.policy.list',
  'am.tag.search',
  'am.tag.get',
  'am.tag.create',
  'am.tag.update',
  'am.tag.delete',
  'platform.portal.version',
  'was.wasscan.search',
  'was.wasscan.count',
  'was.wasscan.get',
  'was.report.create',
  'was.report.search',
  'was.report.status',
  'was.report.download',
  'was.report.delete',
];

const SPECS = path.resolve(__dirname, '../../../specs');
const IDS = [
  'am.hostasset.get',
  'am.hostasset.search',
  'was.finding.get',
  'was.finding.search',
  'was.finding.count',
  'was.wasscanschedule.create',
  'was.wasscanschedule.update',
  'was.wasscanschedule.get',
  'was.webapp.get',
  'was.webapp.search',
  'was.wasscan.download',
  'vm.scan.summary.list',
  'vm.asset.group.edit',
  'vm.schedule.scan.list',
  'vm.scan.fetch',
  'vm.knowledgebase.vuln.list',
  'pc.posture.info',
  'gateway.auth',
  'csam.asset.search.v2',
  'csam.asset.get.v2',
  'csam.asset.count.v2',
  'csam.asset.list.v1',
  'csam.asset.filter.v1',
  'csam.asset.get.v1',
  'csam.asset.count.v1',
  'easm.profile.status',
  'pci.compliance.summary',
  'pci.report.fetch',
  'pci.report.submit',
  'pci.report.status',
  'pci.report.download',
  'pci.report.requestReview',
  // The API surface real clients call (recorded traffic in ../shared/corpus, Qualys API guides).
  ...FROM_TRAFFIC,
];

let doc: IrDocument;
beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
});

describe('specs/', () => {
  it('specifies every endpoint of the five release notes and of real client traffic, and nothing unnamed', () => {
    expect(doc.endpoints.map((e) => e.id).sort()).toEqual([...IDS].sort());
  });

  it('keeps every endpoint traceable to a release, except the ones that come from the corpus', () => {
    // gateway.auth (the token endpoint every gateway module uses), the knowledge base list and the
    // webapp endpoints (real DTD/XSD and recordings in the corpus) are changed by none of the notes.
    const without = doc.endpoints.filter((e) => e.releases.length === 0).map((e) => e.id);
    expect(without.sort()).toEqual(
      ['gateway.auth', 'vm.knowledgebase.vuln.list', 'was.webapp.get', 'was.webapp.search', ...FROM_TRAFFIC].sort(),
    );
  });

  // 40 complex types of the real 2018 webapp.xsd plus WasScanSummary, added from the recorded
  // get/was/webapp answers (lastScan/summary).
  it('converts the real webapp.xsd completely: 41 named complex types (40 + WasScanSummary) and 2 simple types', () => {
    const webapp = doc.schemas.find((s) => s.id === 'was/schemas/webapp.xsd');
    expect(webapp).toBeDefined();
    const complex = webapp!.types.filter((t) => t.type.kind === 'object');
    const simple = webapp!.types.filter((t) => t.type.kind !== 'object');
    expect(complex).toHaveLength(41);
    expect(complex.map((t) => t.name)).toContain('WasScanSummary');
    expect(simple.map((t) => t.name).sort()).toEqual(['ResponseCode', 'WeekDay']);
    expect(webapp!.roots.map((r) => r.name)).toEqual(['ServiceRequest', 'ServiceResponse']);
  });

  it('records the notes’ self-contradictions as aliases', () => {
    const byId = new Map(doc.endpoints.map((e) => [e.id, e]));
    expect(byId.get('pci.compliance.summary')!.aliases.join(' ')).toMatch(/\/pci\/compliance\/summary/);
    expect(byId.get('csam.asset.get.v2')!.aliases.join(' ')).toMatch(/rest\/2\.0\/get\/am\/asset/);
  });

  it('lists every platform of seed 002 and of the platform identification page, plus private cloud', () => {
    const ids = doc.platforms.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['US1', 'US2', 'US3', 'EU1', 'EU2', 'IN1', 'PRIVATE']));
    expect(ids).toEqual(expect.arrayContaining(['US4', 'EU3', 'CA1', 'AE1', 'UK1', 'AU1', 'KSA1']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of doc.platforms) {
      expect(p.gatewayUrl).toMatch(/^https:\/\/gateway\./);
      expect(p.apiUrl).toMatch(/^https:\/\/qualysapi\./);
      // API server and gateway of one platform share the pod (qg<N>.apps.<domain>).
      expect(p.gatewayUrl.replace('gateway.', '')).toBe(
        p.id === 'US1'
          ? 'https://qg1.apps.qualys.com'
          : p.id === 'EU1'
            ? 'https://qg1.apps.qualys.eu'
            : p.apiUrl.replace('qualysapi.', ''),
      );
    }
  });

  it('keeps the damaged seed 001 samples as invalid examples', () => {
    const scan = doc.endpoints.find((e) => e.id === 'vm.scan.summary.list')!;
    const damaged = scan.examples.filter((x) => x.name.includes('damaged'));
    expect(damaged.length).toBeGreaterThan(0);
    for (const x of damaged) expect(x.expect).toBe('invalid');
  });
});
