/**
 * Test helper: runs one document through every input path of the runtime XML engine (whole
 * string, whole UTF-8 bytes, a stream of 7-character strings, a stream of 7-byte chunks that cut
 * multi-byte characters) and checks they all give the same verdict; returns it.
 */
import { expect } from 'vitest';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import type { XmlValidateOptions, XmlValidationResult } from '../../../../runtime/xml/xml-validate-options.js';

export function* chunks<T extends string | Uint8Array>(input: T, size: number): Generator<T> {
  for (let i = 0; i < input.length; i += size) yield input.slice(i, i + size) as T;
}

export async function* asyncChunks<T extends string | Uint8Array>(input: T, size: number): AsyncGenerator<T> {
  for (const c of chunks(input, size)) yield c;
}

export async function verdictOnAllPaths(
  xml: string,
  model: XmlSchemaModel,
  options?: XmlValidateOptions,
): Promise<XmlValidationResult> {
  const bytes = new TextEncoder().encode(xml);
  const fromString = validateXml(xml, model, options);
  const fromBytes = validateXml(bytes, model, options);
  const fromStringStream = await validateXmlStream(asyncChunks(xml, 7), model, options);
  const fromByteStream = await validateXmlStream(asyncChunks(bytes, 7), model, options);
  expect(fromBytes).toEqual(fromString);
  expect(fromStringStream).toEqual(fromString);
  expect(fromByteStream).toEqual(fromString);
  return fromString;
}
