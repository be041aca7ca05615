/**
 * A spec folder without platforms.yaml gets the documented default, the Qualys platform list
 * (never an empty list), with a warning naming the file to add; the built-in list is the same as
 * qspec's own specs/platforms.yaml (ids, names, URLs).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CommandIo } from '../../../cli/command.js';
import { main } from '../../../cli/main.js';
import { QUALYS_PLATFORMS } from '../../../generator/load/default-platforms.js';
import { loadIr } from '../../../generator/load/load-ir.js';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-platforms-'));
  cpSync(path.join(repo, 'test/fixtures/specs-mini'), path.join(dir, 'myspecs'), { recursive: true });
  rmSync(path.join(dir, 'myspecs/platforms.yaml'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function io(): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, isTty: false, env: {} };
}

describe('missing platforms.yaml', () => {
  it('the built-in list is qspec’s own specs/platforms.yaml', () => {
    const own = parse(readFileSync(path.join(repo, 'specs/platforms.yaml'), 'utf8')) as { platforms: unknown[] };
    expect(QUALYS_PLATFORMS).toEqual(own.platforms);
  });

  it('loads the default platforms with a PlatformsDefault warning at <specs>/platforms.yaml', async () => {
    const { doc, warnings } = await loadIr(path.join(dir, 'myspecs'));
    expect(doc.platforms.map((p) => p.id)).toEqual(QUALYS_PLATFORMS.map((p) => p.id).sort());
    expect(warnings.map((w) => [w.code, w.severity, w.location.file])).toContainEqual([
      'PlatformsDefault',
      'warning',
      path.join(dir, 'myspecs', 'platforms.yaml'),
    ]);
  });

  it('qspec generate: platforms.ts lists them; the warning path is relative to the current folder', async () => {
    const a = io();
    expect(await main(['generate', '--specs', 'myspecs', '--out', 'out'], a)).toBe(0);
    expect(a.err.join('')).toMatch(
      /^myspecs\/platforms\.yaml: warning PlatformsDefault: no platforms\.yaml in the spec folder/,
    );
    const ts = readFileSync(path.join(dir, 'out/platforms.ts'), 'utf8');
    expect(ts).toContain('https://qualysapi.qg2.apps.qualys.com');
  });

  it('qspec generate --check names the spec folder and the real command', async () => {
    rmSync(path.join(dir, 'out/platforms.ts'));
    const a = io();
    expect(await main(['generate', '--specs', 'myspecs', '--out', 'out', '--check'], a)).toBe(1);
    const err = a.err.join('');
    expect(err).toContain('out/ is out of date with myspecs/');
    expect(err).toContain("Run 'qspec generate' (without --check) and commit the result.");
    expect(err).not.toContain('npm run');
  });
});
