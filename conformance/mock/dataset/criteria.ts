/**
 * QPS Criteria evaluated against dataset records (Qualys QPS REST API guide, "Operators"):
 *
 * | operator | a record matches when |
 * |---|---|
 * | EQUALS | one of its values equals the value |
 * | NOT EQUALS | none of its values equals the value |
 * | GREATER / LESSER | one of its values is greater / less than the value |
 * | IN | one of its values is in the comma-separated list |
 * | CONTAINS | one of its values contains the value (case-insensitive) |
 * | NONE | none of its values is in the comma-separated list |
 *
 * Values compare as numbers when both are numbers, as instants when both are ISO dates, else
 * as strings (equality ignores case, as the platform does for names). All criteria must match
 * (the guide: criteria are ANDed). The field `id` is the record's id.
 */
import { type DataRecord, fieldValues } from './data-record.js';
import type { Criterion } from './service-request.js';

export function matchesAll(record: DataRecord, criteria: readonly Criterion[]): boolean {
  for (const c of criteria) if (!matches(record, c)) return false;
  return true;
}

export function matches(record: DataRecord, c: Criterion): boolean {
  const values = c.field === 'id' ? [String(record.id)] : fieldValues(record, c.field);
  switch (c.operator) {
    case 'EQUALS':
      return values.some((v) => compare(v, c.value) === 0);
    case 'NOT EQUALS':
      return !values.some((v) => compare(v, c.value) === 0);
    case 'GREATER':
      return values.some((v) => (compare(v, c.value) ?? 0) > 0);
    case 'LESSER':
      return values.some((v) => (compare(v, c.value) ?? 0) < 0);
    case 'IN': {
      const list = splitList(c.value);
      return values.some((v) => list.some((x) => compare(v, x) === 0));
    }
    case 'NONE': {
      const list = splitList(c.value);
      return !values.some((v) => list.some((x) => compare(v, x) === 0));
    }
    case 'CONTAINS': {
      const needle = c.value.toLowerCase();
      return values.some((v) => v.toLowerCase().includes(needle));
    }
  }
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Negative, zero or positive; undefined when the two cannot be ordered. */
export function compare(a: string, b: string): number | undefined {
  if (NUMBER.test(a) && NUMBER.test(b)) return Math.sign(Number(a) - Number(b));
  if (ISO_DATE.test(a) && ISO_DATE.test(b)) {
    const x = Date.parse(a);
    const y = Date.parse(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return Math.sign(x - y);
  }
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y ? 0 : x < y ? -1 : 1;
}
