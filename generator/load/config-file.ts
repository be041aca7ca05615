/**
 * Finds and reads the user's qspec config file: `qspec.config.json`, `.yaml`, `.yml`, `.mjs` or
 * `.js`, or a `"qspec"` key in `package.json`, searched from the working directory upward (to the
 * home folder, or the file-system root when the working directory is outside it). The search and
 * the loading of JavaScript configs are lilconfig's; JSON and YAML are parsed here so every value
 * keeps its file:line:column for error messages and `qspec config`.
 *
 * Input is bounded before lilconfig reads it: every candidate the search would open is checked
 * first (a regular file, at most `MAX_CONFIG_BYTES`, `MAX_PACKAGE_JSON_BYTES` for package.json),
 * so a FIFO or a huge file named like a config is refused instead of blocking or filling memory.
 * Two config files in one folder are refused as ambiguous. A `.mjs`/`.js` config is code: loading
 * it runs it, with the rights of whoever runs qspec.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { fail, isDiagnosticError } from '../diagnostics.js';
import type { LocatedYaml } from '../parse/spec/parse-located-yaml.js';

/** Largest config file read (a config is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Largest package.json read when looking for its "qspec" key. */
export const MAX_PACKAGE_JSON_BYTES = 1024 * 1024;

/** The config files qspec looks for in each folder, in order of preference. */
export const CONFIG_FILE_NAMES = [
  'qspec.config.json',
  'qspec.config.yaml',
  'qspec.config.yml',
  'qspec.config.mjs',
  'qspec.config.js',
] as const;
const SEARCH_PLACES = [...CONFIG_FILE_NAMES, 'package.json'];

/** A config as read from its file, before validation. */
export interface RawConfig {
  /** Absolute path of the file it came from. */
  readonly file: string;
  /** The config object (for package.json: the value of its "qspec" key). */
  readonly data: unknown;
  /** Position of the value at a JSON pointer inside `data`; undefined for JavaScript configs. */
  readonly locate?: (pointer: string, key?: 'key') => { line: number; column: number };
}

/** Positions of parsed JSON/YAML documents, keyed by the object the loader returned. */
const located = new WeakMap<object, { yaml: LocatedYaml; prefix: string }>();

async function loadLocated(file: string, text: string): Promise<unknown> {
  const json = file.endsWith('.json') ? checkJson(file, text) : undefined;
  // A package.json without a "qspec" key is no config: lilconfig only looks at that key, so the
  // positions are never needed (every run in a Node project would load the YAML parser).
  if (path.basename(file) === 'package.json' && (json === null || typeof json !== 'object' || !('qspec' in json)))
    return json;
  // Imported when a file is found: a run without a config never loads the YAML parser.
  const { parseLocatedYaml } = await import('../parse/spec/parse-located-yaml.js');
  const yaml = parseLocatedYaml(file, text);
  const data = yaml.data;
  if (data !== null && typeof data === 'object') {
    located.set(data, { yaml, prefix: '' });
    const inner = (data as Record<string, unknown>).qspec;
    if (path.basename(file) === 'package.json' && inner !== null && typeof inner === 'object')
      located.set(inner, { yaml, prefix: '/qspec' });
  }
  return data;
}

/** JSON files must be JSON (YAML would accept more); a syntax error is located. The parsed value. */
function checkJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d{1,9})/.exec(message);
    const offset = m ? Number(m[1]) : 0;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    fail('ConfigSyntax', `not valid JSON: ${message.split('\n')[0]}`, { file, line, column });
  }
}

/** Folders searched from `cwd`: itself, then each parent up to the home folder or the root. */
function searchDirs(cwd: string, stopDir: string): string[] {
  const dirs: string[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === stopDir || path.dirname(dir) === dir) return dirs;
  }
}

/**
 * Checks every file the search may read, nearest folder first, up to the first folder holding a
 * config file: each must be a regular file under its size limit, and one folder may hold only
 * one config file. package.json files are all checked (whether they hold the key is only known
 * by reading them).
 */
async function checkCandidates(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) {
    const found: string[] = [];
    for (const name of SEARCH_PLACES) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info === undefined) continue;
      if (!info.isFile())
        fail('ConfigUnreadable', 'not a regular file; qspec reads its config only from one', { file });
      const limit = name === 'package.json' ? MAX_PACKAGE_JSON_BYTES : MAX_CONFIG_BYTES;
      if (info.size > limit)
        fail('ConfigTooLarge', `${info.size} bytes, over the ${limit}-byte limit for this file`, { file });
      if (name !== 'package.json') found.push(file);
    }
    if (found.length > 1) {
      fail(
        'ConfigAmbiguous',
        `more than one qspec config file here (${found.map((f) => path.basename(f)).join(', ')}); keep one`,
        { file: found[1]! },
      );
    }
    if (found.length === 1) return;
  }
}

/** The nearest config from `cwd` upward, or undefined when there is none. */
export async function findConfig(cwd: string, stopDir: string = os.homedir()): Promise<RawConfig | undefined> {
  const dirs = searchDirs(cwd, path.resolve(stopDir));
  await checkCandidates(dirs);
  const explorer = lilconfig('qspec', {
    searchPlaces: SEARCH_PLACES,
    stopDir: dirs[dirs.length - 1]!,
    cache: false,
    ignoreEmptySearchPlaces: false,
    loaders: { '.json': loadLocated, '.yaml': loadLocated, '.yml': loadLocated },
  });
  let result: Awaited<ReturnType<typeof explorer.search>>;
  try {
    result = await explorer.search(cwd);
  } catch (e) {
    if (isDiagnosticError(e)) throw e;
    // A JavaScript config that throws or does not parse: name the file lilconfig was loading.
    const file = await nearestScriptConfig(dirs);
    fail('ConfigUnreadable', `could not load the config: ${(e as Error).message.split('\n')[0]}`, {
      file: file ?? cwd,
    });
  }
  if (result === null || result === undefined) return undefined;
  const data = result.isEmpty ? {} : result.config;
  const where = data !== null && typeof data === 'object' ? located.get(data) : undefined;
  return {
    file: result.filepath,
    data,
    ...(where ? { locate: (pointer: string, key?: 'key') => where.yaml.locate(`${where.prefix}${pointer}`, key) } : {}),
  };
}

async function nearestScriptConfig(dirs: readonly string[]): Promise<string | undefined> {
  for (const dir of dirs) {
    for (const name of ['qspec.config.mjs', 'qspec.config.js']) {
      const file = path.join(dir, name);
      if (await stat(file).catch(() => undefined)) return file;
    }
  }
  return undefined;
}
