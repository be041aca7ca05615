/**
 * `qspec generate [--specs DIR] [--out DIR] [--check]`: regenerates `generated/` from `specs/`
 * (atomically), or with `--check` reports drift and exits 1 when `generated/` is stale.
 */
import path from 'node:path';
import { createContext } from '../../context.js';
import { formatDiagnostic } from '../../diagnostics.js';
import { generate } from '../../generate.js';
import { hasDrift } from '../../write/write-output.js';
import type { Command } from '../command.js';
import { parseOptions, stringOption } from '../parse-options.js';

export const generateCommand: Command = {
  name: 'generate',
  help: `Usage: qspec generate [--specs DIR] [--out DIR] [--check]

Reads every endpoint spec, schema and example under --specs, and writes the typed client,
types, validators and JSON Schemas to --out. The output is deterministic (byte-identical across
runs) and written atomically: a failed run leaves the output folder as it was.

Options:
  --specs DIR   spec folder (default: specs)
  --out DIR     output folder (default: generated)
  --check       write nothing; exit 1 if the output folder differs from what would be generated
  -h, --help    show this help

Examples:
  qspec generate
  qspec generate --check          # in CI: fail when generated/ is stale
  qspec generate --specs my-specs --out /tmp/out

Exit codes: 0 ok, 1 drift (with --check), 2 a spec or schema error (one located line each).
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions('generate', argv, {
      specs: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean' },
    });
    if (positionals.length) {
      io.stderr(`qspec generate: unexpected argument '${positionals[0]}' (see 'qspec generate --help')\n`);
      return 2;
    }
    const ctx = createContext({ cwd: io.cwd, specs: stringOption(values, 'specs'), out: stringOption(values, 'out') });
    const started = performance.now();
    const check = values.check === true;
    const result = await generate(ctx, { check });
    for (const w of result.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
    const rel = path.relative(io.cwd, ctx.outDir) || '.';
    const ms = Math.round(performance.now() - started);
    const summary = `${result.doc.endpoints.length} endpoints, ${result.doc.schemas.length} schemas, ${result.files.length} files`;
    if (check) {
      const drift = result.drift!;
      if (!hasDrift(drift)) {
        io.stdout(`${rel}/ is up to date (${summary}, ${ms} ms)\n`);
        return 0;
      }
      const lines = [
        ...drift.added.map((f) => `  missing   ${rel}/${f}`),
        ...drift.changed.map((f) => `  changed   ${rel}/${f}`),
        ...drift.removed.map((f) => `  stale     ${rel}/${f}`),
      ];
      const shown = lines.slice(0, 20);
      if (lines.length > shown.length) shown.push(`  ... and ${lines.length - shown.length} more`);
      io.stderr(
        `${rel}/ is out of date with specs/ (${lines.length} files differ):\n${shown.join('\n')}\nRun 'npm run generate' and commit the result.\n`,
      );
      return 1;
    }
    io.stdout(`generated ${rel}/ from ${path.relative(io.cwd, ctx.specsDir) || '.'}/: ${summary} in ${ms} ms\n`);
    return 0;
  },
};
