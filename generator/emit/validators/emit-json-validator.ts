/**
 * JSON Schema → ajv standalone validation code, compiled at generation time (no runtime
 * compilation, no `new Function` in users' processes). ajv's standalone output pulls a few
 * runtime helpers with `require(...)`; those are rewritten into ESM default imports of the same
 * CommonJS modules, so the emitted `.js` file is a plain ES module. A `.d.ts` beside it types it.
 *
 * @see ajv docs "Standalone validation code"
 */
import { _, Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

type StandaloneFn = (ajv: Ajv, validate: unknown) => string;
type AddFormatsFn = (ajv: Ajv) => Ajv;
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneFn }).default ??
  standaloneModule) as unknown as StandaloneFn;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormatsFn }).default ??
  addFormatsModule) as unknown as AddFormatsFn;

/** The validator module's JavaScript (its declaration is rendered from `templates/json-validator.d.ts.hbs`). */
export function emitJsonValidator(schema: Readonly<Record<string, unknown>>, header: string): string {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    code: { source: true, esm: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  let code = standaloneCode(ajv, validate);
  const imports: string[] = [];
  const modules = new Map<string, string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_m: string, mod: string) => {
    let id = modules.get(mod);
    if (id === undefined) {
      id = `__m${modules.size}`;
      modules.set(mod, id);
      imports.push(`import ${id} from ${JSON.stringify(mod.endsWith('.js') ? mod : `${mod}.js`)};`);
    }
    return id;
  });
  code = code.replace(/^"use strict";/, '');
  return `${header}// @ts-nocheck\n/* eslint-disable */\n${imports.join('\n')}${imports.length ? '\n' : ''}${code.trim()}\n`;
}
