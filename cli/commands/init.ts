/**
 * `qspec init`: starts using qspec in the current project. Writes `qspec.config.json` (or
 * `.yaml`), a starter spec folder when the folder does not exist yet, and npm scripts in an
 * existing package.json. Never overwrites a file: an existing config file is refused (exit 2,
 * naming it) before anything is written; an existing spec folder and existing scripts are kept.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../generator/errors.js';
import { CONFIG_FILE_NAMES, MAX_PACKAGE_JSON_BYTES } from '../../generator/load/config-file.js';
import { readRegularFile } from '../../generator/load/regular-file.js';
import type { Command } from '../command.js';
import { STARTER_SCRIPTS, starterConfig, starterSpecFiles } from '../init-starter.js';
import { choiceOption, parseOptions, stringOption } from '../parse-options.js';
import { shownPath } from '../shown-path.js';

const HELP = `Usage: qspec init [--format json|yaml] [--specs DIR] [--out DIR]

Sets up qspec in the current folder:
  qspec.config.json    the settings (spec folder, output folder, ...; 'qspec config --help')
  specs/               a starter spec folder, if DIR does not exist yet: platforms.yaml (the
                       Qualys platforms) and one endpoint (platform.portal.version) with its
                       XSD and an example response
  package.json         scripts qspec:generate, qspec:check and qspec:conformance, if there is
                       a package.json and it has no script of that name

Nothing is overwritten: if a qspec config file (or a "qspec" key in package.json) is already
here, qspec init stops and names it, writing nothing.

Options:
  --format F   json (default) or yaml: qspec.config.json or qspec.config.yaml
  --specs DIR  spec folder (default: specs)
  --out DIR    output folder for the generated client (default: src/qualys)
  -h, --help   this text

Exit codes: 0 written, 2 a config already exists or a file could not be written.

Example:
  npm install --save-dev qspec && npx qspec init && npx qspec generate
`;

export const initCommand: Command = {
  name: 'init',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('init', argv, {
      format: { type: 'string' },
      specs: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length > 0) {
      io.stderr(`qspec init: unexpected argument '${positionals[0]}' (see 'qspec init --help')\n`);
      return 2;
    }
    const format = choiceOption('init', values, 'format', ['json', 'yaml'] as const, 'json');
    const specs = stringOption(values, 'specs') ?? 'specs';
    const out = stringOption(values, 'out') ?? path.join('src', 'qualys');
    const cwd = io.cwd;
    const existing: string[] = CONFIG_FILE_NAMES.filter((n) => existsSync(path.join(cwd, n)));
    const pkgFile = path.join(cwd, 'package.json');
    const pkg = existsSync(pkgFile) ? await readPackageJson(pkgFile) : undefined;
    if (pkg !== undefined && pkg.data.qspec !== undefined) existing.push('package.json');
    if (existing.length > 0) {
      const what = existing.map((n) => (n === 'package.json' ? 'package.json ("qspec" key)' : n)).join(', ');
      io.stderr(`qspec init: ${what} already exists; nothing written (see 'qspec config' for the settings in use)\n`);
      return 2;
    }
    const written: string[] = [];
    const configName = format === 'json' ? 'qspec.config.json' : 'qspec.config.yaml';
    const specsDir = path.resolve(cwd, specs);
    const portable = (p: string) => p.split(path.sep).join('/');
    await writeFile(path.join(cwd, configName), starterConfig(format, portable(specs), portable(out)), { flag: 'wx' });
    written.push(configName);
    if (existsSync(specsDir)) {
      io.stderr(`note: ${shownPath(cwd, specsDir)}/ exists; left as it is (no starter specs written)\n`);
    } else {
      for (const [rel, text] of Object.entries(starterSpecFiles())) {
        const file = path.join(specsDir, rel);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text, { flag: 'wx' });
      }
      written.push(`${shownPath(cwd, specsDir)}/ (platforms.yaml, am/portal.yaml, its schema and an example)`);
    }
    let scripts = 'no package.json here: no npm scripts added (run npm init, then add them by hand)';
    if (pkg !== undefined) {
      const current = (pkg.data.scripts ?? {}) as Record<string, unknown>;
      const added = Object.keys(STARTER_SCRIPTS).filter((k) => current[k] === undefined);
      if (added.length > 0) {
        pkg.data.scripts = { ...current, ...Object.fromEntries(added.map((k) => [k, STARTER_SCRIPTS[k]])) };
        await writeFile(pkgFile, `${JSON.stringify(pkg.data, null, pkg.indent)}\n`);
        written.push(`package.json (scripts ${added.join(', ')})`);
      }
      const kept = Object.keys(STARTER_SCRIPTS).filter((k) => !added.includes(k));
      scripts = kept.length > 0 ? `package.json already has script(s) ${kept.join(', ')}: kept` : '';
    }
    const lines = [
      ...written.map((w) => `wrote ${w}`),
      ...(scripts ? [`note: ${scripts}`] : []),
      '',
      'Next steps:',
      `  npx qspec generate            # typed client from ${portable(specs)}/ into ${portable(out)}/`,
      '  npx qspec mock --port 0       # serve the specs from a local mock server',
      '  npx qspec conformance         # check the client against the mock',
      '  npx qspec config              # the settings in use and where each comes from',
      'Add endpoints beside the starter one (docs: the qspec README, "Use it in your project").',
      '',
    ];
    io.stdout(lines.join('\n'));
    return 0;
  },
};

async function readPackageJson(file: string): Promise<{ data: Record<string, unknown>; indent: string | number }> {
  let text: string;
  let data: unknown;
  try {
    text = readRegularFile(file, MAX_PACKAGE_JSON_BYTES).toString('utf8');
    data = JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`qspec init: package.json: ${(e as Error).message}; nothing written`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError('qspec init: package.json is not a JSON object; nothing written');
  return { data: data as Record<string, unknown>, indent: indentOf(text) };
}

/** The indentation of the second line of a JSON text (how npm wrote it), else 2 spaces. */
function indentOf(text: string): string | number {
  const nl = text.indexOf('\n');
  let end = nl + 1;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end += 1;
  return nl >= 0 && end > nl + 1 ? text.slice(nl + 1, end) : 2;
}
