/**
 * Which endpoints the dataset answers (dataset/shapes.ts): QPS paths by operation, module and
 * resource (an id segment exactly for get/update/delete), the six FO lists with their tags and
 * KB/reference rules, the CSAM asset calls, the PCI summary, and everything else left to the
 * examples. Whole bindings compared.
 */
import { describe, expect, it } from 'vitest';
import { bindingOf } from '../../../../conformance/mock/dataset/shapes.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

const ep = (id: string, api: string, path = '/x') => ({ id, api, path }) as unknown as IrEndpoint;
const qps = (path: string) => bindingOf(ep('q', 'qps', path));

describe('bindingOf: QPS', () => {
  it.each([
    ['/qps/rest/2.0/search/am/tag', 'search'],
    ['/qps/rest/2.0/count/am/tag', 'count'],
    ['/qps/rest/2.0/create/am/tag', 'create'],
    ['/qps/rest/2.0/get/am/tag/{id}', 'get'],
    ['/qps/rest/2.0/update/am/tag/{id}', 'update'],
    ['/qps/rest/2.0/delete/am/tag/{id}', 'delete'],
  ])('%s → %s', (path, op) => {
    expect(qps(path)).toEqual({
      shape: { kind: 'qps', key: 'am/tag', version: '2.0', module: 'am', resource: 'tag' },
      op,
    });
  });
  it('reads versions of several digits on both sides of the dot', () => {
    expect(qps('/qps/rest/10.25/search/am/tag')?.shape).toMatchObject({ version: '10.25', key: 'am/tag' });
  });
  it('keeps the version and names the key by module/resource', () => {
    expect(qps('/qps/rest/3.0/search/was/webapp')).toEqual({
      shape: { kind: 'qps', key: 'was/webapp', version: '3.0', module: 'was', resource: 'webapp' },
      op: 'search',
    });
  });
  it.each([
    ['/qps/rest/2.0/get/am/tag'],
    ['/qps/rest/2.0/update/am/tag'],
    ['/qps/rest/2.0/delete/am/tag'],
    ['/qps/rest/2.0/search/am/tag/{id}'],
    ['/qps/rest/2.0/count/am/tag/{id}'],
    ['/qps/rest/2.0/create/am/tag/{id}'],
    ['/qps/rest/2.0/list/am/tag'],
    ['/qps/rest/2.0/search/am/Tag'],
    ['/qps/rest/2/search/am/tag'],
    ['/qps/rest/2.0/search/am/tag/extra'],
    ['/x/qps/rest/2.0/search/am/tag'],
    ['/qps/rest/2.0/search/am'],
  ])('%s → none', (path) => {
    expect(qps(path)).toBeUndefined();
  });
  it('a QPS endpoint is never bound by id', () => {
    expect(bindingOf(ep('vm.host.list', 'qps', '/api/2.0/fo/asset/host/'))).toBeUndefined();
  });
});

describe('bindingOf: FO, CSAM, PCI', () => {
  it.each([
    ['vm.host.list', { listTag: 'HOST_LIST', recordTag: 'HOST', idTag: 'ID', kb: false }],
    ['vm.host.detection.list', { listTag: 'HOST_LIST', recordTag: 'HOST', idTag: 'ID', kb: false }],
    ['vm.knowledgebase.vuln.list', { listTag: 'VULN_LIST', recordTag: 'VULN', idTag: 'QID', kb: true }],
    ['vm.asset.group.list', { listTag: 'ASSET_GROUP_LIST', recordTag: 'ASSET_GROUP', idTag: 'ID', kb: false }],
    ['pc.policy.list', { listTag: 'POLICY_LIST', recordTag: 'POLICY', idTag: 'ID', kb: false }],
  ])('%s', (id, fields) => {
    expect(bindingOf(ep(id, 'fo'))).toEqual({ shape: { kind: 'fo', key: id, ...fields }, op: 'fo-list' });
  });
  it('scan summaries: keyed by the number after the dot of SCAN_REFERENCE', () => {
    const b = bindingOf(ep('vm.scan.summary.list', 'fo'));
    expect(b).toEqual({
      shape: {
        kind: 'fo',
        key: 'vm.scan.summary.list',
        listTag: 'SCAN_SUMMARY_LIST',
        recordTag: 'SCAN_SUMMARY',
        idTag: 'SCAN_REFERENCE',
        kb: true,
        reference: { pattern: /^scan\/\d{1,15}\.(\d{1,15})$/, param: 'scan_reference' },
      },
      op: 'fo-list',
    });
    const pattern = b?.shape.kind === 'fo' ? b.shape.reference?.pattern : undefined;
    expect(
      ['scan/1700000000.12345', 'scan/1.2', 'scan/1.', 'xscan/1.2', 'scan/1.2x', 'scan/1234567890123456.1'].map(
        (s) => pattern?.exec(s)?.[1],
      ),
    ).toEqual(['12345', '2', undefined, undefined, undefined, undefined]);
  });
  it.each([
    ['csam.asset.list.v1', 'csam-list'],
    ['csam.asset.filter.v1', 'csam-list'],
    ['csam.asset.search.v2', 'csam-list'],
    ['csam.asset.get.v1', 'csam-get'],
    ['csam.asset.get.v2', 'csam-get'],
    ['csam.asset.count.v1', 'csam-count'],
    ['csam.asset.count.v2', 'csam-count'],
  ])('%s → %s', (id, op) => {
    expect(bindingOf(ep(id, 'gateway'))).toEqual({ shape: { kind: 'csam', key: 'csam/asset' }, op });
  });
  it('PCI compliance summary', () => {
    expect(bindingOf(ep('pci.compliance.summary', 'pci'))).toEqual({
      shape: { kind: 'pci', key: 'pci/compliance' },
      op: 'pci-list',
    });
  });
  it.each([['vm.session.login'], ['vm.scan.list'], ['csam.asset.delete.v1'], ['pci.widget.list']])(
    '%s → none',
    (id) => {
      expect(bindingOf(ep(id, 'fo'))).toBeUndefined();
    },
  );
});

describe('bindingOf: ids that name Object.prototype members', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'an endpoint with id %s is left to the examples',
    (id) => {
      expect(bindingOf(ep(id, 'fo'))).toBeUndefined();
      expect(bindingOf(ep(id, 'gateway'))).toBeUndefined();
    },
  );
});
