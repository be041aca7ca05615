/**
 * Front half of the pipeline: spec folder → IrDocument (load → parse → map). Used by
 * `qspec generate`, the diff engine (for each side), the mock server and the conformance runner.
 *
 * Collects every located problem of the folder and throws them together (one line each), so a
 * user fixes a broken spec in one round.
 */
import path from 'node:path';
import { type Diagnostic, DiagnosticError, diagnostic, isDiagnosticError } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrEndpoint, IrPlatform } from '../ir/ir-endpoint.js';
import type { IrSchema } from '../ir/ir-types.js';
import { mapEndpoint } from '../map/map-endpoint.js';
import { parsePlatformsFile, parseSpecFile } from '../parse/spec/parse-spec-file.js';
import { QUALYS_PLATFORMS } from './default-platforms.js';
import { parseSchemaSource } from './parse-schema-source.js';
import { readBoundedTextSync } from './read-input-file.js';
import { loadSpecFiles } from './spec-files.js';

export async function loadIrDocument(specsDir: string): Promise<IrDocument> {
  return (await loadIr(specsDir)).doc;
}

/** Like loadIrDocument, also returning the warnings (undeclared DTD elements, ...). */
export async function loadIr(specsDir: string): Promise<{ doc: IrDocument; warnings: Diagnostic[] }> {
  const files = await loadSpecFiles(specsDir);
  const problems: Diagnostic[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (isDiagnosticError(e)) {
        problems.push(...e.diagnostics);
        return undefined;
      }
      throw e;
    }
  };

  const schemas = new Map<string, IrSchema>();
  const unparsedSchemas = new Set<string>();
  for (const source of files.schemas) {
    const schema = collect(() => parseSchemaSource(source, specsDir, problems));
    if (schema) schemas.set(schema.id, schema);
    else unparsedSchemas.add(source.file);
  }

  const platforms: IrPlatform[] = [];
  if (files.platforms) {
    const parsed = collect(() => parsePlatformsFile(files.platforms!.file, files.platforms!.text));
    parsed?.document.platforms.forEach((p, i) => {
      platforms.push({ ...p, origin: { file: files.platforms!.file, ...parsed.yaml.locate(`/platforms/${i}`) } });
    });
  } else {
    // No platforms.yaml: the documented default, the Qualys platform list, never an empty list
    // (the warning is added once the folder is known to load, so errors stay one line each).
    for (const p of QUALYS_PLATFORMS) platforms.push({ ...p, origin: { file: 'platforms.yaml', line: 0, column: 0 } });
  }
  const notices: Diagnostic[] = [];
  if (!files.platforms) {
    notices.push(
      diagnostic(
        'PlatformsDefault',
        `no platforms.yaml in the spec folder: using the built-in Qualys platforms (${QUALYS_PLATFORMS.map((p) => p.id).join(', ')}); add platforms.yaml (a list of { id, name, apiUrl, gatewayUrl }) to choose your own`,
        { file: path.join(specsDir, 'platforms.yaml') },
        'warning',
      ),
    );
  }

  const endpoints: IrEndpoint[] = [];
  const seen = new Map<string, string>();
  for (const source of files.specs) {
    const parsed = collect(() => parseSpecFile(source.file, source.text));
    if (!parsed) continue;
    const folder = source.file.split('/')[0]!;
    if (parsed.document.module !== folder) {
      problems.push(
        diagnostic('SpecInvalid', `module '${parsed.document.module}' does not match its folder '${folder}'`, {
          file: source.file,
          ...parsed.yaml.locate('/module'),
        }),
      );
    }
    parsed.document.endpoints.forEach((endpoint, index) => {
      const where = { file: source.file, ...parsed.yaml.locate(`/endpoints/${index}/id`) };
      const previous = seen.get(endpoint.id);
      if (previous) {
        problems.push(
          diagnostic('SpecDuplicateEndpoint', `endpoint id '${endpoint.id}' is already defined in ${previous}`, where),
        );
        return;
      }
      seen.set(endpoint.id, `${where.file}:${where.line}`);
      endpoints.push(
        mapEndpoint(
          {
            endpoint,
            index,
            module: folder,
            file: source.file,
            yaml: parsed.yaml,
            schemas,
            unparsedSchemas,
            examples: files.examples,
          },
          problems,
        ),
      );
    });
  }
  for (const ex of files.examples) {
    if (!seen.has(ex.endpointId)) {
      problems.push(
        diagnostic('SpecExampleOrphan', `example folder '${ex.endpointId}' names no endpoint`, { file: ex.file }),
      );
    }
  }

  if (problems.filter((p) => p.severity === 'error').length > 0) throw new DiagnosticError(problems);
  return {
    doc: {
      schemas: [...schemas.values()].sort((a, b) => a.id.localeCompare(b.id)),
      endpoints: endpoints.sort((a, b) => a.id.localeCompare(b.id)),
      platforms: platforms.sort((a, b) => a.id.localeCompare(b.id)),
    },
    warnings: [...problems, ...notices],
  };
}

/**
 * Loads a single schema file (any format) as an IrSchema; its id is its base name. Its folder is
 * the boundary for includes, and the file is bounded like every spec input.
 */
export async function loadSchemaFile(file: string): Promise<IrSchema> {
  const text = readBoundedTextSync(path.resolve(file), { file });
  return parseSchemaSource({ file: path.basename(file), text }, path.dirname(path.resolve(file)));
}
