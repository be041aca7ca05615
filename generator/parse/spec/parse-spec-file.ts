/**
 * Parses one endpoint YAML file (`specs/<module>/<resource>.yaml`) or `specs/platforms.yaml`:
 * YAML syntax, then the spec-format JSON Schema (ajv), with located `SpecInvalid` diagnostics.
 * Returns the typed document plus a locator so later stages can point at any node.
 *
 * @see issue 2 §2; generator/parse/spec/spec-format.schema.json
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { REPO_ROOT } from '../../context.js';
import { type LocatedYaml, parseLocatedYaml, validateLocatedYaml } from './parse-located-yaml.js';
import type { PlatformsDocument, SpecDocument } from './spec-document.js';

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

const SPEC_FORMAT_SCHEMA = 'generator/parse/spec/spec-format.schema.json';

let compiled: { spec: ValidateFunction; platforms: ValidateFunction } | undefined;

function validators(): { spec: ValidateFunction; platforms: ValidateFunction } {
  if (compiled === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    // Read from the repository (not beside this module: the compiled CLI runs from dist/).
    const specSchema = JSON.parse(readFileSync(path.join(REPO_ROOT, SPEC_FORMAT_SCHEMA), 'utf8'));
    compiled = { spec: ajv.compile(specSchema), platforms: ajv.compile(PLATFORMS_SCHEMA) };
  }
  return compiled;
}

export interface ParsedSpec<T> {
  readonly document: T;
  readonly yaml: LocatedYaml;
}

export function parseSpecFile(file: string, text: string): ParsedSpec<SpecDocument> {
  const yaml = parseLocatedYaml(file, text);
  return { document: validateLocatedYaml<SpecDocument>(file, yaml, validators().spec, 'SpecInvalid'), yaml };
}

export function parsePlatformsFile(file: string, text: string): ParsedSpec<PlatformsDocument> {
  const yaml = parseLocatedYaml(file, text);
  return { document: validateLocatedYaml<PlatformsDocument>(file, yaml, validators().platforms, 'SpecInvalid'), yaml };
}
