/**
 * A spec's schema reference (`file` relative to the module, optional `root`) → `IrSchemaRef`
 * (schema id relative to the specs root). `SpecSchemaMissing` when the file is not in the folder
 * (one that is there but failed to parse has its own diagnostics and is not reported again);
 * `SpecSchemaRootMissing` when the root is not declared by the schema, or an XML schema
 * reference has no root.
 */
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrSchemaRef } from '../ir/ir-endpoint.js';
import type { SpecSchemaRef } from '../parse/spec/spec-document.js';
import type { EndpointMappingInput, LocateInEndpoint } from './endpoint-mapping-input.js';

/** The schema id a module's spec reference names: its path relative to the specs root. */
export function schemaIdOf(module: string, file: string): string {
  return path.posix.normalize(path.posix.join(module, file));
}

/** The reference at `pointer` (relative to the endpoint); problems go to `problems`. */
export function mapSchemaRef(
  input: EndpointMappingInput,
  ref: SpecSchemaRef | undefined,
  pointer: string,
  at: LocateInEndpoint,
  problems: Diagnostic[],
): IrSchemaRef | undefined {
  if (ref === undefined) return undefined;
  const id = schemaIdOf(input.module, ref.file);
  const out = { schema: id, ...(ref.root ? { root: ref.root } : {}) };
  const schema = input.schemas.get(id);
  if (schema === undefined && input.unparsedSchemas?.has(id)) return out;
  if (schema === undefined) {
    problems.push(
      diagnostic(
        'SpecSchemaMissing',
        `schema file '${ref.file}' (${id}) is not in the spec folder`,
        at(`${pointer}/file`),
      ),
    );
    return out;
  }
  if (ref.root !== undefined && !schema.roots.some((r) => r.name === ref.root)) {
    problems.push(
      diagnostic(
        'SpecSchemaRootMissing',
        `schema ${id} declares no root element '${ref.root}' (roots: ${schema.roots.map((r) => r.name).join(', ') || 'none'})`,
        at(`${pointer}/root`),
      ),
    );
  }
  if (ref.root === undefined && schema.format !== 'json-schema') {
    problems.push(
      diagnostic(
        'SpecSchemaRootMissing',
        `an XML schema reference needs 'root' (one of ${schema.roots.map((r) => r.name).join(', ')})`,
        at(pointer),
      ),
    );
  }
  return out;
}
