// Copied by qspec from runtime/xml/stream-records.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Streams the typed records at a record path (`['ServiceResponse', 'data', 'Finding']`) out of an
 * XML document arriving in chunks: each record is validated and yielded as soon as its end tag is
 * read, and nothing of it is kept afterwards, so memory stays bounded by one record. A record
 * with a validity error is not yielded (its issues are in the verdict); drift warnings do not
 * hold a record back. The generator's return value is the whole document's verdict.
 *
 * @see parse-xml.ts (record shapes); xml-driver.ts (safety, limits)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { XmlDriver } from './xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from './xml-validate-options.js';

export interface StreamRecordsOptions extends XmlValidateOptions {
  /** Element names from the root down to the record element. */
  readonly recordPath: readonly string[];
  /**
   * Also build the rest of the document (the envelope: counts, paging fields, warnings), without
   * the records, and return it as the result's `envelope` when the document is valid.
   */
  readonly envelope?: boolean;
}

export interface StreamRecordsResult extends XmlValidationResult {
  /** The typed document without its records (`envelope: true` and a valid document only). */
  readonly envelope?: unknown;
}

/**
 * The driver behind both record streams (`streamRecords` here, pulled; `xmlRecordSink` in
 * runtime/client/xml-record-sink.ts, pushed): build mode `records` at `recordPath`, with the rest
 * of the document (the envelope) built too when asked, each valid record handed to `onRecord` as
 * its end tag is read.
 */
export function recordDriver(
  model: XmlSchemaModel,
  options: StreamRecordsOptions,
  onRecord: (record: unknown) => void,
  who = 'streamRecords',
): XmlDriver {
  if (options.recordPath.length === 0) throw new Error(`${who}: recordPath must name at least the root`);
  const build = { mode: 'records', path: options.recordPath, envelope: options.envelope === true } as const;
  return new XmlDriver(model, options, build, onRecord);
}

export async function* streamRecords<T>(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  model: XmlSchemaModel,
  options: StreamRecordsOptions,
): AsyncGenerator<T, StreamRecordsResult, undefined> {
  const queue: T[] = [];
  const driver = recordDriver(model, options, (v) => queue.push(v as T));
  for await (const chunk of input) {
    driver.write(chunk);
    // Hand out records before reading more; the queue is emptied each time.
    while (queue.length) yield queue.shift()!;
    if (driver.stopped) break;
  }
  const result = driver.end();
  while (queue.length) yield queue.shift()!;
  if (options.envelope && result.valid) return { ...result, envelope: driver.engine.rootValue };
  return result;
}
