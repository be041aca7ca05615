/**
 * `qspec` command line: argv → one sub-command. The only place that decides exit codes for the
 * process (bin/qspec.js sets process.exitCode from `main`'s result). Every user error becomes one
 * line on stderr and exit 2; a located diagnostic prints its file:line:column; a bug prints a short
 * message plus a hint to rerun with QSPEC_DEBUG=1 for the stack.
 *
 * @see README.md (commands, exit codes); CONTRIBUTING.md (adding a command)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../generator/context.js';
import { formatDiagnostic, isDiagnosticError } from '../generator/diagnostics.js';
import { UsageError } from '../generator/errors.js';
import type { CommandEntry, CommandIo } from './command.js';
import { commands } from './commands/index.js';
import { withConfigFlags } from './config-defaults.js';
import { relativeDiagnostic } from './shown-path.js';

/** The `version` of qspec's package.json (read when asked, so it is never out of step). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

export function defaultIo(): CommandIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

function topHelp(list: readonly CommandEntry[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'qspec: typed clients, validators and conformance checks for the Qualys APIs, from a spec folder.',
    '',
    'Usage: qspec <command> [options]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'qspec help <command>' (or 'qspec <command> --help') for a command's options and examples.",
    "'qspec --version' (-v, -V, version) prints qspec's version; 'qspec --print-config' the settings in use.",
    'Settings come from the nearest qspec.config.{json,yaml,yml,mjs,js} (or "qspec" in package.json);',
    "flags override them ('qspec config --help').",
    'Exit codes: 0 ok, 1 check failed, 2 usage or input error.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CommandIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest[0] !== undefined) return main([rest[0], '--help'], io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === '-V' || name === 'version') {
    io.stdout(`qspec ${packageVersion()}\n`);
    return 0;
  }
  if (name === '--print-config') return main(['config', ...rest], io);
  const entry = commands.find((c) => c.name === name);
  if (entry === undefined) {
    io.stderr(`qspec: unknown command '${name}' (commands: ${commands.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
      return 0;
    }
    return await command.run(await withConfigFlags(name, rest, io.cwd), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (isDiagnosticError(e)) {
      io.stderr(`${e.diagnostics.map((d) => formatDiagnostic(relativeDiagnostic(io.cwd, d))).join('\n')}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && typeof err.path === 'string') {
      io.stderr(`qspec ${name}: ${err.path}: ${err.code === 'ENOENT' ? 'no such file or directory' : err.message}\n`);
      return 2;
    }
    io.stderr(`qspec ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (io.env.QSPEC_DEBUG) io.stderr(`${(e as Error)?.stack ?? ''}\n`);
    else io.stderr('(this is a bug in qspec; rerun with QSPEC_DEBUG=1 for the stack trace)\n');
    return 2;
  }
}
