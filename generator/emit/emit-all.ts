/**
 * Every emitter, in one list: IR document (+ runtime sources) → the complete set of files of
 * `generated/`, sorted by path. Pure: no file-system access, deterministic.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { IrDocument } from '../ir/ir-document.js';
import { emitClient } from './client/emit-client.js';
import type { EmittedFile } from './emitted-file.js';
import { emitRuntimeCopy, type RuntimeSource } from './runtime/emit-runtime-copy.js';
import { emitSchemaModule } from './validators/emit-schema-module.js';
import { emitSchemaRegistry } from './validators/emit-schema-registry.js';

export function emitAll(doc: IrDocument, runtime: readonly RuntimeSource[], problems: Diagnostic[]): EmittedFile[] {
  const files: EmittedFile[] = [...emitRuntimeCopy(runtime)];
  for (const schema of doc.schemas) files.push(...emitSchemaModule(schema, problems));
  files.push(emitSchemaRegistry(doc.schemas));
  files.push(...emitClient(doc));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
