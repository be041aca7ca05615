/**
 * `qspec init` and the config file through the real CLI (`node bin/qspec.js`) in a fresh
 * project folder: init writes a config, a starter spec folder and npm scripts and refuses to run
 * twice; commands take their defaults from the config and flags override them; `qspec config`
 * says where each value comes from; a bad config is one located line per problem, exit 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..');
let dir: string;

function qspec(args: readonly string[], cwd = dir) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'bin/qspec.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, QSPEC_DEBUG: '' },
  });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-init-'));
  writeFileSync(
    path.join(dir, 'package.json'),
    '{\n  "name": "app",\n  "scripts": {\n    "test": "node t.js"\n  }\n}\n',
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('qspec init', () => {
  it('writes the config, a starter spec folder and npm scripts, then names next steps', () => {
    const r = qspec(['init', '--specs', 'qualys-specs']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('wrote qspec.config.json');
    expect(r.stdout).toContain('npx qspec generate');
    const config = JSON.parse(readFileSync(path.join(dir, 'qspec.config.json'), 'utf8'));
    expect(config).toMatchObject({ specs: 'qualys-specs', out: 'src/qualys' });
    for (const f of ['platforms.yaml', 'am/portal.yaml', 'am/schemas/version.xsd'])
      expect(existsSync(path.join(dir, 'qualys-specs', f))).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.scripts).toEqual({
      test: 'node t.js',
      'qspec:generate': 'qspec generate',
      'qspec:check': 'qspec generate --check',
      'qspec:conformance': 'qspec conformance',
    });
  });

  it('refuses to run again, naming the existing config, and changes nothing', () => {
    const before = readFileSync(path.join(dir, 'package.json'), 'utf8');
    const r = qspec(['init', '--format', 'yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^qspec init: qspec\.config\.json already exists; nothing written/);
    expect(existsSync(path.join(dir, 'qspec.config.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(before);
  });
});

describe('the config file', () => {
  it('qspec config shows each value and where it came from', () => {
    const r = qspec(['config']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('config file: qspec.config.json');
    expect(r.stdout).toMatch(/specs\s+qualys-specs\s+qspec\.config\.json:2:12/);
    expect(r.stdout).toMatch(/diff\.failOn\s+breaking\s+default/);
    expect(qspec(['--print-config']).stdout).toBe(r.stdout);
  });

  it('commands take the spec folder from the config; a flag overrides it', () => {
    const example = 'qualys-specs/am/examples/platform.portal.version/sample.response.xml';
    const ok = qspec(['validate', example, '--endpoint', 'platform.portal.version']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const other = qspec(['validate', example, '--endpoint', 'platform.portal.version', '--specs', 'nowhere']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('nowhere');
  });

  it('generate writes to the configured folders', () => {
    const r = qspec(['generate']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^generated src\/qualys\/ from qualys-specs\/: 1 endpoints/);
    expect(existsSync(path.join(dir, 'src/qualys/platforms.ts'))).toBe(true);
  });

  it('templates from the config reach generate (a missing folder is named as configured)', () => {
    const sub = mkdtempSync(path.join(dir, 'tpl-'));
    writeFileSync(
      path.join(sub, 'qspec.config.yaml'),
      'specs: ../qualys-specs\nout: out\ntemplates: no-such-templates\n',
    );
    const r = qspec(['generate'], sub);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--templates no-such-templates');
    expect(existsSync(path.join(sub, 'out'))).toBe(false);
  });

  it('an unknown key is one located line (relative to the current folder), exit 2', () => {
    const sub = mkdtempSync(path.join(dir, 'bad-'));
    writeFileSync(path.join(sub, 'qspec.config.json'), '{\n  "specs": "s",\n  "output": "x"\n}\n');
    const r = qspec(['generate'], sub);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "qspec.config.json:3:3: error ConfigUnknownKey: unknown setting 'output' (known: $schema, specs, out, templates, emit, conformance, mock, diff)\n",
    );
  });
});
