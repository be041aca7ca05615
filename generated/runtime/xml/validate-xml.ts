// Copied by qspec from runtime/xml/validate-xml.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Validates a whole XML document (a string or UTF-8 bytes) against a compiled schema model.
 * Never throws on bad input: malformed XML, entity declarations, limits and validity problems all
 * come back as located issues in the result.
 *
 * @see XSD 1.1 Part 1 §5.2 (assessing schema-validity); xml-driver.ts (safety, limits)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { XmlDriver } from './xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from './xml-validate-options.js';

export function validateXml(
  xml: string | Uint8Array,
  model: XmlSchemaModel,
  options?: XmlValidateOptions,
): XmlValidationResult {
  const driver = new XmlDriver(model, options);
  driver.write(xml);
  return driver.end();
}
