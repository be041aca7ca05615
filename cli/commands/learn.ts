/**
 * `qspec learn RECORDING...`: replays HAR / VCR recordings against the specs and, for every
 * response that fails schema validation, proposes the smallest schema change that makes all
 * observed responses valid (new optional element or attribute, new enum value, relaxed
 * cardinality, widened type), each with its evidence and the `qspec diff` rule it triggers.
 * `--write` edits the schema files in place (minimal text edits).
 *
 * @see docs/decisions/0008-learn-and-impact.md
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatLearnJson, formatLearnMarkdown, formatLearnText } from '../../conformance/learn/format-learn-report.js';
import { runLearn } from '../../conformance/learn/run-learn.js';
import { loadKnownFailures } from '../../conformance/runner/known-failures.js';
import { createContext, REPO_ROOT } from '../../generator/context.js';
import { UsageError } from '../../generator/errors.js';
import type { Command } from '../command.js';
import { choiceOption, parseOptions, stringOption } from '../parse-options.js';

const HELP = `Usage: qspec learn RECORDING... [options]

Replays recordings (HAR files, VCR cassettes, or folders of them) against the specs. For each
response that fails schema validation it infers the smallest schema change that makes every
observed response valid, across XSD, DTD and JSON Schema:
  - a new element, optional, placed in the content model after the declared sibling that
    precedes it in the responses (inside xs:sequence / xs:all, or the DTD content model)
  - a new attribute (optional), a new enumeration value
  - a new JSON property (where additionalProperties is false), a JSON enum value
  - a relaxed cardinality (maxOccurs unbounded / minOccurs 0, DTD ? * +)
  - a widened simple type (to string) where a value is outside its primitive type
Each proposal names the schema location, the qspec diff rule it will trigger, and its evidence:
recording#entry, the path in the response, and how many responses show it.

Options:
  --specs DIR            spec folder (default: specs, or the qspec config's specs)
  --known-failures FILE  cases not learned from (default: conformance.knownFailures of the
                         qspec config, else qspec's conformance/known-failures.yaml)
  --write                edit the schema files in place (minimal text edits; formatting and
                         comments kept), then replay again and report what still fails
  --format F             text (default), json, markdown
  -h, --help             this text

Exit codes: 0 nothing to learn, 1 proposals (or written), 2 usage or input error.

Examples:
  qspec learn recordings/
  qspec learn session.har --specs specs --format markdown
  qspec learn recordings/ --write && qspec diff HEAD:specs specs
`;

export const learnCommand: Command = {
  name: 'learn',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('learn', argv, {
      specs: { type: 'string' },
      write: { type: 'boolean' },
      format: { type: 'string' },
      'known-failures': { type: 'string' },
    });
    const format = choiceOption('learn', values, 'format', ['text', 'json', 'markdown'] as const, 'text');
    if (positionals.length === 0)
      throw new UsageError("qspec learn: expected at least one RECORDING (see 'qspec learn --help')");
    const ctx = createContext({ cwd: io.cwd, specs: stringOption(values, 'specs') });
    const inputs = positionals.map((p) => path.resolve(io.cwd, p));
    const kfArg = stringOption(values, 'known-failures');
    const kfFile = kfArg ? path.resolve(io.cwd, kfArg) : path.join(REPO_ROOT, 'conformance', 'known-failures.yaml');
    if (kfArg && !existsSync(kfFile)) throw new UsageError(`qspec learn: ${kfArg}: no such known-failures file`);
    for (const input of inputs)
      if (!existsSync(input)) throw new UsageError(`qspec learn: ${input}: no such file or folder`);
    const knownFailures = await loadKnownFailures(kfFile);
    const run = await runLearn({ specsDir: ctx.specsDir, inputs, write: values.write === true, knownFailures });
    io.stdout(
      format === 'json'
        ? formatLearnJson(run)
        : format === 'markdown'
          ? formatLearnMarkdown(run)
          : formatLearnText(run),
    );
    return run.proposals.length > 0 ? 1 : 0;
  },
};
