/**
 * JSON Schema → ajv standalone validation code, compiled at generation time (no runtime
 * compilation, no `new Function` in users' processes). ajv's standalone output pulls a few
 * runtime helpers with `require(...)`; those are rewritten into ESM imports (a default import of
 * ajv's CommonJS helpers, a namespace import of qspec's runtime), so the emitted `.js` file is a
 * plain ES module. A `.d.ts` beside it types it.
 *
 * `format` is checked by qspec's own runtime/json-formats.ts (linear scans, the same verdicts
 * as ajv-formats), imported from the runtime copy in generated/: the generated client never
 * loads ajv-formats. The passes refuse any other format before this runs
 * (check-json-formats.ts); one that still reaches ajv is an internal error, not a skipped check.
 *
 * @see ajv docs "Standalone validation code"
 */
import path from 'node:path';
import { _, Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { jsonFormats } from '../../../runtime/json-formats.js';

type StandaloneFn = (ajv: Ajv, validate: unknown) => string;
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneFn }).default ??
  standaloneModule) as unknown as StandaloneFn;

/** Where the runtime's format checks are, relative to generated/. */
const FORMATS_MODULE = 'runtime/json-formats.js';

/**
 * The validator module's JavaScript (its declaration is rendered from `templates/json-validator.d.ts.hbs`).
 * `outputPath`: where the module is written, relative to generated/ (its imports of the runtime are relative to it).
 */
export function emitJsonValidator(
  schema: Readonly<Record<string, unknown>>,
  header: string,
  outputPath: string,
): string {
  let formatsModule = path.posix.relative(path.posix.dirname(outputPath), FORMATS_MODULE);
  if (!formatsModule.startsWith('.')) formatsModule = `./${formatsModule}`;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: jsonFormats,
    code: { source: true, esm: true, lines: true, formats: _`require(${formatsModule}).jsonFormats` },
    logger: {
      log() {},
      warn(...args: unknown[]) {
        throw new Error(`ajv: ${args.join(' ')}`);
      },
      error(...args: unknown[]) {
        throw new Error(`ajv: ${args.join(' ')}`);
      },
    },
  });
  const validate = ajv.compile(schema);
  let code = standaloneCode(ajv, validate);
  const imports: string[] = [];
  const modules = new Map<string, string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_m: string, mod: string) => {
    let id = modules.get(mod);
    if (id === undefined) {
      id = `__m${modules.size}`;
      modules.set(mod, id);
      const file = JSON.stringify(mod.endsWith('.js') ? mod : `${mod}.js`);
      imports.push(mod.startsWith('.') ? `import * as ${id} from ${file};` : `import ${id} from ${file};`);
    }
    return id;
  });
  code = code.replace(/^"use strict";/, '');
  return `${header}// @ts-nocheck\n/* eslint-disable */\n${imports.join('\n')}${imports.length ? '\n' : ''}${code.trim()}\n`;
}
