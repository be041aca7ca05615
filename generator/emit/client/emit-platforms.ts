/**
 * Emits `generated/platforms.ts`: the Qualys platforms of `specs/platforms.yaml` (API server and
 * gateway URL per platform; `{base}` placeholders for private cloud), keyed by id, sorted; rendered
 * from `templates/platforms.ts.hbs`.
 *
 * @see runtime/client/platform-model.ts
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { EmittedFile } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { platformsView } from '../view-models/platforms-view.js';

export function emitPlatforms(doc: IrDocument, templates: TemplateSet): EmittedFile {
  return { path: 'platforms.ts', content: templates.render('platforms.ts', platformsView(doc)) };
}
