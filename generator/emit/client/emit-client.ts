/**
 * The client emitter: IR document → `generated/endpoints.ts`, `generated/platforms.ts`,
 * `generated/<module>/client.ts` per module and `generated/index.ts` (QualysClient). Reads only
 * the IR; deterministic and sorted; the runtime it calls is runtime/client/ (copied
 * into generated/runtime/client/ by the runtime-copy emitter).
 *
 * @see issue 3; ../shared/DESIGN.md §1 (emitters read only the IR)
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { IrEndpoint } from '../../ir/ir-endpoint.js';
import type { EmittedFile } from '../emitted-file.js';
import { emitEndpoints } from './emit-endpoints.js';
import { emitIndex } from './emit-index.js';
import { emitModuleClient } from './emit-module-client.js';
import { emitPlatforms } from './emit-platforms.js';

export function emitClient(doc: IrDocument): EmittedFile[] {
  const byModule = new Map<string, IrEndpoint[]>();
  for (const e of doc.endpoints) byModule.set(e.module, [...(byModule.get(e.module) ?? []), e]);
  const modules = [...byModule.keys()].sort();
  const files: EmittedFile[] = [emitEndpoints(doc), emitPlatforms(doc), emitIndex(doc, modules)];
  for (const m of modules) files.push(emitModuleClient(doc, m, byModule.get(m)!));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
