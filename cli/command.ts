/**
 * The shape of one `qspec` sub-command. Commands parse their own options (node:util parseArgs),
 * write through `io` (never console directly, so tests can capture output), and return the exit
 * code: 0 ok, 1 check failed (invalid, drift, breaking change, disagreement), 2 usage or input
 * error. Commands never call process.exit; `cli/main.ts` owns that.
 *
 * @see README.md (commands, exit codes); CONTRIBUTING.md (adding a command)
 */

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Working directory against which relative paths are resolved. */
  readonly cwd: string;
  /** True when stdout is a terminal (progress bars, colours). */
  readonly isTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface Command {
  readonly name: string;
  /** Full `--help` text: usage line, options, examples. */
  readonly help: string;
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

/**
 * What `qspec --help` lists about a command without loading it: its name, one summary line and
 * how to import the module (so `qspec validate` never evaluates the generator, diff or mock code).
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for `qspec --help`. */
  readonly summary: string;
  load(): Promise<Command>;
}
