/**
 * `qspec diff BASE REV`: schema-aware change detection between two spec states (folders,
 * single schema files or git refs), on the IR. Prints text, markdown (Qualys release-note
 * layout), JSON or JUnit; `--fail-on` decides the exit code; `--list-rules` prints the rules.
 *
 * @see docs/diff-rules.md, docs/json-output.md
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { failsThreshold } from '../../generator/diff/report/build-diff-report.js';
import { formatDiffJson } from '../../generator/diff/report/format-diff-json.js';
import { formatDiffJunit } from '../../generator/diff/report/format-diff-junit.js';
import { formatDiffMarkdown } from '../../generator/diff/report/format-diff-markdown.js';
import { formatDiffText } from '../../generator/diff/report/format-diff-text.js';
import { diffRules } from '../../generator/diff/rules/diff-rules.js';
import { loadDiffConfig, runDiff } from '../../generator/diff/run-diff.js';
import { UsageError } from '../../generator/errors.js';
import type { Command } from '../command.js';
import { choiceOption, parseOptions, stringOption } from '../parse-options.js';

const HELP = `Usage: qspec diff BASE REV [options]
       qspec diff --list-rules

Compares two states of the specs on the IR (never on text): XSD and DTD changes are judged by
the same rules, and reordering or reformatting is not a change. Every finding has a stable rule
id, a severity (breaking, warning, info), a direction (request or response), the affected
endpoints and the location in base and revision.

BASE and REV are each one of:
  a spec folder           specs/, test/fixtures/releases/000_13f8be984dbb1e06/base
  a single schema file    old/finding.xsd, schedule_scan_list_output.dtd, asset.schema.json
  a git ref               HEAD~1 (its spec folder: --specs, default specs), main:specs,
                          v1.2.0:specs/was/schemas/finding.xsd

Options:
  --format F       text (default), markdown (Qualys release-note layout), json, junit
  --fail-on S      exit 1 when a finding reaches S: breaking (default), warning, info, none
  --config FILE    severity overrides and ignores (YAML):
                     severity: { enum-value-added: breaking }
                     ignore: [{ rule: element-removed, path: HostAsset/ipv6, reason: "never sent" }]
                   (an ignore needs rule, one of location|endpoint|path, and a reason)
  --output FILE    write the report to FILE instead of stdout
  --specs DIR      the spec folder a bare git ref stands for (default: specs, or the config's)
  --list-rules     print every rule id with its severities and exit
  -h, --help       this text

--specs, --config and --fail-on default to the qspec config file's specs, diff.config and
diff.failOn ('qspec config').

Exit codes: 0 no finding at the --fail-on level, 1 a finding reached it, 2 usage or input error.

Examples:
  qspec diff HEAD~1 HEAD:specs
  qspec diff main:specs specs --format markdown --output CHANGES.md
  qspec diff old/finding.xsd specs/was/schemas/finding.xsd --fail-on warning
  qspec diff specs-2023 specs --format junit --output diff.xml --config qspec-diff.yaml
`;

export function formatRuleList(): string {
  const width = Math.max(...diffRules.map((r) => r.id.length));
  const lines = diffRules.map((r) => {
    const sev =
      r.severity.request === r.severity.response
        ? r.severity.request
        : `request ${r.severity.request}, response ${r.severity.response}`;
    return `${r.id.padEnd(width)}  ${sev.padEnd(36)}  ${r.summary}`;
  });
  return `${lines.join('\n')}\n`;
}

export const diffCommand: Command = {
  name: 'diff',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('diff', argv, {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      output: { type: 'string' },
      specs: { type: 'string' },
      'list-rules': { type: 'boolean' },
    });
    if (values['list-rules'] === true) {
      io.stdout(formatRuleList());
      return 0;
    }
    const format = choiceOption('diff', values, 'format', ['text', 'markdown', 'json', 'junit'] as const, 'text');
    const failOn = choiceOption(
      'diff',
      values,
      'fail-on',
      ['breaking', 'warning', 'info', 'none'] as const,
      'breaking',
    );
    if (positionals.length !== 2) {
      throw new UsageError(
        `qspec diff: expected BASE and REV (got ${positionals.length} argument(s)); see 'qspec diff --help'`,
      );
    }
    const config = await loadDiffConfig(stringOption(values, 'config'), io.cwd);
    const run = await runDiff(positionals[0]!, positionals[1]!, io.cwd, config, stringOption(values, 'specs'));
    const text =
      format === 'json'
        ? formatDiffJson(run.report)
        : format === 'markdown'
          ? formatDiffMarkdown(run.report, run.endpoints)
          : format === 'junit'
            ? formatDiffJunit(run.report, failOn)
            : formatDiffText(run.report);
    const output = stringOption(values, 'output');
    if (output !== undefined) await writeFile(path.resolve(io.cwd, output), text);
    else io.stdout(text);
    return failsThreshold(run.report, failOn) ? 1 : 0;
  },
};
