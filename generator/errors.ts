/**
 * Every error class qspec's tool code throws (the generator, the conformance kit, the CLI), in one
 * module. Each carries a message that is already fit to print as one line; the CLI maps them to
 * exit codes (`cli/main.ts`). The conformance kit's errors are here too: conformance/ imports the
 * generator, so both can reach this module, and the CLI finds every class it maps in one place.
 *
 * The generated client's errors (`QualysError` and its family) are not here: they live in
 * `runtime/client/qualys-error.ts`, which is shipped into users' projects and imports nothing
 * outside the runtime.
 */
import { formatIssue, type Issue } from '../runtime/issue.js';

/** A request the user can fix: a bad flag, a missing file, an unreadable config (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Thrown by a stage (load, parse, passes, write) when it cannot go on; carries one or more located
 * diagnostics, and its message is their formatted lines.
 */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Issue[];
  constructor(diagnostics: Issue | readonly Issue[]) {
    const list = Array.isArray(diagnostics) ? (diagnostics as readonly Issue[]) : [diagnostics as Issue];
    super(list.map(formatIssue).join('\n'));
    this.name = 'DiagnosticError';
    this.diagnostics = list;
  }
}

/** A path that exists but is not a regular file (a FIFO, a directory, a device). */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError';
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    /** `a FIFO`, `a directory`, `a character device`... */
    readonly kind: string,
  ) {
    super(`${path}: not a regular file (${kind})`);
  }
}

/** A regular file over the size limit of its reader. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  readonly code = 'EFBIG';
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`${path}: ${size} bytes, over the ${limit}-byte limit`);
  }
}

/** A problem that stopped `--emit js` compiling the output (never expected for qspec's own output). */
export class EmitJsError extends Error {
  override readonly name = 'EmitJsError';
}

/** A recording that cannot be read (not of its format, over the size limit, hostile YAML). */
export class RecordingError extends Error {
  override readonly name = 'RecordingError';
}

/** A validation target that does not exist (unknown endpoint, no such root): exit 2. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}
