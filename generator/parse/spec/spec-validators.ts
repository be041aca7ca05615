/**
 * The ajv validators of the two spec formats: endpoint YAML (`spec-format.schema.json`) and
 * `platforms.yaml`, compiled on first use. The compiled CLI does not compile them at run time:
 * bin/build.js swaps this module for ajv standalone code generated from the same `specAjv()` (see
 * spec-validators-standalone.ts), the same validators and errors without the ~90 ms compile.
 *
 * @see docs/decisions/0004-compiled-cli.md
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { REPO_ROOT } from '../../context.js';

export interface SpecValidators {
  readonly spec: ValidateFunction;
  readonly platforms: ValidateFunction;
}

/** Relative to the repository (not beside this module: the compiled CLI runs from dist/). */
export const SPEC_FORMAT_SCHEMA = 'generator/parse/spec/spec-format.schema.json';

const PLATFORMS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['platforms'],
  properties: {
    platforms: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'apiUrl', 'gatewayUrl'],
        properties: {
          id: { type: 'string', pattern: '^[A-Z][A-Z0-9]*$' },
          name: { type: 'string', minLength: 1 },
          apiUrl: { type: 'string', pattern: '^https://' },
          gatewayUrl: { type: 'string', pattern: '^https://' },
        },
      },
    },
  },
} as const;

/** An ajv instance holding both schemas, under the keys `spec` and `platforms`. */
export function specAjv(options: { standalone?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    ...(options.standalone ? { code: { source: true, esm: true } } : {}),
  });
  ajv.addSchema(JSON.parse(readFileSync(path.join(REPO_ROOT, SPEC_FORMAT_SCHEMA), 'utf8')), 'spec');
  ajv.addSchema(PLATFORMS_SCHEMA, 'platforms');
  return ajv;
}

let compiled: SpecValidators | undefined;

export function specValidators(): SpecValidators {
  if (compiled === undefined) {
    const ajv = specAjv();
    compiled = { spec: ajv.getSchema('spec')!, platforms: ajv.getSchema('platforms')! };
  }
  return compiled;
}
