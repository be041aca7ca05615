/**
 * Bench child body: validates (or streams typed records out of) one XML file with the qspec
 * runtime engine and a compiled model that generated code carries, reading the file in 64 KiB
 * chunks, and prints one JSON line `{ valid, errors, records, bytes, elements }` on stdout.
 * Arguments: FILE ROOT [validate|records] [RECORD/PATH].
 *
 * @see runtime/xml/validate-xml-stream.ts, stream-records.ts (what is measured)
 */
import { createReadStream } from 'node:fs';
import { formatIssue } from '../../runtime/issue.js';
import type { XmlSchemaModel } from '../../runtime/schema-model.js';
import { streamRecords } from '../../runtime/xml/stream-records.js';
import { validateXmlStream } from '../../runtime/xml/validate-xml-stream.js';
import type { XmlValidationResult } from '../../runtime/xml/xml-validate-options.js';

export async function qspecRuntimeMain(model: XmlSchemaModel, argv: readonly string[]): Promise<void> {
  const [file, root, mode = 'validate', recordPath = ''] = argv;
  if (!file || !root) throw new Error('usage: FILE ROOT [validate|records] [RECORD/PATH]');
  const input = () => createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array>;
  let result: XmlValidationResult;
  let records = 0;
  if (mode === 'records') {
    const it = streamRecords<Record<string, unknown>>(input(), model, { root, recordPath: recordPath.split('/') });
    let next = await it.next();
    for (; !next.done; next = await it.next()) {
      // Touch each record as a consumer would.
      if (next.value && typeof next.value === 'object') records++;
    }
    result = next.value;
  } else {
    result = await validateXmlStream(input(), model, { root });
  }
  process.stdout.write(
    `${JSON.stringify({
      valid: result.valid,
      errors: result.errors.slice(0, 3).map(formatIssue),
      records,
      bytes: result.bytes,
      elements: result.elements,
    })}\n`,
  );
}

/** The source of a bundle entry that statically imports one model (for esbuild). */
export function qspecRuntimeEntry(modelModule: string, mainModule: string): string {
  return [
    `import { model } from ${JSON.stringify(modelModule)};`,
    `import { qspecRuntimeMain } from ${JSON.stringify(mainModule)};`,
    'await qspecRuntimeMain(model, process.argv.slice(2));',
  ].join('\n');
}
