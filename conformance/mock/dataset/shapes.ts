/**
 * Which endpoints the dataset answers, grouped into collections, and what each call does:
 *
 * - QPS REST (`/qps/rest/{version}/{op}/{module}/{resource}[/{id}]`): one collection per
 *   module/resource that has a `search` endpoint; `search`, `count`, `get`, `create`, `update`,
 *   `delete` act on it (records are the children of `<data>`, keyed by their `<id>`).
 * - FO API 2.0 lists that page with WARNING 1980 / `id_min` (VM hosts, host detections, KB vulns,
 *   asset groups, PC policies, scan summaries): records are the children of the `*_LIST`
 *   element, keyed by `ID` (`QID` for the KB; for scan summaries the number after the dot of
 *   `SCAN_REFERENCE`, which is the mock's own key: the guide documents no `id_min` there).
 * - CSAM gateway assets (v1 list/filter, v2 search, get, count): `assetListData.asset[]`, keyed
 *   by `assetId`.
 * - PCI compliance summary: `data.complianceSummaryList[]`, offset/limit.
 *
 * Endpoints not listed here (reports, scans, sessions...) answer from their examples.
 */
import type { IrEndpoint } from '../../../generator/ir/ir-endpoint.js';

export type CollectionShape = QpsShape | FoShape | JsonListShape;

export interface QpsShape {
  readonly kind: 'qps';
  readonly key: string;
  readonly version: string;
  readonly module: string;
  readonly resource: string;
}

export interface FoShape {
  readonly kind: 'fo';
  readonly key: string;
  readonly listTag: string;
  readonly recordTag: string;
  readonly idTag: string;
  /** KB: no `truncation_limit` parameter; an explicit `ids=` list is answered whole. */
  readonly kb: boolean;
  /**
   * When the id element is not a bare number: the pattern whose one group is the record's
   * numeric id (scan summaries: `scan/1234567890.12345` → 12345), and the request parameter
   * that names one record by that element's text (`scan_reference`).
   */
  readonly reference?: { readonly pattern: RegExp; readonly param: string };
}

export interface JsonListShape {
  readonly kind: 'csam' | 'pci';
  readonly key: string;
}

export type Operation =
  | 'search'
  | 'count'
  | 'get'
  | 'create'
  | 'update'
  | 'delete'
  | 'fo-list'
  | 'csam-list'
  | 'csam-get'
  | 'csam-count'
  | 'pci-list';

export interface Binding {
  readonly shape: CollectionShape;
  readonly op: Operation;
}

const QPS_PATH = /^\/qps\/rest\/(\d+\.\d+)\/(search|count|get|create|update|delete)\/([a-z]+)\/([a-z]+)(\/\{id\})?$/;

const FO: Readonly<Record<string, Omit<FoShape, 'kind' | 'key'>>> = {
  'vm.host.list': { listTag: 'HOST_LIST', recordTag: 'HOST', idTag: 'ID', kb: false },
  'vm.host.detection.list': { listTag: 'HOST_LIST', recordTag: 'HOST', idTag: 'ID', kb: false },
  'vm.knowledgebase.vuln.list': { listTag: 'VULN_LIST', recordTag: 'VULN', idTag: 'QID', kb: true },
  'vm.asset.group.list': { listTag: 'ASSET_GROUP_LIST', recordTag: 'ASSET_GROUP', idTag: 'ID', kb: false },
  'pc.policy.list': { listTag: 'POLICY_LIST', recordTag: 'POLICY', idTag: 'ID', kb: false },
  'vm.scan.summary.list': {
    listTag: 'SCAN_SUMMARY_LIST',
    recordTag: 'SCAN_SUMMARY',
    idTag: 'SCAN_REFERENCE',
    kb: true,
    reference: { pattern: /^scan\/\d{1,15}\.(\d{1,15})$/, param: 'scan_reference' },
  },
};

const CSAM: Readonly<Record<string, Operation>> = {
  'csam.asset.list.v1': 'csam-list',
  'csam.asset.filter.v1': 'csam-list',
  'csam.asset.search.v2': 'csam-list',
  'csam.asset.get.v1': 'csam-get',
  'csam.asset.get.v2': 'csam-get',
  'csam.asset.count.v1': 'csam-count',
  'csam.asset.count.v2': 'csam-count',
};

/** The collection an endpoint works on and how, or undefined when examples answer it. */
export function bindingOf(endpoint: IrEndpoint): Binding | undefined {
  if (endpoint.api === 'qps') {
    const m = QPS_PATH.exec(endpoint.path);
    if (!m) return undefined;
    const [, version, op, module, resource, id] = m as unknown as [string, string, Operation, string, string, string?];
    const needsId = op === 'get' || op === 'update' || op === 'delete';
    if (needsId !== (id !== undefined)) return undefined;
    return { shape: { kind: 'qps', key: `${module}/${resource}`, version, module, resource }, op };
  }
  // Own keys only: an endpoint id such as `toString` must not find Object.prototype's member.
  const fo = Object.hasOwn(FO, endpoint.id) ? FO[endpoint.id] : undefined;
  if (fo) return { shape: { kind: 'fo', key: endpoint.id, ...fo }, op: 'fo-list' };
  const csam = Object.hasOwn(CSAM, endpoint.id) ? CSAM[endpoint.id] : undefined;
  if (csam) return { shape: { kind: 'csam', key: 'csam/asset' }, op: csam };
  if (endpoint.id === 'pci.compliance.summary')
    return { shape: { kind: 'pci', key: 'pci/compliance' }, op: 'pci-list' };
  return undefined;
}
