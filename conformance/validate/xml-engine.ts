/**
 * The one seam between the conformance kit and the runtime XML engine
 * (runtime/xml, the same code generated clients carry): validate a string or a byte
 * stream against a compiled schema model. Keeping it to one file means the kit and the typed
 * client can never judge the same payload differently.
 *
 * @see docs/decisions/0002-one-xml-engine-for-validation-and-records.md
 */
import type { XmlSchemaModel } from '../../runtime/schema-model.js';
import { validateXml } from '../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../runtime/xml/validate-xml-stream.js';
import { XmlDriver } from '../../runtime/xml/xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from '../../runtime/xml/xml-validate-options.js';
import { XmlValidator } from '../../runtime/xml/xml-validator.js';

export type { XmlValidateOptions, XmlValidationResult };

export function xmlEngineValidate(
  xml: string | Uint8Array,
  model: XmlSchemaModel,
  options: XmlValidateOptions,
): XmlValidationResult {
  return validateXml(xml, model, options);
}

export function xmlEngineValidateStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  model: XmlSchemaModel,
  options: XmlValidateOptions,
): Promise<XmlValidationResult> {
  return validateXmlStream(chunks, model, options);
}

/** A validator for many documents against one model, each judged as `xmlEngineValidate` would. */
export function xmlEngineValidator(model: XmlSchemaModel, options: XmlValidateOptions): XmlValidator {
  return new XmlValidator(model, options);
}

/**
 * A driver fed by hand (write, boundary, end): the record split (record-split.ts) feeds a
 * document's head and one range of its bytes, and asks where the input stands in between.
 */
export function xmlEngineDriver(model: XmlSchemaModel, options: XmlValidateOptions): XmlDriver {
  return new XmlDriver(model, options);
}
