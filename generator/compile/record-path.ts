/**
 * Where a paged endpoint's records sit in its decoded response, derived from the IR (never from
 * the source schemas): the first repeated element under the `data` wrapper for QPS
 * (`ServiceResponse/data/Finding`) and PCI JSON (`data.complianceSummaryList`), the first
 * repeated element under `RESPONSE` for FO (`RESPONSE/VULN_LIST/VULN`; FO outputs echo the
 * request's `PARAM_LIST` first) and anywhere for CSAM JSON (`assetListData.asset`). Depth-first, in field order; refs resolved across schemas; cycles cut.
 *
 * @see the Qualys API guides (QPS, FO paging) and release notes
 */
import type { RecordsModel } from '../../runtime/endpoint-model.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrEndpoint } from '../ir/ir-endpoint.js';
import type { IrField, IrSchema, IrType } from '../ir/ir-types.js';

/** The runtime's `records` (property and element names from the root), plus where it starts. */
export interface RecordPath extends RecordsModel {
  /** The response schema and root the path starts from. */
  readonly schema: IrSchema;
  readonly root: string;
}

/** Resolves refs (and nullable unions) to the structural type. */
export function resolveType(doc: IrDocument, type: IrType, seen = new Set<string>()): IrType {
  if (type.kind === 'ref') {
    if (seen.has(type.target)) return { kind: 'any' };
    seen.add(type.target);
    for (const s of doc.schemas) {
      const named = s.types.find((t) => t.id === type.target);
      if (named) return resolveType(doc, named.type, seen);
    }
    return { kind: 'any' };
  }
  if (type.kind === 'union') {
    const useful = type.members
      .map((m) => resolveType(doc, m, seen))
      .find((m) => m.kind === 'object' || m.kind === 'list');
    return useful ?? type;
  }
  return type;
}

function isRepeated(doc: IrDocument, f: IrField): boolean {
  if (f.xml.node === 'attribute' || f.xml.node === 'text') return false;
  if (f.occurs.max === 'unbounded' || f.occurs.max > 1) return true;
  return f.xml.node === 'property' && resolveType(doc, f.type).kind === 'list';
}

function fieldsOf(doc: IrDocument, type: IrType): readonly IrField[] {
  let t = resolveType(doc, type);
  if (t.kind === 'list') t = resolveType(doc, t.item);
  return t.kind === 'object' ? t.fields.filter((f) => f.xml.node === 'element' || f.xml.node === 'property') : [];
}

function firstRepeated(doc: IrDocument, type: IrType, depth: number): IrField[] | undefined {
  if (depth > 8) return undefined;
  const fields = fieldsOf(doc, type);
  for (const f of fields) if (isRepeated(doc, f)) return [f];
  for (const f of fields) {
    const below = firstRepeated(doc, f.type, depth + 1);
    if (below) return [f, ...below];
  }
  return undefined;
}

/** The record path of a paged endpoint, or undefined (not paged, no schema, nothing repeated). */
export function recordPath(doc: IrDocument, endpoint: IrEndpoint): RecordPath | undefined {
  if (endpoint.pagination.style === 'none') return undefined;
  const response = endpoint.responses.find(
    (r) => r.status >= 200 && r.status < 300 && r.schema !== undefined && (r.body === 'xml' || r.body === 'json'),
  );
  const schema = doc.schemas.find((s) => s.id === response?.schema?.schema);
  if (response?.schema === undefined || schema === undefined) return undefined;
  const root =
    response.schema.root !== undefined ? schema.roots.find((r) => r.name === response.schema?.root) : schema.roots[0];
  if (root === undefined) return undefined;
  let start: IrField[] = [];
  let type = root.type;
  // The data wrapper: QPS/PCI `data`, FO `RESPONSE` (FO output also echoes REQUEST/PARAM_LIST/PARAM first).
  const wrapper = {
    'qps-last-id': 'data',
    'offset-limit': 'data',
    'fo-truncation': 'RESPONSE',
    'csam-last-seen': undefined,
  }[endpoint.pagination.style];
  if (wrapper !== undefined) {
    const data = fieldsOf(doc, type).find((f) => f.xml.local === wrapper);
    if (data !== undefined) {
      start = [data];
      type = data.type;
    }
  }
  const rest = firstRepeated(doc, type, 0);
  if (rest === undefined) return undefined;
  const chain = [...start, ...rest];
  return { path: chain.map((f) => f.name), elements: chain.map((f) => f.xml.local), schema, root: root.name };
}
