/**
 * A package.json without a "qspec" key is read as plain JSON: the located YAML parser (and its
 * library) is not loaded for it, so a command started in any Node project does not pay for it;
 * a package.json with the key is still parsed with positions, so its problems are located.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const parsed = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock('../../../generator/parse/spec/parse-located-yaml.js', async (original) => {
  const real = await original<typeof import('../../../generator/parse/spec/parse-located-yaml.js')>();
  return {
    ...real,
    parseLocatedYaml: (file: string, text: string) => {
      parsed.files.push(path.basename(file));
      return real.parseLocatedYaml(file, text);
    },
  };
});

const { findConfig } = await import('../../../generator/load/config-file.js');
const { resolveConfig } = await import('../../../generator/load/config-settings.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-config-pkg-'));
  parsed.files.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('package.json in the config search', () => {
  it('without a "qspec" key: no config, and the YAML parser is not used', async () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
    expect(await findConfig(dir, dir)).toBeUndefined();
    expect(parsed.files).toEqual([]);
  });

  it('with a "qspec" key: its settings, with located problems', async () => {
    writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "app",\n  "qspec": {\n    "specs": 42\n  }\n}\n');
    const raw = await findConfig(dir, dir);
    expect(raw?.data).toEqual({ specs: 42 });
    expect(parsed.files).toEqual(['package.json']);
    expect(raw?.locate?.('/specs')).toEqual({ line: 4, column: 14 });
    await expect(async () => resolveConfig(raw)).rejects.toThrow(/package\.json:4:14/);
  });

  it('malformed JSON is still a located ConfigSyntax error', async () => {
    writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "app",,\n}\n');
    await expect(findConfig(dir, dir)).rejects.toThrow(/ConfigSyntax/);
    expect(parsed.files).toEqual([]);
  });
});
