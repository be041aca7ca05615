/**
 * Compares the parameters of one endpoint in two IR documents, matched by wire name: added
 * (required or not; a `const` parameter is set by the client, so it is not the caller's change),
 * removed, required-ness, location and type, enumeration values, and numeric range.
 *
 * @see docs/diff-rules.md (param-* and facet-* rules)
 */
import type { IrParam } from '../../ir/ir-endpoint.js';
import type { DiffFinding } from '../diff-finding.js';
import { endpointFinding as finding } from './endpoint-finding.js';

export function diffParams(ep: string, base: readonly IrParam[], rev: readonly IrParam[], out: DiffFinding[]): void {
  const before = new Map(base.map((p) => [p.name, p]));
  const after = new Map(rev.map((p) => [p.name, p]));
  for (const r of rev) {
    const b = before.get(r.name);
    if (b) diffParam(ep, b, r, out);
    else if (r.const === undefined) {
      const rule = r.required ? 'required-param-added' : 'param-added';
      const message = `${ep}: parameter ${r.name} added${r.required ? ' (required)' : ''}`;
      out.push(finding(rule, 'request', ep, r.name, `${ep}/${r.name}`, message, { rev: r.origin, to: paramShape(r) }));
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

/** A parameter present on both sides: required-ness, shape, enumeration, range. */
function diffParam(ep: string, b: IrParam, r: IrParam, out: DiffFinding[]): void {
  const path = `${ep}/${r.name}`;
  const loc = { base: b.origin, rev: r.origin };
  const push = (rule: string, name: string, message: string, extra: { from?: string; to?: string } = {}) =>
    out.push(finding(rule, 'request', ep, name, path, `${ep}: parameter ${r.name} ${message}`, { ...loc, ...extra }));
  if (!b.required && r.required) push('param-became-required', r.name, 'became required');
  if (b.required && !r.required) push('param-became-optional', r.name, 'became optional');
  if (paramShape(b) !== paramShape(r) || (b.const ?? '') !== (r.const ?? '')) {
    push('param-type-changed', r.name, `${paramShape(b)} → ${paramShape(r)}`, {
      from: paramShape(b),
      to: paramShape(r),
    });
  }
  diffEnum(b, r, push);
  const range = (x: IrParam): string => `${x.minimum ?? ''}..${x.maximum ?? ''}`;
  if (range(b) !== range(r)) {
    const narrowed =
      (r.minimum !== undefined && (b.minimum === undefined || r.minimum > b.minimum)) ||
      (r.maximum !== undefined && (b.maximum === undefined || r.maximum < b.maximum));
    push(narrowed ? 'facet-narrowed' : 'facet-widened', r.name, `range ${range(b)} → ${range(r)}`, {
      from: range(b),
      to: range(r),
    });
  }
}

type Push = (rule: string, name: string, message: string, extra?: { from?: string; to?: string }) => void;

/** Enumeration values added or removed, or an enumeration appearing or going away. */
function diffEnum(b: IrParam, r: IrParam, push: Push): void {
  if (b.enum && r.enum) {
    for (const v of r.enum) {
      if (!b.enum.includes(v)) push('param-enum-value-added', v, `accepts new value '${v}'`, { to: v });
    }
    for (const v of b.enum) {
      if (!r.enum.includes(v)) push('param-enum-value-removed', v, `no longer accepts '${v}'`, { from: v });
    }
  } else if (!b.enum && r.enum) {
    push('facet-narrowed', r.name, `is now restricted to ${r.enum.join(', ')}`, { to: r.enum.join(',') });
  } else if (b.enum && !r.enum) {
    push('facet-widened', r.name, 'is no longer restricted to an enumeration', { from: b.enum.join(',') });
  }
}

/** `query string[]`: where the parameter travels and its type. */
function paramShape(p: IrParam): string {
  return `${p.in} ${p.type}${p.list ? '[]' : ''}`;
}
