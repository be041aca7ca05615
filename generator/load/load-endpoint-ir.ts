/**
 * The shortcut `qspec validate --endpoint ID` takes through the load stage: an IrDocument holding
 * only that endpoint and the schemas it references, built from its one spec file, instead of the
 * whole folder (every YAML file validated, every XSD/DTD/JSON Schema parsed).
 *
 * It gives up (returns undefined) whenever the answer might differ from `loadIrDocument`: no spec
 * file or more than one names the id (unknown endpoint, typo, duplicate), or its spec file or one
 * of its schemas has a problem. The caller then loads the whole folder, which produces the usual
 * result and the usual diagnostics. What it does not do is report problems in files the endpoint
 * does not use.
 *
 * @see docs/decisions/0004-compiled-cli.md
 */
import { type Diagnostic, isDiagnosticError } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrSchema } from '../ir/ir-types.js';
import { mapEndpoint, schemaIdOf } from '../map/map-endpoint.js';
import { type ParsedSpec, parseSpecFile } from '../parse/spec/parse-spec-file.js';
import type { SpecDocument, SpecSchemaRef } from '../parse/spec/spec-document.js';
import { parseSchemaSource } from './parse-schema-source.js';
import { loadSpecFiles, type SourceFile } from './spec-files.js';

export async function loadEndpointIr(specsDir: string, endpointId: string): Promise<IrDocument | undefined> {
  const files = await loadSpecFiles(specsDir);
  // Every file that declares the id (or an alias) spells it out; parse only those.
  const found: { source: SourceFile; parsed: ParsedSpec<SpecDocument>; index: number }[] = [];
  for (const source of files.specs.filter((s) => s.text.includes(endpointId))) {
    const parsed = attempt(() => parseSpecFile(source.file, source.text));
    if (!parsed) return undefined;
    parsed.document.endpoints.forEach((endpoint, index) => {
      if (endpoint.id === endpointId || endpoint.aliases?.includes(endpointId)) found.push({ source, parsed, index });
    });
  }
  const [hit, ...more] = found;
  if (!hit || more.length > 0) return undefined;

  const { source, parsed, index } = hit;
  const module = source.file.split('/')[0]!;
  if (parsed.document.module !== module) return undefined;
  const endpoint = parsed.document.endpoints[index]!;
  const refs: (SpecSchemaRef | undefined)[] = [endpoint.request?.schema, ...endpoint.responses.map((r) => r.schema)];
  const wanted = new Set(refs.filter((r) => r !== undefined).map((r) => schemaIdOf(module, r.file)));

  const problems: Diagnostic[] = [];
  const schemas = new Map<string, IrSchema>();
  for (const schemaSource of files.schemas.filter((s) => wanted.has(s.file))) {
    const schema = attempt(() => parseSchemaSource(schemaSource, specsDir, problems));
    if (!schema) return undefined;
    schemas.set(schema.id, schema);
  }
  const ir = mapEndpoint(
    { endpoint, index, module, file: source.file, yaml: parsed.yaml, schemas, examples: files.examples },
    problems,
  );
  if (problems.some((p) => p.severity === 'error')) return undefined;
  return { schemas: [...schemas.values()].sort((a, b) => a.id.localeCompare(b.id)), endpoints: [ir], platforms: [] };
}

/** `fn()`, or undefined when it reports located problems (the full load will report them). */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (isDiagnosticError(e)) return undefined;
    throw e;
  }
}
