/**
 * Option parsing shared by the sub-commands: node:util parseArgs in strict mode, with its errors
 * turned into one-line `UsageError`s (exit 2) that name the command's `--help`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../generator/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(
  command: string,
  argv: readonly string[],
  options: T,
  allowPositionals = true,
): { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals };
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`qspec ${command}: ${msg} (see 'qspec ${command} --help')`);
  }
}

/** Reads a string option, or undefined. */
export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Reads a repeatable string option as an array. */
export function stringsOption(values: Record<string, unknown>, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/** Checks a string option against allowed values. */
export function choiceOption<C extends string>(
  command: string,
  values: Record<string, unknown>,
  name: string,
  choices: readonly C[],
  fallback: C,
): C {
  const v = stringOption(values, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`qspec ${command}: --${name} must be one of ${choices.join(', ')} (got '${v}')`);
  }
  return v as C;
}
