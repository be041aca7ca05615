/**
 * Paths in messages are shown relative to the working directory (where the user typed the
 * command) when they lie below it, else absolute; a diagnostic's file likewise.
 */
import path from 'node:path';
import type { Diagnostic } from '../generator/diagnostics.js';

/** A path for messages: relative to the working directory when it lies below it. */
export function shownPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

/** The diagnostic with an absolute file path shown relative to the working directory. */
export function relativeDiagnostic(cwd: string, d: Diagnostic): Diagnostic {
  const file = d.location.file;
  if (file === undefined || !path.isAbsolute(file)) return d;
  return { ...d, location: { ...d.location, file: shownPath(cwd, file) } };
}
