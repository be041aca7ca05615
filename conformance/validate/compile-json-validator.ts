/**
 * The one ajv set-up behind JSON payload validation (all errors, lenient about unknown keywords,
 * ajv-formats), shared by `validation-target.ts` and the validate worker threads, so a JSON file
 * gets the same verdict whichever thread checks it.
 *
 * @see JSON Schema draft-07; validate-json.ts
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type AddFormatsFn = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormatsFn }).default ??
  addFormatsModule) as unknown as AddFormatsFn;

export function compileJsonValidator(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
