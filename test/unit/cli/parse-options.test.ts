/**
 * `parseOptions` (cli/parse-options.ts) sets plain arguments aside before parseArgs sees the
 * rest: for any argument list its values, positionals (in argv order) and errors are exactly
 * node:util parseArgs's own, options with and without values, short groups, `--`, `-` and dashed
 * values included.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceOption, parseOptions, stringOption, stringsOption } from '../../../cli/parse-options.js';
import { UsageError } from '../../../generator/errors.js';

const OPTIONS = {
  endpoint: { type: 'string' },
  tag: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
} as const;

const token = fc.constantFrom(
  'a.xml',
  'b.json',
  'dir/c.xml',
  '--endpoint',
  '--endpoint=vm.scan.list',
  '--tag',
  '--quiet',
  '-q',
  '-j',
  '-qj',
  '-j2',
  '--jobs=3',
  '2',
  '--',
  '-',
  '-x',
  '--nope',
  '--quiet=yes',
  '',
);

/** What parseArgs gives on its own: values and positionals, or the error message. */
function direct(argv: string[], allowPositionals: boolean) {
  try {
    const r = parseArgs({
      args: argv,
      options: { ...OPTIONS, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
    return { values: { ...r.values }, positionals: r.positionals };
  } catch (e) {
    return { error: (e as Error).message.replace(/\. To specify a positional argument.*$/s, '') };
  }
}

function ours(argv: string[], allowPositionals: boolean) {
  try {
    const r = parseOptions('test', argv, OPTIONS, allowPositionals);
    return { values: { ...r.values }, positionals: r.positionals };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { error: e.message.replace(/^qspec test: /, '').replace(/ \(see 'qspec test --help'\)$/, '') };
  }
}

describe('parseOptions', () => {
  it('gives what parseArgs gives, for any argument list', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), fc.boolean(), (argv, allow) => {
        expect(ours(argv, allow)).toEqual(direct(argv, allow));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps positionals in argv order around options that take or do not take a value', () => {
    const r = parseOptions('test', ['a', 'b', '--quiet', 'c', 'd', '--endpoint', 'e', 'f', '--', '--g'], OPTIONS);
    expect(r.positionals).toEqual(['a', 'b', 'c', 'd', 'f', '--g']);
    expect(r.values).toMatchObject({ quiet: true, endpoint: 'e' });
  });

  it('reads string, repeated and choice options', () => {
    const { values } = parseOptions('test', ['--tag', 'a', '--tag', 'b', '--endpoint', 'e', '-q'], OPTIONS);
    expect(stringOption(values, 'endpoint')).toBe('e');
    expect(stringOption(values, 'quiet')).toBeUndefined();
    expect(stringsOption(values, 'tag')).toEqual(['a', 'b']);
    expect(stringsOption(values, 'endpoint')).toEqual(['e']);
    expect(stringsOption(values, 'jobs')).toEqual([]);
    expect(stringsOption({ mixed: ['x', true, 'y'] }, 'mixed')).toEqual(['x', 'y']);
    expect(choiceOption('test', values, 'endpoint', ['e', 'f'], 'f')).toBe('e');
    expect(choiceOption('test', values, 'jobs', ['e', 'f'], 'f')).toBe('f');
    expect(() => choiceOption('test', values, 'endpoint', ['x', 'y'], 'x')).toThrow(
      new UsageError("qspec test: --endpoint must be one of x, y (got 'e')"),
    );
  });
});
