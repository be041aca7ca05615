/**
 * Pins the ajv validators of the two spec formats (generator/parse/spec/spec-validators.ts): both
 * schemas are registered under their keys (`spec`, `platforms`), every error of a document is
 * reported (not only the first), JSON Schema numbers are finite (a YAML `.inf` is not a number),
 * the validators are compiled once, and `specAjv({ standalone: true })` yields ES module source
 * for the compiled CLI (docs/decisions/0004-compiled-cli.md).
 *
 * Each instance is checked both through a fresh `specAjv()` and through `parseSpecFile` /
 * `parsePlatformsFile` (docs: the qspec spec format, generator/parse/spec/spec-format.schema.json;
 * JSON Schema draft-07 §4.2.1: a number is a JSON number, which is finite).
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import { parsePlatformsFile, parseSpecFile } from '../../../../generator/parse/spec/parse-spec-file.js';
import { specAjv, specValidators } from '../../../../generator/parse/spec/spec-validators.js';
import { specValidatorsModule } from '../../../../generator/parse/spec/spec-validators-standalone.js';
import { VALID } from './spec-fixture.js';
import { validEndpointDoc } from './valid-endpoint-doc.js';

const diagnostics = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DiagnosticError);
    return (e as DiagnosticError).diagnostics;
  }
  throw new Error('expected a DiagnosticError');
};
const invalid = (file: string, message: string, line: number, column: number) => ({
  code: 'SpecInvalid',
  severity: 'error',
  message,
  location: { file, line, column },
});

describe('specAjv', () => {
  it('holds the endpoint schema under "spec" and the platforms schema under "platforms"', () => {
    const ajv = specAjv();
    const spec = ajv.getSchema('spec');
    const platforms = ajv.getSchema('platforms');
    expect(spec).toBeTypeOf('function');
    expect(platforms).toBeTypeOf('function');
    expect((spec!.schema as { $id?: string }).$id).toBe('https://qspec.dev/spec-format.schema.json');
    expect(spec!(validEndpointDoc())).toBe(true);
    expect(spec!({ platforms: [] })).toBe(false);
    expect(platforms!({ platforms: [{ id: 'US1', name: 'US 1', apiUrl: 'https://a', gatewayUrl: 'https://b' }] })).toBe(
      true,
    );
    expect(platforms!(validEndpointDoc())).toBe(false);
  });

  it('reports every error of a document, not only the first', () => {
    const spec = specAjv().getSchema('spec')!;
    const doc = validEndpointDoc();
    Object.assign(doc.endpoints[0]!, { method: 'FETCH', api: 'nope' });
    expect(spec(doc)).toBe(false);
    expect(spec.errors?.map((e) => e.instancePath)).toEqual(['/endpoints/0/method', '/endpoints/0/api']);
  });

  it('an infinite bound is not a JSON number', () => {
    const spec = specAjv().getSchema('spec')!;
    const doc = validEndpointDoc();
    Object.assign(doc.endpoints[0]!, {
      params: [{ name: 'id', in: 'query', type: 'integer', minimum: Number.NEGATIVE_INFINITY }],
    });
    expect(spec(doc)).toBe(false);
    expect(spec.errors?.map((e) => [e.instancePath, e.message])).toEqual([
      ['/endpoints/0/params/0/minimum', 'must be number'],
    ]);
  });

  it('the standalone variant generates an ES module exporting both validators', () => {
    const code = specValidatorsModule();
    expect(code.match(/export const (spec|platforms)\b/g)).toEqual(['export const spec', 'export const platforms']);
    expect(code).not.toMatch(/\bmodule\.exports\b|\bexports\.\w/);
    expect(code).toContain('export function specValidators() { return { spec, platforms }; }');
  });
});

describe('specValidators', () => {
  it('compiles once: the same validators on every call', () => {
    // The first call of this file compiles: check both validators right here (later tests reuse them).
    const a = specValidators();
    expect(a.spec(validEndpointDoc())).toBe(true);
    expect(a.platforms({ platforms: [] })).toBe(false);
    const b = specValidators();
    expect(b).toBe(a);
    expect(b.spec).toBe(a.spec);
    expect(b.platforms).toBe(a.platforms);
  });

  it('the platforms validator refuses a bad platforms.yaml, with every error', () => {
    const { platforms } = specValidators();
    expect(platforms({ platforms: [] })).toBe(false);
    const ds = diagnostics(() =>
      parsePlatformsFile(
        'platforms.yaml',
        'platforms:\n  - { id: us1, name: "", apiUrl: http://a, gatewayUrl: https://b }\n',
      ),
    );
    expect(ds).toEqual([
      invalid('platforms.yaml', "'platforms.0.id': does not match the pattern ^[A-Z][A-Z0-9]*$", 2, 11),
      invalid('platforms.yaml', "'platforms.0.name': must NOT have fewer than 1 characters", 2, 22),
      invalid('platforms.yaml', "'platforms.0.apiUrl': does not match the pattern ^https://", 2, 34),
    ]);
  });

  it('an endpoint file with two wrong values gets two diagnostics', () => {
    const ds = diagnostics(() =>
      parseSpecFile('was/finding.yaml', VALID.replace('method: GET', 'method: FETCH').replace('api: qps', 'api: nope')),
    );
    expect(ds).toEqual([
      invalid(
        'was/finding.yaml',
        `'endpoints.0.method': must be one of "GET", "POST", "PUT", "DELETE", "PATCH"`,
        6,
        13,
      ),
      invalid('was/finding.yaml', `'endpoints.0.api': must be one of "qps", "fo", "gateway", "pci"`, 7, 10),
    ]);
  });

  it('a YAML .inf bound is refused', () => {
    const ds = diagnostics(() =>
      parseSpecFile('was/finding.yaml', VALID.replace('required: true }', 'required: true, maximum: .inf }')),
    );
    expect(ds).toEqual([invalid('was/finding.yaml', "'endpoints.0.params.0.maximum': must be number", 10, 71)]);
  });
});
