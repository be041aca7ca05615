/**
 * The built-in templates (`templates/<name>.hbs`), what each renders, and the view model type it
 * renders from. `qspec generate --templates DIR` accepts exactly these names.
 */
import type { EndpointsView } from '../view-models/endpoints-view.js';
import type { IndexView } from '../view-models/index-view.js';
import type { JsonValidatorDtsView } from '../view-models/json-validator-dts-view.js';
import type { ModuleClientView } from '../view-models/module-client-view.js';
import type { PlatformsView } from '../view-models/platforms-view.js';
import type { SchemaModuleView } from '../view-models/schema-module-view.js';
import type { SchemaRegistryView } from '../view-models/schema-registry-view.js';

/** Template name (file name without `.hbs`) → the view model it renders. */
export interface TemplateViews {
  'index.ts': IndexView;
  'endpoints.ts': EndpointsView;
  'platforms.ts': PlatformsView;
  'module-client.ts': ModuleClientView;
  'schema-module.ts': SchemaModuleView;
  'schema-registry.ts': SchemaRegistryView;
  'json-validator.d.ts': JsonValidatorDtsView;
}

export type TemplateName = keyof TemplateViews;

/** Every template, with the generated file(s) it writes (relative to the output folder). */
export const TEMPLATES: Readonly<Record<TemplateName, string>> = {
  'index.ts': 'index.ts',
  'endpoints.ts': 'endpoints.ts',
  'platforms.ts': 'platforms.ts',
  'module-client.ts': '<module>/client.ts',
  'schema-module.ts': '<module>/schemas/<stem>.ts',
  'schema-registry.ts': 'schema-registry.ts',
  'json-validator.d.ts': '<module>/schemas/<stem>.validate.d.ts',
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES).sort() as TemplateName[];

/** The file name of a template: `index.ts` → `index.ts.hbs`. */
export function templateFileName(name: TemplateName): string {
  return `${name}.hbs`;
}
