/**
 * Bench child: libxml2 compiled to WebAssembly (xmllint-wasm). XSD: `--schema X --stream`; DTD:
 * `--dtdvalid X` (the library's API only knows XSD/RelaxNG, so the arguments are rewritten). The
 * whole file is copied into the wasm file system first, as the library requires. Prints one JSON
 * line `{ valid, errors }`.
 *
 * Usage: xmllint-wasm-child.ts FILE SCHEMA xsd|dtd
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';

const [file, schemaFile, kind] = process.argv.slice(2);
if (!file || !schemaFile || (kind !== 'xsd' && kind !== 'dtd'))
  throw new Error('usage: xmllint-wasm-child FILE SCHEMA xsd|dtd');
const schema = { fileName: path.basename(schemaFile), contents: readFileSync(schemaFile, 'utf8') };
const xml = { fileName: 'input.xml', contents: readFileSync(file) };
const result = await validateXML({
  xml,
  ...(kind === 'xsd' ? { schema, stream: true } : { schema: [], preload: schema }),
  ...(kind === 'dtd'
    ? { modifyArguments: () => ['--noout', '--nonet', '--dtdvalid', schema.fileName, xml.fileName] }
    : {}),
  initialMemoryPages: 256,
  maxMemoryPages: 3 * memoryPages.GiB,
});
process.stdout.write(
  `${JSON.stringify({ valid: result.valid, errors: result.errors.slice(0, 3).map((e) => e.rawMessage) })}\n`,
);
