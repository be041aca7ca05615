/**
 * Wire encoding of one parameter value: FO lists as comma-separated values, booleans as 0/1
 * (`booleanFormat: zero-one`, the FO default) or true/false, dates as `YYYY-MM-DD` and date-times
 * as `YYYY-MM-DDTHH:MM:SSZ` (UTC, no milliseconds, as the FO API 2.0 expects).
 *
 * @see the Qualys VM/PC API guide (FO form parameters: comma lists, booleans as 0/1, dates)
 */
import type { ApiFamily, ParamModel } from '../endpoint-model.js';

export function encodeParam(p: ParamModel, value: unknown, api: ApiFamily): string {
  if (p.list && Array.isArray(value)) return value.map((v) => encodeScalar(p, v, api)).join(',');
  return encodeScalar(p, value, api);
}

function encodeScalar(p: ParamModel, v: unknown, api: ApiFamily): string {
  switch (p.type) {
    case 'boolean': {
      const format = p.booleanFormat ?? (api === 'fo' ? 'zero-one' : 'true-false');
      const b = v === true || v === 'true' || v === 1 || v === '1';
      return format === 'zero-one' ? (b ? '1' : '0') : String(b);
    }
    case 'date':
      return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    case 'date-time':
      return v instanceof Date ? `${v.toISOString().slice(0, 19)}Z` : String(v);
    default:
      return String(v);
  }
}
