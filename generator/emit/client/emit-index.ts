/**
 * Emits `generated/index.ts`: the `QualysClient` class (one property per module, e.g.
 * `q.was.finding.get(...)`), wired to the platforms, the schema registry and the runtime XML
 * parser; re-exports the schema type namespaces, the module clients' types, the typed errors
 * and the runtime types a caller needs. Rendered from `templates/index.ts.hbs`.
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { EmittedFile } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { indexView } from '../view-models/index-view.js';

/** `modules`: the module names, sorted. */
export function emitIndex(doc: IrDocument, modules: readonly string[], templates: TemplateSet): EmittedFile {
  return { path: 'index.ts', content: templates.render('index.ts', indexView(doc, modules)) };
}
