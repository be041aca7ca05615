/**
 * `generated/schema-registry.ts`: every schema's validator keyed by schema id, so the client, the
 * mock server and `qspec validate` find a validator from an endpoint's schema reference. Rendered
 * from `templates/schema-registry.ts.hbs`.
 */
import type { IrSchema } from '../../ir/ir-types.js';
import type { EmittedFile } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { schemaRegistryView } from '../view-models/schema-registry-view.js';

export function emitSchemaRegistry(schemas: readonly IrSchema[], templates: TemplateSet): EmittedFile {
  return { path: 'schema-registry.ts', content: templates.render('schema-registry.ts', schemaRegistryView(schemas)) };
}
