// Copied by qspec from runtime/client/validate-request.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Request validation against the endpoint model, before anything is sent: unknown parameters,
 * missing required ones, enum values, numeric types and ranges, `requiredWith` pairs. A failure
 * is a `QualysRequestError` listing every issue; no round trip is made.
 *
 * @see docs/client.md (request validation against the spec before sending)
 */
import type { EndpointModel, ParamModel } from '../endpoint-model.js';
import type { RequestIssue } from './qualys-error.js';

/** Input keys that are not parameters: request body parts and call controls. */
export const RESERVED_INPUT_KEYS = new Set(['filters', 'preferences', 'data', 'body', 'cursor']);

export function validateRequest(endpoint: EndpointModel, input: Readonly<Record<string, unknown>>): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const byProp = new Map(endpoint.params.filter((p) => p.const === undefined).map((p) => [p.prop, p]));
  for (const key of Object.keys(input)) {
    if (input[key] === undefined || RESERVED_INPUT_KEYS.has(key) || byProp.has(key)) continue;
    const known = [...byProp.keys()].join(', ');
    issues.push({ param: key, code: 'unknown', message: `unknown parameter ${key} (known: ${known || 'none'})` });
  }
  for (const p of byProp.values()) {
    const value = input[p.prop];
    if (value === undefined || value === null) {
      if (p.required) issues.push({ param: p.prop, code: 'missing', message: `missing required parameter ${p.prop}` });
      continue;
    }
    const values = p.list && Array.isArray(value) ? (value as unknown[]) : [value];
    if (!p.list && Array.isArray(value)) {
      issues.push({ param: p.prop, code: 'type', message: `${p.prop} takes one value, not a list` });
      continue;
    }
    for (const v of values) {
      const issue = checkValue(p, v);
      if (issue !== undefined) issues.push(issue);
    }
  }
  for (const p of endpoint.params) {
    if (p.requiredWith === undefined || input[p.prop] === undefined) continue;
    for (const other of p.requiredWith) {
      const o = endpoint.params.find((q) => q.name === other || q.prop === other);
      const prop = o?.prop ?? other;
      if (input[prop] === undefined) {
        issues.push({ param: prop, code: 'requiredWith', message: `${prop} is required when ${p.prop} is given` });
      }
    }
  }
  return issues;
}

function checkValue(p: ParamModel, v: unknown): RequestIssue | undefined {
  const shown = typeof v === 'string' ? JSON.stringify(v) : String(v);
  switch (p.type) {
    case 'integer':
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
      if (Number.isNaN(n) || (p.type === 'integer' && !Number.isInteger(n))) {
        return {
          param: p.prop,
          code: 'type',
          message: `${p.prop} must be ${p.type === 'integer' ? 'an integer' : 'a number'}, got ${shown}`,
        };
      }
      if ((p.minimum !== undefined && n < p.minimum) || (p.maximum !== undefined && n > p.maximum)) {
        return {
          param: p.prop,
          code: 'range',
          message: `${p.prop} must be within ${p.minimum ?? '-\u221e'}..${p.maximum ?? '\u221e'}, got ${n}`,
        };
      }
      break;
    }
    case 'boolean':
      if (typeof v !== 'boolean')
        return { param: p.prop, code: 'type', message: `${p.prop} must be a boolean, got ${shown}` };
      break;
    case 'date':
    case 'date-time':
      if (!(v instanceof Date) && typeof v !== 'string') {
        return { param: p.prop, code: 'type', message: `${p.prop} must be a Date or an ISO string, got ${shown}` };
      }
      if (v instanceof Date && Number.isNaN(v.getTime()))
        return { param: p.prop, code: 'type', message: `${p.prop} is an invalid Date` };
      break;
    case 'string':
      if (typeof v !== 'string' && typeof v !== 'number') {
        return { param: p.prop, code: 'type', message: `${p.prop} must be a string, got ${shown}` };
      }
      break;
  }
  if (p.enum !== undefined && !p.enum.includes(String(v))) {
    return { param: p.prop, code: 'enum', message: `${p.prop} must be one of ${p.enum.join(', ')}, got ${shown}` };
  }
  return undefined;
}
