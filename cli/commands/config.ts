/**
 * `qspec config` (also `qspec --print-config`): the effective settings in the working directory,
 * each with where it came from: a position in the config file, or qspec's built-in default.
 */
import { formatLocation } from '../../generator/diagnostics.js';
import type { EffectiveSetting } from '../../generator/load/config-settings.js';
import type { Command } from '../command.js';
import { loadEffectiveConfig } from '../config-defaults.js';
import { choiceOption, parseOptions } from '../parse-options.js';
import { shownPath } from '../shown-path.js';

const HELP = `Usage: qspec config [--format text|json]
       qspec --print-config

Prints the settings qspec uses in this folder and where each comes from: the config file (with
its line and column) or the built-in default. A flag given to a command overrides both.

The config file is the nearest of, from the current folder upward (to your home folder):
  qspec.config.json, qspec.config.yaml, qspec.config.yml, qspec.config.mjs, qspec.config.js,
  or a "qspec" key in package.json
One folder may hold only one of these files. Relative paths are relative to the config file's
folder. A .mjs/.js config is JavaScript: qspec runs it to read it (its default export), so only
use one you would run yourself. JSON and YAML configs are data; they are read up to 256 KiB.
'qspec init' writes a starter qspec.config.json.

Settings (JSON / YAML keys; the flag each is the default of):
  specs                      --specs            spec folder (default specs)
  out                        generate --out     output folder (default generated)
  templates                  generate --templates   templates overriding the built-in ones
  emit                       generate --emit    ts | js (default ts)
  conformance.reporter       conformance --reporter   text | json | junit | html
  conformance.output         conformance --output     report file (default: standard output)
  conformance.knownFailures  conformance/learn --known-failures   skip list with reasons
  mock.port                  mock --port        port number (default 8080; 0: a free one)
  diff.config                diff/notes --config    severity overrides and ignores (YAML)
  diff.failOn                diff --fail-on     breaking | warning | info | none
Unknown keys and wrong values are errors (file:line:column: error ConfigUnknownKey: ...).

Example qspec.config.json:
  { "specs": "qualys-specs", "out": "src/qualys", "emit": "ts",
    "conformance": { "reporter": "html", "output": "reports/conformance.html" },
    "mock": { "port": 8081 } }

Options:
  --format F   text (default) or json
  -h, --help   this text

Exit codes: 0 ok, 2 the config file is invalid or unreadable.
`;

export const configCommand: Command = {
  name: 'config',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('config', argv, { format: { type: 'string' } });
    if (positionals.length > 0) {
      io.stderr(`qspec config: unexpected argument '${positionals[0]}' (see 'qspec config --help')\n`);
      return 2;
    }
    const format = choiceOption('config', values, 'format', ['text', 'json'] as const, 'text');
    const config = await loadEffectiveConfig(io.cwd);
    const file = config.file === undefined ? undefined : shownPath(io.cwd, config.file);
    const shown = (s: EffectiveSetting) =>
      s.value === undefined
        ? undefined
        : s.spec.kind === 'path' && s.from !== undefined
          ? shownPath(io.cwd, String(s.value))
          : s.value;
    const source = (s: EffectiveSetting) =>
      s.from === undefined ? 'default' : formatLocation({ ...s.from, file: file ?? '' });
    if (format === 'json') {
      const settings: Record<string, unknown> = {};
      for (const s of config.settings) settings[s.spec.key] = { value: shown(s) ?? null, source: source(s) };
      io.stdout(`${JSON.stringify({ file: file ?? null, settings }, null, 2)}\n`);
      return 0;
    }
    const rows = config.settings.map((s) => [
      s.spec.key,
      String(shown(s) ?? `(${s.spec.defaultText ?? 'none'})`),
      source(s),
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    const lines = [
      file === undefined ? 'config file: none (built-in defaults; qspec init writes one)' : `config file: ${file}`,
      ...rows.map(([k, v, s]) => `  ${k!.padEnd(w0)}  ${v!.padEnd(w1)}  ${s}`),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
