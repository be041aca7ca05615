/**
 * Real `json_extended` scan fetch answers end with a trailer object after the result rows:
 * `{"target_distribution_across_scanner_appliances": "..."}`. The vm.scan.fetch JSON Schema
 * accepts it (and only it: a trailer of the wrong type is still rejected).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePayloadText } from '../../../conformance/validate/validate-payload.js';
import { targetForEndpoint, type ValidationTarget } from '../../../conformance/validate/validation-target.js';
import { loadIrDocument } from '../../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../../specs');
const EXAMPLE = path.join(SPECS, 'vm/examples/vm.scan.fetch/guide-json-extended-trailer.response.json');
let target: ValidationTarget;
beforeAll(async () => {
  target = targetForEndpoint(await loadIrDocument(SPECS), 'vm.scan.fetch', 200, 'json');
});

describe('vm.scan.fetch json_extended trailer', () => {
  it('accepts header, summary, result rows and the trailer object', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const rows = JSON.parse(text) as Record<string, unknown>[];
    expect(Object.keys(rows.at(-1)!)).toEqual(['target_distribution_across_scanner_appliances']);
    const verdict = validatePayloadText(text, target);
    expect(verdict.errors).toEqual([]);
    expect(verdict.valid).toBe(true);
  });

  it('rejects a trailer whose value is not a string', () => {
    const rows = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>[];
    rows[rows.length - 1] = { target_distribution_across_scanner_appliances: 42 };
    expect(validatePayloadText(JSON.stringify(rows), target).valid).toBe(false);
  });
});
