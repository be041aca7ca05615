/**
 * Emits `generated/<module>/client.ts`: per endpoint a documented params type and result type,
 * and `create<Module>Client(core)` returning the nested method object (`finding.get(params)`).
 * Plain methods return `Promise<Result>`; paged methods return `PageIterable<Record>` (async
 * iterable of records with `pages()` and cursors). Rendered from `templates/module-client.ts.hbs`.
 *
 * @see runtime/client/client-core.ts
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { IrEndpoint } from '../../ir/ir-endpoint.js';
import type { EmittedFile } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { moduleClientView } from '../view-models/module-client-view.js';

export function emitModuleClient(
  doc: IrDocument,
  module: string,
  endpoints: readonly IrEndpoint[],
  templates: TemplateSet,
): EmittedFile {
  const view = moduleClientView(doc, module, endpoints);
  return { path: `${module}/client.ts`, content: templates.render('module-client.ts', view) };
}
