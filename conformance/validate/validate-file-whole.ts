/**
 * One saved response validated the batch way: opened once, read whole with one `read(2)` into a
 * buffer reused from file to file, then checked synchronously (no stream, no promise, no chunk
 * allocations). Gives exactly the verdict of `validatePayloadFile` (the same limits, binary
 * sniffing, engine and JSON path; the engine's verdict does not depend on how the input is
 * chunked). Files larger than `WHOLE_READ_MAX` (or that grew after `fstat`) are left to the
 * streaming path, so memory stays bounded.
 *
 * @see docs/conformance.md (qspec validate); validate-payload.ts (the streaming path)
 */
import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '../../generator/load/regular-file.js';
import type { XmlSchemaModel } from '../../runtime/schema-model.js';
import type { XmlValidator } from '../../runtime/xml/xml-validator.js';
import { type PayloadVerdict, verdictOf } from './payload-issue.js';
import { sniffBinary } from './sniff-binary.js';
import { validateJsonText } from './validate-json.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  engineOptions,
  fromEngine,
  type PayloadOptions,
  SNIFF_BYTES,
  tooLarge,
  validatePayloadFile,
} from './validate-payload.js';
import type { ValidationTarget } from './validation-target.js';
import { type XmlValidateOptions, xmlEngineValidator } from './xml-engine.js';

/** Files up to this size are read whole (1 MiB); larger ones are streamed in 32 KiB chunks. */
export const WHOLE_READ_MAX = 1024 * 1024;

/**
 * What one thread keeps from file to file: the read buffer (grown on demand, never above
 * WHOLE_READ_MAX + 1) and, per XML target, one validator reused for every file checked against
 * it (runtime/xml/xml-validator.ts: the same verdicts as new ones, without their set-up).
 */
export class ReadScratch {
  buffer = Buffer.allocUnsafeSlow(64 * 1024);
  private readonly validators = new Map<XmlSchemaModel, { validator: XmlValidator; options: XmlValidateOptions }>();

  take(size: number): Buffer {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, this.buffer.length * 2));
    return this.buffer;
  }

  /** The validator for `model` under these engine options (made on first use). */
  validator(model: XmlSchemaModel, root: string | undefined, options: PayloadOptions, maxBytes: number): XmlValidator {
    const kept = this.validators.get(model);
    if (kept && sameOptions(kept.options, root, options, maxBytes)) return kept.validator;
    const engine = engineOptions(root, options, maxBytes);
    const validator = xmlEngineValidator(model, engine);
    this.validators.set(model, { validator, options: engine });
    return validator;
  }
}

function sameOptions(o: XmlValidateOptions, root: string | undefined, p: PayloadOptions, maxBytes: number): boolean {
  return (
    o.root === root &&
    o.strict === (p.strict === true) &&
    o.maxDepth === (p.maxDepth ?? DEFAULT_MAX_DEPTH) &&
    o.maxBytes === maxBytes
  );
}

/**
 * The verdict of one file; throws what `validatePayloadFile` throws (I/O errors,
 * `NotRegularFileError`). Falls back to the streaming path for large or growing files.
 */
export async function validateFileWhole(
  file: string,
  target: ValidationTarget,
  options: PayloadOptions,
  scratch: ReadScratch,
): Promise<PayloadVerdict> {
  return validateFileWholeSync(file, target, options, scratch) ?? validatePayloadFile(file, target, options);
}

/** The synchronous part: the verdict, or undefined when the file must be streamed instead. */
export function validateFileWholeSync(
  file: string,
  target: ValidationTarget,
  options: PayloadOptions,
  scratch: ReadScratch,
): PayloadVerdict | undefined {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { fd, info } = openRegularFile(file);
  let n = 0;
  let buf: Buffer;
  try {
    if (info.size > maxBytes) return verdictOf([tooLarge(info.size, maxBytes)], [], 0);
    if (target.kind === 'none') return verdictOf([], [], info.size);
    if (info.size > WHOLE_READ_MAX) return undefined;
    // One byte more than fstat said: a file that grew since is handed to the streaming path.
    const want = info.size + 1;
    buf = scratch.take(want);
    for (;;) {
      const asked = want - n;
      const got = readSync(fd, buf, n, asked, n);
      if (got === 0) break;
      n += got;
      if (n === want) return undefined;
      // A short read that ends exactly at fstat's size is the end of a regular file: no second
      // read(2) just to see 0 (one system call less per file).
      if (got < asked && n === info.size) break;
    }
  } finally {
    closeSync(fd);
  }
  const bytes = buf.subarray(0, n);
  const sniff = () => sniffBinary(bytes.subarray(0, SNIFF_BYTES), target.kind === 'json' ? 'JSON' : 'XML');
  if (target.kind === 'json') {
    const binary = sniff();
    if (binary) return verdictOf([binary], [], 0);
    const text = bytes.toString('utf8');
    return validateJsonText(text, target.validate, Buffer.byteLength(text));
  }
  // XML is sniffed only when the engine finds it invalid: a document it passes has no control
  // byte anywhere (XML 1.0 §2.2 forbids them even in CDATA and comments, and the engine checks
  // every character), so the sniff could only say "not binary". The verdict is the one
  // validatePayloadFile gives, which sniffs first; this skips a byte loop per file (4 µs of a
  // 2.5 KB file's ~40, and far more before the JIT has compiled it).
  const result = scratch.validator(target.model, target.root, options, maxBytes).validate(bytes);
  if (result.errors.length > 0) {
    const binary = sniff();
    if (binary) return verdictOf([binary], [], 0);
  }
  return fromEngine(result);
}
