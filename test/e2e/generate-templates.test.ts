/**
 * `qspec generate --templates DIR` as a real process in a temp project: a template in DIR replaces
 * the built-in one of the same name and changes the output exactly where it differs (the rest of
 * generated/ stays byte-identical), and the result still compiles under strict `tsc`. An unknown
 * template name, a template with a syntax error and one that uses a field its context lacks each
 * stop the run with exit 2 and one line naming the file (and line, column), leaving the output
 * folder as it was.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin', 'qspec.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'specs-mini');
const BUILTIN = path.join(REPO, 'templates');
// A few CLI processes and one tsc run on a loaded 2-core machine; the limit only guards a hang.
const SLOW = 240_000;

let root: string;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function qspec(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const { QSPEC_DEBUG: _ignored, ...env } = process.env;
    execFile(
      process.execPath,
      [BIN, 'generate', ...args],
      { cwd: root, env, encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

/** Every file under `dir` (relative POSIX path → content). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, abs).split(path.sep).join('/'), await readFile(abs, 'utf8'));
  }
  return out;
}

async function templateDir(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return name;
}

let baseline: Map<string, string>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qspec-templates-'));
  await cp(FIXTURE, path.join(root, 'specs'), { recursive: true });
  const r = await qspec(['--out', 'base']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  baseline = await snapshot(path.join(root, 'base'));
}, SLOW);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('qspec generate --templates', () => {
  it(
    'an overriding template changes only its own output, which still compiles under strict tsc',
    async () => {
      const index = await readFile(path.join(BUILTIN, 'index.ts.hbs'), 'utf8');
      const client = await readFile(path.join(BUILTIN, 'module-client.ts.hbs'), 'utf8');
      expect(index).toContain('{{header}}\n');
      expect(client).toContain('/** Typed client of the `{{module}}` module');
      const dir = await templateDir('custom-templates', {
        'index.ts.hbs': index.replace('{{header}}\n', '{{header}}\n// Acme build of the Qualys client.\n'),
        'module-client.ts.hbs': client.replace(
          '/** Typed client of the `{{module}}` module',
          '/** Acme client of the `{{module}}` module',
        ),
        'README.md': 'not a template: ignored\n',
      });
      const r = await qspec(['--out', 'custom', '--templates', dir]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const custom = await snapshot(path.join(root, 'custom'));
      expect([...custom.keys()].sort()).toEqual([...baseline.keys()].sort());
      const changed = [...custom.keys()].filter((f) => custom.get(f) !== baseline.get(f)).sort();
      expect(changed).toEqual(['.qspec-manifest.json', 'index.ts', 'pci/client.ts', 'vm/client.ts', 'was/client.ts']);
      const lines = baseline.get('index.ts')!.split('\n');
      lines.splice(1, 0, '// Acme build of the Qualys client.');
      expect(custom.get('index.ts')).toBe(lines.join('\n'));
      for (const m of ['pci', 'vm', 'was']) {
        const file = `${m}/client.ts`;
        expect(custom.get(file)).toBe(
          baseline
            .get(file)!
            .replace(`/** Typed client of the \`${m}\` module`, `/** Acme client of the \`${m}\` module`),
        );
        expect(custom.get(file)).not.toBe(baseline.get(file));
      }

      const tsconfig = {
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noUncheckedIndexedAccess: true,
          noImplicitOverride: true,
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
          typeRoots: [path.join(REPO, 'node_modules', '@types')],
        },
        include: ['custom/**/*.ts'],
      };
      // The generated code imports its runtime dependencies (ajv, fast-xml-parser): the project's.
      await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
      await writeFile(path.join(root, 'package.json'), '{ "type": "module", "private": true }\n');
      await writeFile(path.join(root, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
      const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
      const t = spawnSync(process.execPath, [tsc, '-p', root, '--pretty', 'false'], { encoding: 'utf8' });
      expect(t.stdout + t.stderr).toBe('');
      expect(t.status).toBe(0);
    },
    SLOW,
  );

  it(
    'an unknown template name is a usage error naming the known templates',
    async () => {
      const dir = await templateDir('unknown-name', { 'client.ts.hbs': '{{header}}\n' });
      const r = await qspec(['--out', 'base', '--templates', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        "qspec generate: --templates unknown-name: unknown template 'client.ts.hbs' (known: endpoints.ts.hbs, index.ts.hbs, json-validator.d.ts.hbs, module-client.ts.hbs, platforms.ts.hbs, schema-module.ts.hbs, schema-registry.ts.hbs)\n",
      );
      expect(await snapshot(path.join(root, 'base'))).toEqual(baseline);
    },
    SLOW,
  );

  it(
    'a template syntax error is one line naming file and line; the output folder stays as it was',
    async () => {
      const dir = await templateDir('syntax-error', {
        'platforms.ts.hbs': '{{header}}\n{{#each platforms}}\n{{key}}\n',
      });
      const r = await qspec(['--out', 'base', '--templates', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^syntax-error\/platforms\.ts\.hbs:4: template syntax error: Expecting [^\n]*\n$/);
      expect(await snapshot(path.join(root, 'base'))).toEqual(baseline);
    },
    SLOW,
  );

  it(
    'a field the context lacks is one line naming file, line and column, even in an #if',
    async () => {
      const index = await readFile(path.join(BUILTIN, 'index.ts.hbs'), 'utf8');
      const lines = index.split('\n');
      const at = lines.indexOf('{{header}}') + 1;
      lines.splice(at, 0, '{{#if banner}}// {{banner}}{{/if}}');
      const dir = await templateDir('unknown-field', { 'index.ts.hbs': lines.join('\n') });
      const r = await qspec(['--out', 'base', '--templates', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `unknown-field/index.ts.hbs:${at + 1}:7: unknown field 'banner' in the index.ts context (docs/templates.md lists the fields)\n`,
      );
      expect(await snapshot(path.join(root, 'base'))).toEqual(baseline);
    },
    SLOW,
  );
});
