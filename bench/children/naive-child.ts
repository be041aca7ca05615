/**
 * Bench child: the naive pipeline people write today. Reads the whole file, parses it with
 * fast-xml-parser (safe options: no tag value parsing, built-in entities only, no HTML entities,
 * schema-driven `isArray`; text of elements with attributes renamed to `value`), then validates the object with ajv against the JSON Schema that qspec
 * emits (`generated/<module>/json-schema/*.json`, wrapped with the response root). Prints one JSON
 * line `{ valid, errors, records }`.
 *
 * Usage: naive-child.ts FILE JSON_SCHEMA ROOT RECORD/PATH [ROOT_SCHEMA_JSON]
 *
 * @see bench/inputs/bench-inputs.ts (the root wrappers)
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';

type Schema = { $ref?: string; type?: string; items?: Schema; properties?: Record<string, Schema> };

const [file, schemaFile, root, recordPath, rootJson] = process.argv.slice(2);
if (!file || !schemaFile || !root || !recordPath) throw new Error('usage: naive-child FILE SCHEMA ROOT PATH [PROPS]');
const emitted = JSON.parse(readFileSync(schemaFile, 'utf8')) as { definitions: Record<string, Schema> };
const definitions = emitted.definitions;
// The emitted schema's own root is one of the schema's elements; wrap the response root instead.
const rootSchema: Schema = rootJson ? (JSON.parse(rootJson) as Schema) : { $ref: `#/definitions/${root}` };
const schema = { type: 'object', properties: { [root]: rootSchema }, required: [root], definitions };

const deref = (s: Schema | undefined): Schema | undefined => {
  let cur = s;
  while (cur?.$ref) cur = definitions[cur.$ref.replace('#/definitions/', '')];
  return cur;
};
// Schema-driven isArray: walk the JSON Schema along the parser's path (cached per path).
const arrays = new Map<string, { array: boolean; schema: Schema | undefined }>();
function lookup(jPath: string): { array: boolean; schema: Schema | undefined } {
  const hit = arrays.get(jPath);
  if (hit) return hit;
  const dot = jPath.lastIndexOf('.');
  const parent = dot < 0 ? { array: false, schema: deref(schema as Schema) } : lookup(jPath.slice(0, dot));
  const prop = deref(deref(parent.schema)?.properties?.[jPath.slice(dot + 1)]);
  const out = prop?.type === 'array' ? { array: true, schema: deref(prop.items) } : { array: false, schema: prop };
  arrays.set(jPath, out);
  return out;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // 'value' itself is an element name in webapp.xsd (Attribute/value), which fast-xml-parser
  // refuses as textNodeName; the text goes under '#text' and is renamed after parsing.
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  isArray: (_name, jPath) => lookup(String(jPath)).array,
});
const ajv = new Ajv({ coerceTypes: true, allErrors: false, strict: false });
const validate = ajv.compile(schema);

/** Renames '#text' to 'value' (the typed shape of simple content with attributes), in place. */
function renameText(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) renameText(item);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (key === '#text') {
        o.value = o[key];
        delete o[key];
      } else renameText(o[key]);
    }
  }
}

const doc = parser.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
renameText(doc);
const valid = validate(doc);
let node: unknown = doc;
for (const step of recordPath.split('/')) node = (node as Record<string, unknown> | undefined)?.[step];
process.stdout.write(
  `${JSON.stringify({
    valid,
    errors: (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`),
    records: Array.isArray(node) ? node.length : 0,
  })}\n`,
);
