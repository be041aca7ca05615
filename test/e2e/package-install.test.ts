/**
 * qspec as an npm package, end to end: `npm pack` (prepack and prepare build the library and the
 * CLI), the tarball linted (publint, attw) and checked for size and content, then installed into
 * a fresh project with no other packages. There, with production dependencies only: `npx qspec
 * --version`; `npx qspec init` then `npx qspec generate` with the spec and output folders taken
 * from the qspec.config.json it wrote (TypeScript, and `--emit js` overriding the output folder); plain `node` importing
 * `QualysClient` from 'qspec' and paging through `npx qspec mock` on 127.0.0.1:0 (stopped by a
 * signal after); and `tsc --noEmit` of a strict consumer (default lib with DOM) against both
 * the package's declarations and the generated TypeScript.
 *
 * npm uses its cache first (`--prefer-offline`); the registry is asked only for what the cache
 * lacks.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(path.join(tmpdir(), 'qspec-package-'));
const project = path.join(work, 'project');
let tarball = '';
let mock: ChildProcess | undefined;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};
for (const k of Object.keys(env)) if (k.startsWith('npm_') && !k.startsWith('npm_config_')) delete env[k];
delete env.QSPEC_DIST;

function sh(file: string, args: readonly string[], cwd: string): string {
  return execFileSync(file, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  sh('npm', ['pack', '--pack-destination', work, '--silent'], repoRoot);
  tarball = path.join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  mkdirSync(project);
  writeFileSync(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=dev', tarball], project);
}, 400_000);

afterAll(() => {
  if (mock?.exitCode === null) mock.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('is a small tarball without tests, bench or fixtures', () => {
    expect(statSync(tarball).size).toBeLessThan(1024 * 1024);
    const files = sh('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/dist/lib/index.js');
    expect(files).toContain('package/dist/lib/index.d.ts');
    expect(files).toContain('package/dist/lib/runtime/index.d.ts');
    expect(files).toContain('package/templates/index.ts.hbs');
    expect(
      files.filter((f) =>
        /^package\/(test|bench|specs|examples|mutation|generator\/(?!parse\/spec\/spec-format))/.test(f),
      ),
    ).toEqual([]);
    expect(files.filter((f) => /fixtures|\.test\.|\.map$|stamp\.json$/.test(f))).toEqual([]);
  });

  it('passes publint and attw', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'lint-package.js'), '--tarball', tarball], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('All good!');
    expect(r.stdout).not.toMatch(/Problems? found|❌|🥴|Resolution failed \(ESM\)/);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);

  it('installs with production dependencies only and runs npx qspec --version', () => {
    const installed = readdirSync(path.join(project, 'node_modules'));
    for (const dev of ['tsx', 'vitest', 'esbuild', '@biomejs']) expect(installed).not.toContain(dev);
    expect(sh('npx', ['--no-install', 'qspec', '--version'], project)).toBe(`qspec ${pkg.version}\n`);
  });

  it('writes a config with npx qspec init and generates TypeScript and JavaScript from it', () => {
    cpSync(path.join(repoRoot, 'test/fixtures/conformance/specs'), path.join(project, 'my-specs'), { recursive: true });
    sh('npx', ['--no-install', 'qspec', 'init', '--specs', 'my-specs', '--out', 'src/qualys'], project);
    const config = JSON.parse(readFileSync(path.join(project, 'qspec.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ specs: 'my-specs', out: 'src/qualys' });
    // No --specs, no --out: both come from qspec.config.json (the built-in defaults are specs/
    // and generated/, neither of which exists here).
    sh('npx', ['--no-install', 'qspec', 'generate'], project);
    expect(readdirSync(path.join(project, 'src/qualys'))).toEqual(
      expect.arrayContaining(['index.ts', 'runtime', 'vm', 'pci']),
    );
    expect(readdirSync(project)).not.toContain('generated');
    expect(readdirSync(project)).not.toContain('specs');
    // A flag overrides its setting; the spec folder still comes from the config.
    sh('npx', ['--no-install', 'qspec', 'generate', '--out', 'js/qualys', '--emit', 'js'], project);
    const js = readdirSync(path.join(project, 'js/qualys'), { recursive: true }) as string[];
    expect(js).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'package.json']));
    expect(js.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    writeFileSync(
      path.join(project, 'use-js.mjs'),
      "import { QualysClient } from './js/qualys/index.js';\nconst q = new QualysClient({ baseUrl: 'http://127.0.0.1:9', auth: { kind: 'basic', username: 'u', password: 'p' } });\nconsole.log(Object.keys(q).sort().join(','));\n",
    );
    expect(sh(process.execPath, ['use-js.mjs'], project)).toBe('core,pci,vm\n');
  }, 180_000);

  it("pages through npx qspec mock with QualysClient from 'qspec' in plain node", async () => {
    cpSync(path.join(repoRoot, 'specs'), path.join(project, 'specs'), { recursive: true });
    // --specs overrides the config's spec folder (my-specs has no was.finding).
    const child = spawn(
      'npx',
      ['--no-install', 'qspec', 'mock', '--specs', 'specs', '--port', '0', '--host', '127.0.0.1'],
      {
        cwd: project,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    mock = child;
    let out = '';
    const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('close', () => reject(new Error(`qspec mock did not start: ${out}`)));
    });
    writeFileSync(
      path.join(project, 'app.mjs'),
      `import { QualysClient } from 'qspec';
const q = new QualysClient({ baseUrl: process.argv[2], auth: { kind: 'basic', username: 'demo', password: 'demo-secret' } });
let pages = 0;
let records = 0;
for await (const page of q.was.finding.search({}).pages()) {
  pages++;
  records += page.records.length;
}
console.log(JSON.stringify({ pages, records }));
`,
    );
    const result = JSON.parse(sh(process.execPath, ['app.mjs', url], project)) as { pages: number; records: number };
    // The mock's default dataset: 2,500 findings, 100 a page (the QPS default limitResults).
    expect(result.pages).toBe(25);
    expect(result.records).toBe(2500);
    // npx's shell dies on the signal without passing it on; the installed bin notices it was
    // orphaned and stops the mock gracefully: the pipes close once qspec itself has exited.
    child.kill('SIGTERM');
    await ended;
    expect(out).toMatch(/qspec mock: stopped after \d+ requests/);
  }, 120_000);

  it('compiles a strict consumer of the package and of the generated TypeScript', () => {
    writeFileSync(
      path.join(project, 'src/use-package.ts'),
      `import { type AuthConfig, QualysClient, QualysHttpError } from 'qspec';
import { parseXml, type XmlSchemaModel } from 'qspec/runtime';

export const auth: AuthConfig = { kind: 'basic', username: 'demo', password: 'demo-secret' };
export const q = new QualysClient({ baseUrl: 'http://127.0.0.1:9', auth });
export const model: XmlSchemaModel | undefined = undefined;
export const parse: typeof parseXml = parseXml;

export async function count(): Promise<number> {
  let n = 0;
  try {
    for await (const page of q.was.finding.search({}).pages()) n += page.records.length;
  } catch (e) {
    if (e instanceof QualysHttpError) return -(e.status ?? 0);
    throw e;
  }
  return n;
}
`,
    );
    writeFileSync(
      path.join(project, 'src/use-generated.ts'),
      `import { auth } from './use-package.js';
import { QualysClient, type VmThingListRecord } from './qualys/index.js';

const mine = new QualysClient({ baseUrl: 'http://127.0.0.1:9', auth });

export async function things(): Promise<VmThingListRecord[]> {
  const out: VmThingListRecord[] = [];
  for await (const thing of mine.vm.thing.list({})) out.push(thing);
  return out;
}
`,
    );
    const strict = {
      target: 'ES2022',
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noPropertyAccessFromIndexSignature: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      verbatimModuleSyntax: true,
      skipLibCheck: false,
      noEmit: true,
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
    };
    // nodenext: both files, the package's declarations checked too (skipLibCheck off); bundler:
    // the package's entry points (test/unit/emit/strict-consumer.test.ts compiles all of the
    // generated TypeScript under both settings).
    const settings = {
      nodenext: { compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' }, include: ['src/**/*.ts'] },
      bundler: {
        compilerOptions: { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true },
        files: ['src/use-package.ts'],
      },
    };
    const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [name, { compilerOptions, ...files }] of Object.entries(settings)) {
      const config = path.join(project, `tsconfig.${name}.json`);
      writeFileSync(config, JSON.stringify({ compilerOptions: { ...strict, ...compilerOptions }, ...files }));
      const r = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], {
        cwd: project,
        encoding: 'utf8',
      });
      expect(`${name}: ${r.stdout}${r.stderr}`).toBe(`${name}: `);
      expect(r.status).toBe(0);
    }
  }, 240_000);
});
