/**
 * `npm run bench` options: `--runs N` (default 5; 1 with --quick), `--quick` (~10 MB inputs and a 20 MB
 * "big" one, one run: a smoke run in under a minute), `--json` (machine-readable report on stdout instead of tables),
 * `--only a,b` (suites: validate, records, generate, conformance, big, batch, client, replay,
 * detection), `--keep` (keep generated inputs in bench/.data for inspection), `--size MB` (override
 * the XML input size), `--big MB` (override the size of the "1 GB" inputs: streamed and host detection).
 */
export const SUITES = [
  'validate',
  'records',
  'generate',
  'conformance',
  'big',
  'batch',
  'client',
  'replay',
  'detection',
] as const;
export type SuiteName = (typeof SUITES)[number];

export interface BenchOptions {
  readonly runs: number;
  readonly quick: boolean;
  readonly json: boolean;
  readonly keep: boolean;
  readonly only: ReadonlySet<SuiteName>;
  /** Size of each XML input in bytes (decimal MB: 100 MB = 100,000,000 bytes, under the CLI's 100 MiB default limit). */
  readonly inputBytes: number;
  /** Size of the "1 GB" streamed input (and of the host detection input). */
  readonly bigBytes: number;
  /** Small files in the batch row (5,000; 500 with --quick). */
  readonly batchFiles: number;
  /** HAR entries in the replay row (10,000; 1,000 with --quick). */
  readonly replayEntries: number;
}

export class BenchUsageError extends Error {}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let runs: number | undefined;
  let quick = false;
  let json = false;
  let keep = false;
  let size: number | undefined;
  let big: number | undefined;
  let only: SuiteName[] = [...SUITES];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new BenchUsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') quick = true;
    else if (a === '--json') json = true;
    else if (a === '--keep') keep = true;
    else if (a === '--runs') runs = positive(a, value());
    else if (a === '--size') size = positive(a, value());
    else if (a === '--big') big = positive(a, value());
    else if (a === '--only') {
      only = value()
        .split(',')
        .map((s) => {
          if (!(SUITES as readonly string[]).includes(s))
            throw new BenchUsageError(`unknown suite '${s}' (${SUITES.join(', ')})`);
          return s as SuiteName;
        });
    } else
      throw new BenchUsageError(
        `unknown option '${a}' (--runs N, --quick, --json, --only ${SUITES.join(',')}, --size MB, --big MB, --keep)`,
      );
  }
  return {
    runs: runs ?? (quick ? 1 : 5),
    quick,
    json,
    keep,
    only: new Set(only),
    inputBytes: (size ?? (quick ? 10 : 100)) * 1_000_000,
    bigBytes: (big ?? (quick ? 20 : 1000)) * 1_000_000,
    batchFiles: quick ? 500 : 5000,
    replayEntries: quick ? 1000 : 10_000,
  };
}

function positive(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new BenchUsageError(`${flag} wants a positive integer, got '${v}'`);
  return n;
}
