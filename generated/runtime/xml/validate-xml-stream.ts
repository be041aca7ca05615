// Copied by qspec from runtime/xml/validate-xml-stream.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Validates an XML document arriving as chunks (strings or UTF-8 bytes, split anywhere, even
 * inside a multi-byte character or a tag) in constant memory: nothing but the open elements'
 * frames is kept. Stops reading the source as soon as the verdict is final (fatal error, limit).
 * Same verdict as `validateXml` on the same document.
 *
 * @see XSD 1.1 Part 1 §5.2; xml-driver.ts
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { XmlDriver } from './xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from './xml-validate-options.js';

export async function validateXmlStream(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  model: XmlSchemaModel,
  options?: XmlValidateOptions,
): Promise<XmlValidationResult> {
  const driver = new XmlDriver(model, options);
  for await (const chunk of input) {
    driver.write(chunk);
    if (driver.stopped) break;
  }
  return driver.end();
}
