/**
 * `qspec notes check NOTES --base BASE --rev REV`: reconciles a Qualys release note with the
 * diff of the specs before and after the release; exit 0 when they agree, 1 when they do not.
 *
 * @see docs/json-output.md (notes check report), generator/notes/check-release-note.ts
 */

import { loadDiffConfig } from '../../generator/diff/run-diff.js';
import { UsageError } from '../../generator/errors.js';
import { formatNotesJson, formatNotesText } from '../../generator/notes/format-notes-report.js';
import { runNotesCheck } from '../../generator/notes/run-notes-check.js';
import type { Command } from '../command.js';
import { choiceOption, parseOptions, stringOption } from '../parse-options.js';

const HELP = `Usage: qspec notes check NOTES_FILE --base BASE --rev REV [options]

Reads a release note as Qualys publishes it (PDF-extracted text: words and URLs broken across
lines, OCR damage, "API affected" blocks, "New or Updated API", "DTD or XSD changes Yes/No",
parameter tables, XSD/DTD excerpts, quoted names) and reconciles it with 'qspec diff BASE REV':

  unannounced-change    a change in the diff that the note never mentions (named)
  announced-not-found   a change the note claims (new element, parameter, value, endpoint)
                        that is not in the diff (named, with the note's line)
  unknown-endpoint      an "API affected" path that matches no spec endpoint path or alias
  schema-flag-mismatch  "DTD or XSD changes No" with an XSD/DTD change in the diff, or Yes without
  contradiction         the note contradicts itself ("API affected" vs its sample request, an
                        XSD excerpt vs the sample payloads); reported as a warning

BASE and REV: a spec folder, a single schema file or a git ref (see 'qspec diff --help'). A
bare git ref (HEAD~1) means that commit's spec folder (--specs). When BASE or REV is a single
schema file (the XSD Qualys publishes beside the note), "API affected" paths are looked up in the
spec folder (--specs); if there is none, they are reported as not checked (a warning each).

Options:
  --base BASE      the specs before the release (required)
  --rev REV        the specs after the release (required)
  --format F       text (default) or json
  --config FILE    diff config (severity overrides, ignores with a reason; default: the qspec
                   config file's diff.config)
  --specs DIR      spec folder (default: specs, or the qspec config file's specs)
  -h, --help       this text

Exit codes: 0 note and diff agree, 1 they disagree, 2 usage or input error.

Examples:
  qspec notes check release-notes.txt --base specs-before --rev specs
  qspec notes check release-notes.txt --base HEAD~1 --rev HEAD --format json
  qspec notes check note.txt --base old/finding.xsd --rev new/finding.xsd --specs specs
`;

export const notesCommand: Command = {
  name: 'notes',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('notes', argv, {
      base: { type: 'string' },
      rev: { type: 'string' },
      format: { type: 'string' },
      config: { type: 'string' },
      specs: { type: 'string' },
    });
    const [sub, note, ...extra] = positionals;
    if (sub !== 'check')
      throw new UsageError(`qspec notes: expected 'check' (got '${sub ?? ''}'); see 'qspec notes --help'`);
    if (note === undefined || extra.length > 0)
      throw new UsageError("qspec notes check: expected one NOTES_FILE; see 'qspec notes --help'");
    const base = stringOption(values, 'base');
    const rev = stringOption(values, 'rev');
    if (base === undefined || rev === undefined)
      throw new UsageError("qspec notes check: --base and --rev are required; see 'qspec notes --help'");
    const format = choiceOption('notes', values, 'format', ['text', 'json'] as const, 'text');
    const config = await loadDiffConfig(stringOption(values, 'config'), io.cwd);
    const report = await runNotesCheck(note, base, rev, io.cwd, config, undefined, stringOption(values, 'specs'));
    io.stdout(format === 'json' ? formatNotesJson(report) : formatNotesText(report));
    return report.agree ? 0 : 1;
  },
};
