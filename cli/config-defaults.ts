/**
 * The config file as defaults of command-line flags: the settings the nearest qspec config sets
 * become flags placed before the user's own (`--specs=myspecs`), so the command parses them
 * like any flag and a flag given on the command line, coming later, wins. Commands that take no
 * setting never look for a config file.
 */
import { findConfig } from '../generator/load/config-file.js';
import { configFlags, type EffectiveConfig, resolveConfig, SETTINGS } from '../generator/load/config-settings.js';

/** Commands that take at least one setting from the config file. */
export const CONFIG_COMMANDS: ReadonlySet<string> = new Set(SETTINGS.flatMap((s) => Object.keys(s.flags)));

/** The effective config for a working directory (built-in defaults when there is no file). */
export async function loadEffectiveConfig(cwd: string): Promise<EffectiveConfig> {
  return resolveConfig(await findConfig(cwd));
}

/** `argv` with the config's flags for `command` in front. */
export async function withConfigFlags(command: string, argv: readonly string[], cwd: string): Promise<string[]> {
  if (!CONFIG_COMMANDS.has(command)) return [...argv];
  return [...configFlags(await loadEffectiveConfig(cwd), command, cwd), ...argv];
}
