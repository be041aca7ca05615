/**
 * What a qspec config file may set, and its validation. Each setting is the default of one or
 * more command-line flags (a flag given on the command line wins). Unknown keys, wrong types and
 * values outside a setting's choices are errors located at file:line:column (JSON and YAML
 * configs; a JavaScript config is located by its file only). Relative paths are relative to the
 * folder of the config file.
 */
import path from 'node:path';
import { type Diagnostic, DiagnosticError, type DiagnosticLocation, diagnostic } from '../diagnostics.js';
import type { RawConfig } from './config-file.js';

export interface SettingSpec {
  /** Dotted key: `specs`, `conformance.reporter`. */
  readonly key: string;
  readonly kind: 'path' | 'choice' | 'port';
  readonly choices?: readonly string[];
  /** The value used when neither flag nor config sets it (undefined: none). */
  readonly default?: string | number;
  /** How the default reads in `qspec config` when it is not a plain value. */
  readonly defaultText?: string;
  readonly summary: string;
  /** Command → the flag this setting is the default of. */
  readonly flags: Readonly<Record<string, string>>;
}

const SPEC_COMMANDS = ['generate', 'validate', 'conformance', 'mock', 'learn', 'diff', 'notes'];

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'specs',
    kind: 'path',
    default: 'specs',
    summary: 'spec folder (endpoint YAML, schemas, examples, platforms.yaml)',
    flags: Object.fromEntries(SPEC_COMMANDS.map((c) => [c, '--specs'])),
  },
  {
    key: 'out',
    kind: 'path',
    default: 'generated',
    summary: 'output folder of qspec generate',
    flags: { generate: '--out' },
  },
  {
    key: 'templates',
    kind: 'path',
    defaultText: "qspec's built-in templates",
    summary: 'folder of templates overriding the built-in ones',
    flags: { generate: '--templates' },
  },
  {
    key: 'emit',
    kind: 'choice',
    choices: ['ts', 'js'],
    default: 'ts',
    summary: 'TypeScript sources, or JavaScript with .d.ts',
    flags: { generate: '--emit' },
  },
  {
    key: 'conformance.reporter',
    kind: 'choice',
    choices: ['text', 'json', 'junit', 'html'],
    default: 'text',
    summary: 'report format of qspec conformance',
    flags: { conformance: '--reporter' },
  },
  {
    key: 'conformance.output',
    kind: 'path',
    defaultText: 'standard output',
    summary: 'file the conformance report is written to',
    flags: { conformance: '--output' },
  },
  {
    key: 'conformance.knownFailures',
    kind: 'path',
    defaultText: "qspec's conformance/known-failures.yaml",
    summary: 'skip list with reasons',
    flags: { conformance: '--known-failures', learn: '--known-failures' },
  },
  {
    key: 'mock.port',
    kind: 'port',
    default: 8080,
    summary: 'port of qspec mock (0: a free one)',
    flags: { mock: '--port' },
  },
  {
    key: 'diff.config',
    kind: 'path',
    defaultText: 'none',
    summary: 'severity overrides and ignores for qspec diff and notes check',
    flags: { diff: '--config', notes: '--config' },
  },
  {
    key: 'diff.failOn',
    kind: 'choice',
    choices: ['breaking', 'warning', 'info', 'none'],
    default: 'breaking',
    summary: 'finding level at which qspec diff exits 1',
    flags: { diff: '--fail-on' },
  },
];

/** One effective setting: its value (paths absolute) and where it came from. */
export interface EffectiveSetting {
  readonly spec: SettingSpec;
  readonly value: string | number | undefined;
  /** The config file position, or undefined for a built-in default. */
  readonly from?: DiagnosticLocation;
}

export interface EffectiveConfig {
  /** Absolute path of the config file, if one was found. */
  readonly file?: string;
  readonly settings: readonly EffectiveSetting[];
}

const SECTIONS = new Set(SETTINGS.filter((s) => s.key.includes('.')).map((s) => s.key.split('.')[0]!));
const TOP_KEYS = ['$schema', ...SETTINGS.filter((s) => !s.key.includes('.')).map((s) => s.key), ...SECTIONS];

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Validates a raw config; throws one located diagnostic per problem. */
export function resolveConfig(raw: RawConfig | undefined): EffectiveConfig {
  if (raw === undefined) return { settings: SETTINGS.map((spec) => ({ spec, value: spec.default })) };
  const problems: Diagnostic[] = [];
  const at = (pointer: string, key?: 'key'): DiagnosticLocation => ({
    file: raw.file,
    ...(raw.locate?.(pointer, key) ?? {}),
  });
  const problem = (code: string, message: string, pointer: string) =>
    problems.push(diagnostic(code, message, at(pointer, code === 'ConfigUnknownKey' ? 'key' : undefined)));
  const data = raw.data;
  if (!isObject(data)) {
    problem('ConfigInvalid', 'a qspec config must be an object of settings (see qspec config --help)', '');
    throw new DiagnosticError(problems);
  }
  const values = new Map<string, unknown>();
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) {
      problem('ConfigUnknownKey', `unknown setting '${key}' (known: ${TOP_KEYS.join(', ')})`, `/${key}`);
    } else if (SECTIONS.has(key)) {
      const section = data[key];
      if (!isObject(section)) {
        problem('ConfigInvalid', `'${key}' must be an object`, `/${key}`);
        continue;
      }
      const known = SETTINGS.filter((s) => s.key.startsWith(`${key}.`)).map((s) => s.key.slice(key.length + 1));
      for (const sub of Object.keys(section)) {
        if (!known.includes(sub))
          problem('ConfigUnknownKey', `unknown setting '${key}.${sub}' (known: ${known.join(', ')})`, `/${key}/${sub}`);
        else values.set(`${key}.${sub}`, section[sub]);
      }
    } else if (key !== '$schema') values.set(key, data[key]);
  }
  const dir = path.dirname(raw.file);
  const settings = SETTINGS.map((spec): EffectiveSetting => {
    if (!values.has(spec.key)) return { spec, value: spec.default };
    const pointer = `/${spec.key.replace('.', '/')}`;
    const v = values.get(spec.key);
    const checked = checkValue(spec, v);
    if ('error' in checked) {
      problem('ConfigInvalid', `'${spec.key}' ${checked.error}`, pointer);
      return { spec, value: spec.default };
    }
    const value = spec.kind === 'path' ? path.resolve(dir, String(checked.value)) : checked.value;
    return { spec, value, from: at(pointer) };
  });
  if (problems.length > 0) throw new DiagnosticError(problems);
  return { file: raw.file, settings };
}

/** The checked value, or why it is refused. */
function checkValue(spec: SettingSpec, v: unknown): { value: string | number } | { error: string } {
  if (spec.kind === 'port') {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535
      ? { value: v }
      : { error: 'must be a port number from 0 to 65535' };
  }
  if (typeof v !== 'string' || v === '') return { error: 'must be a non-empty string' };
  if (spec.choices && !spec.choices.includes(v))
    return { error: `must be one of ${spec.choices.join(', ')} (got '${v.slice(0, 40)}')` };
  if (spec.kind === 'path' && v.includes('\0')) return { error: 'must be a path' };
  return { value: v };
}

/**
 * The flags a command gets from the config (only settings the config file sets). Paths are
 * relative to `cwd` when they lie inside it (so messages show them as the user would type them),
 * else absolute.
 */
export function configFlags(config: EffectiveConfig, command: string, cwd?: string): string[] {
  const args: string[] = [];
  for (const s of config.settings) {
    const flag = s.spec.flags[command];
    if (flag === undefined || s.from === undefined || s.value === undefined) continue;
    let value = String(s.value);
    if (s.spec.kind === 'path' && cwd !== undefined) {
      const rel = path.relative(cwd, value);
      if (rel === '') value = '.';
      else if (!rel.startsWith('..') && !path.isAbsolute(rel)) value = rel;
    }
    args.push(`${flag}=${value}`);
  }
  return args;
}
