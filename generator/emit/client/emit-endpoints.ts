/**
 * Emits `generated/endpoints.ts`: every endpoint descriptor, keyed by id, sorted, as
 * `as const satisfies Readonly<Record<string, EndpointModel>>` so both the client and the mock
 * server / conformance kit read the same data; rendered from `templates/endpoints.ts.hbs`.
 *
 * @see runtime/endpoint-model.ts
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { EmittedFile } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { endpointsView } from '../view-models/endpoints-view.js';

export function emitEndpoints(doc: IrDocument, templates: TemplateSet): EmittedFile {
  return { path: 'endpoints.ts', content: templates.render('endpoints.ts', endpointsView(doc)) };
}
