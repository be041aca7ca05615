/**
 * Well-formedness only: checks a document against XML 1.0 (fifth edition) (syntax, the internal
 * DTD subset, references, characters, encoding) with no schema. `WELL_FORMED_MODEL` is the
 * model that asks the driver for that mode (any root element is accepted, no content is
 * checked); the verdict has the same shape and issue codes as schema validation, and the entity
 * policy is the same (`XmlEntityDeclared`, docs/decisions/0007-entity-policy.md).
 *
 * @see XML 1.0 §2.1 (well-formed XML documents); xml-driver.ts
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { XmlDriver } from './xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from './xml-validate-options.js';

/** The model of the well-formedness check: no element is declared, no root is checked. */
export const WELL_FORMED_MODEL: XmlSchemaModel = Object.freeze({
  id: '(XML 1.0 well-formedness)',
  format: 'dtd',
  roots: Object.freeze({}),
  types: Object.freeze([]) as readonly never[],
});

/** Checks a whole document (a string or bytes in any supported encoding) for well-formedness. */
export function checkWellFormed(xml: string | Uint8Array, options?: XmlValidateOptions): XmlValidationResult {
  const driver = new XmlDriver(WELL_FORMED_MODEL, options);
  driver.write(xml);
  return driver.end();
}
