/**
 * Parses one endpoint YAML file (`specs/<module>/<resource>.yaml`) or `specs/platforms.yaml`:
 * YAML syntax, then the spec-format JSON Schema (ajv), with located `SpecInvalid` diagnostics.
 * Returns the typed document plus a locator so later stages can point at any node.
 *
 * @see generator/parse/spec/spec-format.schema.json
 */
import { type LocatedYaml, parseLocatedYaml, validateLocatedYaml } from './parse-located-yaml.js';
import type { PlatformsDocument, SpecDocument } from './spec-document.js';
import { specValidators as validators } from './spec-validators.js';

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
