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
    const { args, argsAt, aside } = allowPositionals ? setAside(argv) : { args: [...argv], argsAt: [], aside: [] };
    const { values, tokens } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
      tokens: true,
    });
    const parsed = tokens.filter((t) => t.kind === 'positional').map((t) => ({ at: argsAt[t.index]!, value: t.value }));
    return {
      values: values as Record<string, string | boolean | string[] | boolean[] | undefined>,
      positionals: mergeByIndex(aside, parsed),
    };
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`qspec ${command}: ${msg} (see 'qspec ${command} --help')`);
  }
}

interface Placed {
  /** Index in argv. */
  readonly at: number;
  readonly value: string;
}

/**
 * Sets aside the arguments that can only be positionals: those not starting with '-' that follow
 * another such argument (or start argv). An argument right after an option is left to parseArgs,
 * which knows whether the option takes it as its value; after a `--` (kept) whatever parseArgs
 * sees is a positional too, so the merged order is the same. parseArgs runs a dozen
 * checks in JavaScript per argument: before the JIT warms up that is ~1 µs each, 5.6 ms (and
 * 10 ms of optimizing compiles) for the 5,000 files of a `qspec validate` batch, where now it sees
 * only the options (docs/performance.md "Many small files, fifth pass").
 */
function setAside(argv: readonly string[]): { args: string[]; argsAt: number[]; aside: Placed[] } {
  const args: string[] = [];
  const argsAt: number[] = [];
  const aside: Placed[] = [];
  let afterOption = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const option = a.startsWith('-');
    if (option || afterOption) {
      args.push(a);
      argsAt.push(i);
    } else aside.push({ at: i, value: a });
    afterOption = option;
  }
  return { args, argsAt, aside };
}

/** The values of two lists each in argv order, merged in argv order. */
function mergeByIndex(a: readonly Placed[], b: readonly Placed[]): string[] {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length || k < b.length) {
    if (k >= b.length || (i < a.length && a[i]!.at < b[k]!.at)) out.push(a[i++]!.value);
    else out.push(b[k++]!.value);
  }
  return out;
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
