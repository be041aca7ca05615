/**
 * Compares the endpoints of two IR documents, matched by their stable id: endpoints added or
 * removed, method and path changes, parameters (diff-params.ts) and the schema each
 * request/response body points at.
 *
 * @see generator/parse/spec/spec-format.schema.json (what an endpoint declares), docs/diff-rules.md
 */
import type { IrEndpoint, IrSchemaRef } from '../../ir/ir-endpoint.js';
import type { DiffFinding } from '../diff-finding.js';
import { diffParams } from './diff-params.js';
import { endpointFinding as finding } from './endpoint-finding.js';

export function diffEndpoints(base: readonly IrEndpoint[], rev: readonly IrEndpoint[]): DiffFinding[] {
  const out: DiffFinding[] = [];
  const before = new Map(base.map((e) => [e.id, e]));
  const after = new Map(rev.map((e) => [e.id, e]));
  for (const r of rev) {
    const b = before.get(r.id);
    if (!b) {
      out.push(
        finding('endpoint-added', 'request', r.id, r.path, r.id, `endpoint ${r.id} added: ${r.method} ${r.path}`, {
          rev: r.origin,
          to: `${r.method} ${r.path}`,
        }),
      );
      continue;
    }
    diffEndpoint(b, r, out);
  }
  for (const b of base) {
    if (after.has(b.id)) continue;
    out.push(
      finding('endpoint-removed', 'request', b.id, b.path, b.id, `endpoint ${b.id} removed: ${b.method} ${b.path}`, {
        base: b.origin,
        from: `${b.method} ${b.path}`,
      }),
    );
  }
  return out;
}

function diffEndpoint(b: IrEndpoint, r: IrEndpoint, out: DiffFinding[]): void {
  const loc = { base: b.origin, rev: r.origin };
  if (b.method !== r.method) {
    out.push(
      finding('method-changed', 'request', r.id, r.path, r.id, `${r.id}: method ${b.method} → ${r.method}`, {
        ...loc,
        from: b.method,
        to: r.method,
      }),
    );
  }
  if (b.path !== r.path) {
    out.push(
      finding('path-changed', 'request', r.id, r.path, r.id, `${r.id}: path ${b.path} → ${r.path}`, {
        ...loc,
        from: b.path,
        to: r.path,
      }),
    );
  }
  diffParams(r.id, b.params, r.params, out);
  const ref = (s: IrSchemaRef | undefined): string => (s ? `${s.schema}${s.root ? `#${s.root}` : ''}` : '(none)');
  if (ref(b.request?.schema) !== ref(r.request?.schema) || (b.request?.kind ?? '') !== (r.request?.kind ?? '')) {
    const from = `${b.request?.kind ?? 'none'} ${ref(b.request?.schema)}`;
    const to = `${r.request?.kind ?? 'none'} ${ref(r.request?.schema)}`;
    out.push(
      finding(
        'response-schema-changed',
        'request',
        r.id,
        'request',
        `${r.id}/request`,
        `${r.id}: request body ${from} → ${to}`,
        { ...loc, from, to },
      ),
    );
  }
  const statuses = new Set([...b.responses.map((x) => x.status), ...r.responses.map((x) => x.status)]);
  for (const status of [...statuses].sort((x, y) => x - y)) {
    const rb = b.responses.find((x) => x.status === status);
    const rr = r.responses.find((x) => x.status === status);
    const from = rb ? `${rb.body} ${ref(rb.schema)}` : '(none)';
    const to = rr ? `${rr.body} ${ref(rr.schema)}` : '(none)';
    if (from === to) continue;
    out.push(
      finding(
        'response-schema-changed',
        'response',
        r.id,
        String(status),
        `${r.id}/${status}`,
        `${r.id}: ${status} response ${from} → ${to}`,
        { ...loc, from, to },
      ),
    );
  }
}
