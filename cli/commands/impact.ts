/**
 * `qspec impact BASE REV --project DIR`: the lines of a TypeScript project that a spec change
 * breaks — every reference to a generated type, property or enum value that the diff from BASE to
 * REV removes, retypes or makes optional. ts-morph is loaded only by this command.
 *
 * @see docs/decisions/0008-learn-and-impact.md
 */

import { UsageError } from '../../generator/errors.js';
import { formatImpactGithub, formatImpactJson, formatImpactText } from '../../generator/impact/format-impact.js';
import { runImpact } from '../../generator/impact/run-impact.js';
import type { Command } from '../command.js';
import { choiceOption, parseOptions, stringOption } from '../parse-options.js';

const HELP = `Usage: qspec impact BASE REV --project DIR [options]

Runs the diff engine from BASE to REV (spec folders or git refs, as 'qspec diff' takes them),
then loads your TypeScript project (through ts-morph, with its tsconfig) and prints every
reference to a generated type, property, client method or enum value the change removes,
renames, retypes or makes optional — matched by symbol through the type checker, not by name:
  file:line:column rule-id message

Options:
  --project DIR    the TypeScript project that uses the generated code (required)
  --tsconfig FILE  its tsconfig (default: DIR/tsconfig.json, else every .ts file of DIR)
  --format F       text (default), json, github (workflow annotations ::error file=…,line=…::…)
  -h, --help       this text

Exit codes: 0 no use found, 1 a breaking use found, 2 usage or input error.

Examples:
  qspec impact main:specs specs --project ../my-app
  qspec impact HEAD~1 HEAD:specs --project . --tsconfig tsconfig.build.json --format github
`;

export const impactCommand: Command = {
  name: 'impact',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('impact', argv, {
      project: { type: 'string' },
      tsconfig: { type: 'string' },
      format: { type: 'string' },
    });
    const format = choiceOption('impact', values, 'format', ['text', 'json', 'github'] as const, 'text');
    if (positionals.length !== 2)
      throw new UsageError(
        `qspec impact: expected BASE and REV (got ${positionals.length} argument(s)); see 'qspec impact --help'`,
      );
    const project = stringOption(values, 'project');
    if (project === undefined)
      throw new UsageError("qspec impact: --project DIR is required (see 'qspec impact --help')");
    const tsconfig = stringOption(values, 'tsconfig');
    const run = await runImpact({
      base: positionals[0]!,
      rev: positionals[1]!,
      cwd: io.cwd,
      project,
      ...(tsconfig !== undefined ? { tsconfig } : {}),
    });
    io.stdout(
      format === 'json' ? formatImpactJson(run) : format === 'github' ? formatImpactGithub(run) : formatImpactText(run),
    );
    return run.uses.length > 0 ? 1 : 0;
  },
};
