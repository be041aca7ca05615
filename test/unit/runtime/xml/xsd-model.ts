/**
 * Test helper: the runtime schema model of an inline XSD 1.0 schema body (the children of
 * `xs:schema`, the `xs` prefix bound), through the real front end and model builder.
 */
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';

export function xsdModel(body: string): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 't.xsd', schemaId: 't' }));
}
