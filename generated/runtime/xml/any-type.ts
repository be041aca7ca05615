// Copied by qspec from runtime/xml/any-type.ts. Do not edit here: `qspec generate` replaces it.
/**
 * xs:anyType compiled for the engine, for an element a lax wildcard matches that has no global
 * declaration: such an element is assessed laxly, against the ur-type (any attributes and mixed
 * content, every child matched by a lax wildcard), so its attributes and children that do have
 * global declarations are still validated by them, and an xsi:type on it is honoured.
 *
 * @see XSD 1.0 Part 1 §3.3.4 (Schema-Validity Assessment (Element) 1.2.1.2 and 2), §3.4.7 (the
 *      ur-type definition), §3.10.4 (Item Valid (Wildcard): processContents lax)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { type CompiledType, compileModel } from './compiled-model.js';

/** A new compiled xs:anyType (anonymous, its content a lax wildcard; index -1: in no model). */
export function compileAnyType(): CompiledType {
  const model: XmlSchemaModel = {
    id: 'xs:anyType',
    format: 'xsd',
    roots: {},
    types: [
      { k: 'complex', attrs: [], anyAttr: true, mixed: true, content: { k: 'any', min: 0, max: -1, process: 'lax' } },
    ],
  };
  return { ...compileModel(model).types[0]!, index: -1 };
}
