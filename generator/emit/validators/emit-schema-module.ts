/**
 * One schema → its generated module `<module>/schemas/<stem>.ts` (rendered from
 * `templates/schema-module.ts.hbs`): the TypeScript types of the schema, plus its validator: the
 * compiled `XmlSchemaModel` for XSD/DTD, or an ajv standalone `validate` (in `<stem>.validate.js`,
 * ajv's generated code, + `.d.ts` from `templates/json-validator.d.ts.hbs`) for JSON Schema. Also
 * the JSON Schema document (`<module>/json-schema/<stem>.json`) describing the payload or record
 * shape.
 */
import { buildXmlSchemaModel } from '../../compile/build-xml-model.js';
import { irToJsonSchema } from '../../compile/ir-to-json-schema.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { IrSchema } from '../../ir/ir-types.js';
import { schemaFileStem, schemaModule, schemaOutputPath } from '../../naming.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import type { TemplateSet } from '../render/template-set.js';
import { jsonValidatorDtsView } from '../view-models/json-validator-dts-view.js';
import { schemaModuleView } from '../view-models/schema-module-view.js';
import { emitJsonValidator } from './emit-json-validator.js';

export function emitSchemaModule(schema: IrSchema, problems: Diagnostic[], templates: TemplateSet): EmittedFile[] {
  const stem = schemaFileStem(schema.id);
  const module = schemaModule(schema.id);
  const files: EmittedFile[] = [];
  const jsonSchema = irToJsonSchema(schema);
  let compiled: { model: unknown } | { jsonSchema: unknown };
  if (schema.format === 'json-schema') {
    const validatorPath = `${module}/schemas/${stem}.validate.js`;
    files.push({ path: validatorPath, content: emitJsonValidator(jsonSchema, GENERATED_HEADER, validatorPath) });
    files.push({
      path: `${module}/schemas/${stem}.validate.d.ts`,
      content: templates.render('json-validator.d.ts', jsonValidatorDtsView(schema.id)),
    });
    compiled = { jsonSchema };
  } else {
    compiled = { model: buildXmlSchemaModel(schema, problems) };
  }
  files.push({
    path: schemaOutputPath(schema.id),
    content: templates.render('schema-module.ts', schemaModuleView(schema, compiled)),
  });
  files.push({ path: `${module}/json-schema/${stem}.json`, content: `${JSON.stringify(jsonSchema, null, 2)}\n` });
  return files;
}
