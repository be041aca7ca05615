/**
 * One schema → its generated module `<module>/schemas/<stem>.ts`: the TypeScript types of the
 * schema, plus its validator: the compiled `XmlSchemaModel` for XSD/DTD, or an ajv standalone
 * `validate` (in `<stem>.validate.js` + `.d.ts`) for JSON Schema. Also the JSON Schema document
 * (`<module>/json-schema/<stem>.json`) describing the payload or record shape.
 *
 * @see issue 2 §3 (emit types, JSON Schema and validators per module)
 */

import { buildXmlSchemaModel } from '../../compile/build-xml-model.js';
import { irToJsonSchema } from '../../compile/ir-to-json-schema.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { IrSchema } from '../../ir/ir-types.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import { schemaFileStem, schemaModule, schemaOutputPath } from '../naming.js';
import { emitTsTypes } from '../types/emit-ts-types.js';
import { docComment } from '../types/ts-source.js';
import { emitJsonValidator } from './emit-json-validator.js';

export function emitSchemaModule(schema: IrSchema, problems: Diagnostic[]): EmittedFile[] {
  const stem = schemaFileStem(schema.id);
  const module = schemaModule(schema.id);
  const files: EmittedFile[] = [];
  const jsonSchema = irToJsonSchema(schema);
  const source = `Source: specs/${schema.file} (${schema.format}).`;
  const head = `${GENERATED_HEADER}${docComment([source, schema.doc].filter(Boolean).join('\n\n'))}`;
  let body: string;
  if (schema.format === 'json-schema') {
    const v = emitJsonValidator(jsonSchema, GENERATED_HEADER);
    files.push({ path: `${module}/schemas/${stem}.validate.js`, content: v.js });
    files.push({ path: `${module}/schemas/${stem}.validate.d.ts`, content: v.dts });
    body =
      `import { validate } from './${stem}.validate.js';\n\n` +
      `export { validate };\n\n` +
      `/** The JSON Schema the validator was compiled from. */\n` +
      `export const jsonSchema: Readonly<Record<string, unknown>> = ${JSON.stringify(jsonSchema, null, 2)};\n\n` +
      emitTsTypes(schema);
  } else {
    const model = buildXmlSchemaModel(schema, problems);
    body =
      `import type { XmlSchemaModel } from '../../runtime/schema-model.js';\n\n` +
      emitTsTypes(schema) +
      `\n/** Compiled content models for the runtime validator and record parser. */\n` +
      `export const model: XmlSchemaModel = ${JSON.stringify(model, null, 1)};\n`;
  }
  files.push({ path: schemaOutputPath(schema.id), content: `${head}${body}` });
  files.push({ path: `${module}/json-schema/${stem}.json`, content: `${JSON.stringify(jsonSchema, null, 2)}\n` });
  return files;
}
