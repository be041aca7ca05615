// Copied by qspec from runtime/xml/parse-xml.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Validates an XML document and builds its typed record (the shape of the generated TypeScript
 * types): attributes and child elements under their property names, repeating elements as
 * arrays (even with one element), simple content with attributes as `{ value, ...attributes }`,
 * mixed text under `value`, `xsi:nil` as null, defaulted attributes filled in; values coerced
 * (see simple-checker.ts). The value is returned only when the document is valid, so `T` holds.
 *
 * @see runtime/schema-model.ts; generator/emit/types/emit-ts-types.ts (the record shapes)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { XmlDriver } from './xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from './xml-validate-options.js';

export interface XmlParseResult<T> {
  /** The typed record; undefined unless `result.valid`. */
  readonly value: T | undefined;
  readonly result: XmlValidationResult;
}

export function parseXml<T = unknown>(
  xml: string | Uint8Array,
  model: XmlSchemaModel,
  options?: XmlValidateOptions,
): XmlParseResult<T> {
  const driver = new XmlDriver(model, options, { mode: 'all' });
  driver.write(xml);
  const result = driver.end();
  return { value: result.valid ? (driver.engine.rootValue as T) : undefined, result };
}
