/**
 * The error classes qspec's tool code throws across layers (the generator, the conformance kit,
 * the CLI). Each carries a message that is already fit to print as one line; the CLI maps them to
 * exit codes (`cli/main.ts`). Errors of the generated client live in the runtime
 * (`runtime/client/qualys-error.ts`), which is shipped into users' projects and imports nothing
 * from here.
 */

/** A request the user can fix: a bad flag, a missing file, an unreadable config (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
