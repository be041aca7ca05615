/**
 * The client emitter: IR document → `generated/endpoints.ts`, `generated/platforms.ts`,
 * `generated/<module>/client.ts` per module and `generated/index.ts` (QualysClient). Reads only
 * the IR; deterministic and sorted; the runtime it calls is runtime/client/ (copied
 * into generated/runtime/client/ by the runtime-copy emitter).
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { IrEndpoint } from '../../ir/ir-endpoint.js';
import type { EmittedFile } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { emitEndpoints } from './emit-endpoints.js';
import { emitIndex } from './emit-index.js';
import { emitModuleClient } from './emit-module-client.js';
import { emitPlatforms } from './emit-platforms.js';

export function emitClient(doc: IrDocument, templates: TemplateSet): EmittedFile[] {
  const byModule = new Map<string, IrEndpoint[]>();
  for (const e of doc.endpoints) byModule.set(e.module, [...(byModule.get(e.module) ?? []), e]);
  const modules = [...byModule.keys()].sort();
  const files: EmittedFile[] = [
    emitEndpoints(doc, templates),
    emitPlatforms(doc, templates),
    emitIndex(doc, modules, templates),
  ];
  for (const m of modules) files.push(emitModuleClient(doc, m, byModule.get(m)!, templates));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
