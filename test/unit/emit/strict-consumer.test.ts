/**
 * The generated output compiles inside a strict user project: `tsc --noEmit` (the real CLI) over
 * generated/ (client, schemas, validators and the runtime copy) plus a consumer file that uses
 * the client, with the strictest usual settings and the default `lib` (DOM included), once with
 * `module: nodenext` and once with `module: esnext` + `moduleResolution: bundler`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'qspec-strict-consumer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a strict project sets on top of `strict` (the names of the settings are the point). */
const STRICT_OPTIONS = {
  target: 'ES2022',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
  typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
};

const MODULE_SETTINGS: Record<string, Record<string, string>> = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};

const consumer = `import { type AuthConfig, QualysClient, QualysHttpError, type WasWebappSearchRecord } from '${path.join(repoRoot, 'generated', 'index.js')}';

const auth: AuthConfig = { kind: 'basic', username: 'demo', password: 'demo-secret' };
const q = new QualysClient({ baseUrl: 'http://127.0.0.1:9', auth });

export async function names(): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const app of q.was.webapp.search({})) {
      const record: WasWebappSearchRecord = app;
      out.push(String(record.name ?? ''));
    }
  } catch (e) {
    if (e instanceof QualysHttpError) return [String(e.status)];
    throw e;
  }
  return out;
}
`;

describe('generated/ in a strict project', () => {
  it.each(Object.keys(MODULE_SETTINGS))(
    'compiles with module %s',
    (setting) => {
      const dir = path.join(work, setting);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
      writeFileSync(path.join(dir, 'consumer.ts'), consumer);
      const tsconfig = {
        compilerOptions: { ...STRICT_OPTIONS, ...MODULE_SETTINGS[setting] },
        files: ['consumer.ts'],
        include: [path.join(repoRoot, 'generated', '**', '*.ts')],
      };
      writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
      const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      const r = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
    240_000,
  );
});
