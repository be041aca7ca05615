/**
 * Every emitter, in one list: IR document (+ runtime sources, + the compiled templates) → the
 * complete set of files of `generated/`, sorted by path. Pure: no file-system access, deterministic.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import { emitClient } from './client/emit-client.js';
import type { EmittedFile } from './emitted-file.js';
import type { TemplateSet } from './render/template-set.js';
import { emitRuntimeCopy, type RuntimeSource } from './runtime/emit-runtime-copy.js';
import { emitSchemaModule } from './validators/emit-schema-module.js';
import { emitSchemaRegistry } from './validators/emit-schema-registry.js';

export function emitAll(
  doc: IrDocument,
  runtime: readonly RuntimeSource[],
  problems: Diagnostic[],
  templates: TemplateSet,
): EmittedFile[] {
  const files: EmittedFile[] = [...emitRuntimeCopy(runtime)];
  for (const schema of doc.schemas) files.push(...emitSchemaModule(schema, problems, templates));
  files.push(emitSchemaRegistry(doc.schemas, templates));
  files.push(...emitClient(doc, templates));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
