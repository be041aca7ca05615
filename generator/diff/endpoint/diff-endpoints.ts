/**
 * Compares the endpoints of two IR documents, matched by their stable id: endpoints added or
 * removed, method and path changes, parameters (added, removed, required-ness, type, enum
 * values, bounds) and the schema each request/response body points at.
 *
 * @see generator/parse/spec/spec-format.schema.json (what an endpoint declares), docs/diff-rules.md
 */
import type { IrEndpoint, IrParam, IrSchemaRef } from '../../ir/ir-endpoint.js';
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { DiffDirection, DiffFinding } from '../diff-finding.js';
import { diffRule } from '../rules/diff-rules.js';

function finding(
  rule: string,
  direction: DiffDirection,
  ep: string,
  name: string,
  path: string,
  message: string,
  extra: { base?: IrOrigin; rev?: IrOrigin; from?: string; to?: string },
): DiffFinding {
  return {
    rule,
    severity: diffRule(rule).severity[direction],
    direction,
    message,
    name,
    path,
    endpoints: [ep],
    ...(extra.base ? { base: extra.base } : {}),
    ...(extra.rev ? { rev: extra.rev } : {}),
    ...(extra.from !== undefined ? { from: extra.from } : {}),
    ...(extra.to !== undefined ? { to: extra.to } : {}),
  };
}

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

function diffParams(ep: string, base: readonly IrParam[], rev: readonly IrParam[], out: DiffFinding[]): void {
  const before = new Map(base.map((p) => [p.name, p]));
  const after = new Map(rev.map((p) => [p.name, p]));
  for (const r of rev) {
    const b = before.get(r.name);
    const path = `${ep}/${r.name}`;
    if (!b) {
      if (r.const !== undefined) continue; // set by the client, not the caller
      const rule = r.required ? 'required-param-added' : 'param-added';
      out.push(
        finding(
          rule,
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} added${r.required ? ' (required)' : ''}`,
          { rev: r.origin, to: paramShape(r) },
        ),
      );
      continue;
    }
    const loc = { base: b.origin, rev: r.origin };
    if (!b.required && r.required)
      out.push(
        finding(
          'param-became-required',
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} became required`,
          loc,
        ),
      );
    if (b.required && !r.required)
      out.push(
        finding(
          'param-became-optional',
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} became optional`,
          loc,
        ),
      );
    if (paramShape(b) !== paramShape(r) || (b.const ?? '') !== (r.const ?? '')) {
      out.push(
        finding(
          'param-type-changed',
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} ${paramShape(b)} → ${paramShape(r)}`,
          { ...loc, from: paramShape(b), to: paramShape(r) },
        ),
      );
    }
    if (b.enum && r.enum) {
      for (const v of r.enum) {
        if (!b.enum.includes(v))
          out.push(
            finding(
              'param-enum-value-added',
              'request',
              ep,
              v,
              path,
              `${ep}: parameter ${r.name} accepts new value '${v}'`,
              { ...loc, to: v },
            ),
          );
      }
      for (const v of b.enum) {
        if (!r.enum.includes(v))
          out.push(
            finding(
              'param-enum-value-removed',
              'request',
              ep,
              v,
              path,
              `${ep}: parameter ${r.name} no longer accepts '${v}'`,
              { ...loc, from: v },
            ),
          );
      }
    } else if (!b.enum && r.enum) {
      out.push(
        finding(
          'facet-narrowed',
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} is now restricted to ${r.enum.join(', ')}`,
          { ...loc, to: r.enum.join(',') },
        ),
      );
    } else if (b.enum && !r.enum) {
      out.push(
        finding(
          'facet-widened',
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} is no longer restricted to an enumeration`,
          { ...loc, from: b.enum.join(',') },
        ),
      );
    }
    const bound = (x: IrParam): string => `${x.minimum ?? ''}..${x.maximum ?? ''}`;
    if (bound(b) !== bound(r)) {
      const narrowed =
        (r.minimum !== undefined && (b.minimum === undefined || r.minimum > b.minimum)) ||
        (r.maximum !== undefined && (b.maximum === undefined || r.maximum < b.maximum));
      out.push(
        finding(
          narrowed ? 'facet-narrowed' : 'facet-widened',
          'request',
          ep,
          r.name,
          path,
          `${ep}: parameter ${r.name} range ${bound(b)} → ${bound(r)}`,
          { ...loc, from: bound(b), to: bound(r) },
        ),
      );
    }
  }
  for (const b of base) {
    if (after.has(b.name) || b.const !== undefined) continue;
    out.push(
      finding('param-removed', 'request', ep, b.name, `${ep}/${b.name}`, `${ep}: parameter ${b.name} removed`, {
        base: b.origin,
        from: paramShape(b),
      }),
    );
  }
}

function paramShape(p: IrParam): string {
  return `${p.in} ${p.type}${p.list ? '[]' : ''}`;
}
