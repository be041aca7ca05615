// Copied by qspec from runtime/client/netrc.ts. Do not edit here: `qspec generate` replaces it.
/**
 * `.netrc` support (the release notes call the API with `curl -n`): parses the file format
 * (`machine`, `default`, `login`, `password`, `account`, `macdef` blocks skipped) and finds the
 * entry for a host. Parsing never throws on odd tokens; it reads what it understands.
 *
 * @see curl(1) --netrc; GNU inetutils netrc(5)
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface NetrcEntry {
  /** Host name, or undefined for the `default` entry. */
  readonly machine: string | undefined;
  readonly login?: string;
  readonly password?: string;
  readonly account?: string;
}

export function parseNetrc(text: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  const lines = text.split(/\r?\n/);
  const tokens: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // macdef bodies run to the next empty line and are not credentials.
    if (/^\s*macdef\b/.test(line)) {
      while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') i++;
      continue;
    }
    if (/^\s*#/.test(line)) continue;
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
      tokens.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''));
    }
  }
  let current: { machine: string | undefined; login?: string; password?: string; account?: string } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'machine' || t === 'default') {
      if (current) entries.push(current);
      current = { machine: t === 'machine' ? tokens[++i] : undefined };
    } else if (current && (t === 'login' || t === 'password' || t === 'account')) {
      const v = tokens[++i];
      if (v !== undefined) current[t] = v;
    }
  }
  if (current) entries.push(current);
  return entries;
}

/** The entry for `host` (exact machine name), else the `default` entry. */
export function findNetrcEntry(entries: readonly NetrcEntry[], host: string): NetrcEntry | undefined {
  const h = host.toLowerCase();
  return entries.find((e) => e.machine?.toLowerCase() === h) ?? entries.find((e) => e.machine === undefined);
}

/** Reads `$NETRC` or `~/.netrc` (or the given file) and parses it. */
export function readNetrc(file?: string): NetrcEntry[] {
  const path = file ?? process.env['NETRC'] ?? join(homedir(), '.netrc');
  return parseNetrc(readFileSync(path, 'utf8'));
}
