/**
 * Validates one payload against a `ValidationTarget`: a file on disk (read in 32 KiB chunks
 * through the runtime XML engine, so a 200 MB response never sits in memory) or a body already
 * in memory (mock answers, HAR entries). Applies the size and depth limits, rejects binary
 * garbage up front, and maps engine issues to `PayloadIssue`s.
 *
 * Safety: the engine never fetches a DOCTYPE system id and refuses internal-subset
 * entity declarations (`XmlEntityDeclared`), so an XXE or billion-laughs file stops at its
 * DOCTYPE; messages never quote entity values or file contents beyond element names.
 *
 * @see docs/conformance.md (qspec validate)
 */
import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '../../generator/load/regular-file.js';
import type { XmlValidator } from '../../runtime/xml/xml-validator.js';
import { type PayloadIssue, type PayloadVerdict, verdictOf } from './payload-issue.js';
import { readFdChunks } from './read-file-chunks.js';
import { sniffBinary } from './sniff-binary.js';
import { validateJsonText } from './validate-json.js';
import type { ValidationTarget } from './validation-target.js';
import { type XmlValidationResult, xmlEngineValidate, xmlEngineValidateStream } from './xml-engine.js';

export interface PayloadOptions {
  /** Undeclared elements in open content are errors, not drift warnings. */
  readonly strict?: boolean;
  /** Largest payload accepted, in bytes (default 100 MiB). */
  readonly maxBytes?: number;
  /** Deepest element nesting accepted (default 256). */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 256;

export const SNIFF_BYTES = 4096;

export function tooLarge(size: number, max: number): PayloadIssue {
  return {
    severity: 'error',
    code: 'TooLarge',
    message: `payload is ${formatBytes(size)}, over the ${formatBytes(max)} limit (raise --max-bytes to check it)`,
    location: {},
  };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}

/**
 * Validates a file; throws only I/O errors (ENOENT, EACCES...) and `NotRegularFileError` (a FIFO,
 * device, socket or directory is never read), which callers report as exit 2. The file is opened
 * once and every read goes through that descriptor.
 */
export async function validatePayloadFile(
  file: string,
  target: ValidationTarget,
  options: PayloadOptions = {},
): Promise<PayloadVerdict> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { fd, info } = openRegularFile(file);
  try {
    if (info.size > maxBytes) return verdictOf([tooLarge(info.size, maxBytes)], [], 0);
    if (target.kind === 'none') return verdictOf([], [], info.size);
    const head = readHead(fd);
    const binary = sniffBinary(head, target.kind === 'json' ? 'JSON' : 'XML');
    if (binary) return verdictOf([binary], [], 0);
    if (target.kind === 'json') {
      const text = readAll(fd, info.size, maxBytes);
      if (text === undefined) return verdictOf([tooLarge(maxBytes + 1, maxBytes)], [], 0);
      return validateJsonText(text, target.validate, Buffer.byteLength(text));
    }
    const result = await xmlEngineValidateStream(
      readFdChunks(fd),
      target.model,
      engineOptions(target.root, options, maxBytes),
    );
    return fromEngine(result);
  } finally {
    closeSync(fd);
  }
}

/** C0 controls that `sniffBinary` reports (not tab, LF, CR): none in the head, nothing to report. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;

/**
 * Validates a body already in memory. `validator`, when given, is a reused validator of
 * `target.model` built with `engineOptions(target.root, options, maxBytes)` (many bodies, one
 * target: no per-body set-up); the verdict is the same.
 */
export function validatePayloadText(
  text: string,
  target: ValidationTarget,
  options: PayloadOptions = {},
  validator?: XmlValidator,
): PayloadVerdict {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return verdictOf([tooLarge(bytes, maxBytes)], [], 0);
  if (target.kind === 'none') return verdictOf([], [], bytes);
  const head = text.slice(0, SNIFF_BYTES);
  const binary = CONTROL.test(head)
    ? sniffBinary(Buffer.from(head, 'utf8'), target.kind === 'json' ? 'JSON' : 'XML')
    : undefined;
  if (binary) return verdictOf([binary], [], 0);
  if (target.kind === 'json') return validateJsonText(text, target.validate, bytes);
  if (validator) return fromEngine(validator.validate(text));
  return fromEngine(xmlEngineValidate(text, target.model, engineOptions(target.root, options, maxBytes)));
}

export function engineOptions(root: string | undefined, options: PayloadOptions, maxBytes: number) {
  return {
    ...(root !== undefined ? { root } : {}),
    strict: options.strict === true,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxBytes,
  };
}

function readHead(fd: number): Uint8Array {
  const buf = Buffer.alloc(SNIFF_BYTES);
  const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
  return buf.subarray(0, n);
}

/** The file's text (read from offset 0), or undefined when it grew past `maxBytes` since it was measured. */
function readAll(fd: number, size: number, maxBytes: number): string | undefined {
  const buf = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let n = 0;
  for (;;) {
    const got = readSync(fd, buf, n, buf.length - n, n);
    if (got === 0) break;
    n += got;
    if (n === buf.length) return n > maxBytes ? undefined : readAllSlow(fd, maxBytes);
  }
  return buf.subarray(0, n).toString('utf8');
}

/** A file that grew after fstat: read it again in chunks, still bounded. */
function readAllSlow(fd: number, maxBytes: number): string | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const got = readSync(fd, chunk, 0, chunk.length, total);
    if (got === 0) return Buffer.concat(chunks).toString('utf8');
    total += got;
    if (total > maxBytes) return undefined;
    chunks.push(chunk.subarray(0, got));
  }
}

/** The engine's verdict as a payload verdict (same fields, in `verdictOf`'s order; built without spreads, once per file). */
export function fromEngine(r: XmlValidationResult): PayloadVerdict {
  const v: { -readonly [K in keyof PayloadVerdict]: PayloadVerdict[K] } = {
    valid: r.errors.length === 0,
    errors: r.errors.length === 0 ? [] : r.errors.map(payloadIssue),
    warnings: r.warnings.length === 0 ? [] : r.warnings.map(payloadIssue),
    bytes: r.bytes,
  };
  if (r.root !== undefined) v.root = r.root;
  if (r.doctype !== undefined) {
    v.doctype = r.doctype.systemId ? { name: r.doctype.name, systemId: r.doctype.systemId } : { name: r.doctype.name };
  }
  if (r.schemaLocation !== undefined) v.schemaLocation = r.schemaLocation;
  return v;
}

function payloadIssue(i: XmlValidationResult['errors'][number]): PayloadIssue {
  return {
    severity: i.severity,
    code: i.code,
    message: i.message,
    location: i.location,
    ...(i.expected !== undefined ? { expected: i.expected } : {}),
    ...(i.found !== undefined ? { found: i.found } : {}),
  };
}
