/**
 * The config loader: qspec.config.{json,yaml,yml,mjs,js} or package.json "qspec", found from the
 * working directory upward; validation with file:line:column; input bounded (size, regular file);
 * two config files in one folder refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../generator/diagnostics.js';
import { findConfig, MAX_CONFIG_BYTES } from '../../../generator/load/config-file.js';
import { configFlags, resolveConfig } from '../../../generator/load/config-settings.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const load = async (from = dir) => resolveConfig(await findConfig(from, dir));
const setting = (c: Awaited<ReturnType<typeof load>>, key: string) => c.settings.find((s) => s.spec.key === key)!;
async function problems(from = dir): Promise<string> {
  try {
    await load(from);
  } catch (e) {
    if (e instanceof DiagnosticError) return e.message;
    throw e;
  }
  throw new Error('expected the config to be refused');
}

describe('config file search', () => {
  it('finds qspec.config.json in a parent folder; paths resolve against the config folder', async () => {
    write('qspec.config.json', '{\n  "specs": "myspecs",\n  "mock": { "port": 9000 }\n}\n');
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    const c = await load(path.join(dir, 'a', 'b'));
    expect(c.file).toBe(path.join(dir, 'qspec.config.json'));
    expect(setting(c, 'specs')).toMatchObject({ value: path.join(dir, 'myspecs'), from: { line: 2, column: 12 } });
    expect(setting(c, 'mock.port')).toMatchObject({ value: 9000, from: { line: 3, column: 21 } });
    expect(setting(c, 'out')).toMatchObject({ value: 'generated' });
    expect(setting(c, 'out').from).toBeUndefined();
    expect(configFlags(c, 'mock')).toEqual([`--specs=${path.join(dir, 'myspecs')}`, '--port=9000']);
    expect(configFlags(c, 'impact')).toEqual([]);
    // relative to the working directory when inside it, as a user would type them
    expect(configFlags(c, 'mock', path.join(dir, 'a'))).toEqual([
      `--specs=${path.join(dir, 'myspecs')}`,
      '--port=9000',
    ]);
    expect(configFlags(c, 'mock', dir)).toEqual(['--specs=myspecs', '--port=9000']);
  });

  it('reads YAML and a "qspec" key in package.json, located', async () => {
    write('qspec.config.yaml', '# settings\nout: src/q\nconformance:\n  reporter: junit\n');
    const c = await load();
    expect(setting(c, 'out')).toMatchObject({ value: path.join(dir, 'src/q'), from: { line: 2, column: 6 } });
    expect(setting(c, 'conformance.reporter')).toMatchObject({ value: 'junit', from: { line: 4, column: 13 } });

    rmSync(path.join(dir, 'qspec.config.yaml'));
    write('package.json', '{\n  "name": "x",\n  "qspec": {\n    "emit": "js"\n  }\n}\n');
    const p = await load();
    expect(p.file).toBe(path.join(dir, 'package.json'));
    expect(setting(p, 'emit')).toMatchObject({ value: 'js', from: { line: 4, column: 13 } });
  });

  it('a package.json without "qspec" is passed over; no config at all gives the defaults', async () => {
    write('package.json', '{"name": "x"}');
    const c = await load();
    expect(c.file).toBeUndefined();
    expect(setting(c, 'specs').value).toBe('specs');
  });

  it('loads a .mjs config (its default export)', async () => {
    write('qspec.config.mjs', 'export default { specs: "from-js", diff: { failOn: "warning" } };\n');
    const c = await load();
    expect(setting(c, 'specs').value).toBe(path.join(dir, 'from-js'));
    expect(setting(c, 'diff.failOn')).toMatchObject({
      value: 'warning',
      from: { file: path.join(dir, 'qspec.config.mjs') },
    });
  });

  it('an empty YAML config is all defaults, not skipped for a parent config', async () => {
    write('qspec.config.json', '{"specs": "parent"}');
    write('sub/qspec.config.yml', '');
    const c = await load(path.join(dir, 'sub'));
    expect(c.file).toBe(path.join(dir, 'sub', 'qspec.config.yml'));
    expect(setting(c, 'specs').value).toBe('specs');
  });
});

describe('config validation', () => {
  it('unknown keys and bad values are errors at file:line:column, all of them', async () => {
    write('qspec.config.json', '{\n  "spces": "x",\n  "mock": { "port": "80", "host": "h" },\n  "emit": "py"\n}\n');
    const msg = await problems();
    const file = path.join(dir, 'qspec.config.json');
    expect(msg).toContain(`${file}:2:3: error ConfigUnknownKey: unknown setting 'spces'`);
    expect(msg).toContain(`${file}:3:27: error ConfigUnknownKey: unknown setting 'mock.host'`);
    expect(msg).toContain(`${file}:3:21: error ConfigInvalid: 'mock.port' must be a port number`);
    expect(msg).toContain(`${file}:4:11: error ConfigInvalid: 'emit' must be one of ts, js (got 'py')`);
  });

  it('a JSON syntax error is located; YAML-only syntax in a .json file is refused', async () => {
    write('qspec.config.json', '{\n  "specs": "x",\n}\n');
    expect(await problems()).toMatch(/qspec\.config\.json:3:1: error ConfigSyntax: not valid JSON/);
    write('qspec.config.json', 'specs: x\n');
    expect(await problems()).toMatch(/error ConfigSyntax/);
  });

  it('a config that is not an object, and a section that is not an object, are refused', async () => {
    write('qspec.config.yaml', '- specs\n');
    expect(await problems()).toMatch(/ConfigInvalid: a qspec config must be an object/);
    write('qspec.config.yaml', 'conformance: html\n');
    expect(await problems()).toMatch(/qspec\.config\.yaml:1:14: error ConfigInvalid: 'conformance' must be an object/);
  });

  it('a JavaScript config that throws names its file', async () => {
    write('qspec.config.mjs', 'throw new Error("boom");\n');
    expect(await problems()).toMatch(/qspec\.config\.mjs: error ConfigUnreadable: could not load the config: boom/);
  });
});

describe('config input bounds', () => {
  it('two config files in one folder are refused as ambiguous', async () => {
    write('qspec.config.json', '{}');
    write('qspec.config.yaml', '{}');
    expect(await problems()).toMatch(/ConfigAmbiguous: more than one qspec config file here/);
  });

  it('an oversized config is refused before it is read', async () => {
    write('qspec.config.yaml', `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(await problems()).toMatch(/ConfigTooLarge: \d+ bytes, over the 262144-byte limit/);
  });

  it('a FIFO named like a config is refused at once (no blocking read)', async () => {
    const fifo = path.join(dir, 'qspec.config.json');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      console.warn('mkfifo not available: FIFO case not run');
      return;
    }
    expect(await problems()).toMatch(/qspec\.config\.json: error ConfigUnreadable: not a regular file/);
  });
});
