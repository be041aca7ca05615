import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CommandIo } from '../../../cli/command.js';
import { diffCommand } from '../../../cli/commands/diff.js';
import { isDiagnosticError } from '../../../generator/diagnostics.js';
import { parseDiffConfig } from '../../../generator/diff/diff-config.js';
import { diffRules } from '../../../generator/diff/rules/diff-rules.js';
import { gitTracked, itWith } from '../../support/requirements.js';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../..');
const fx = (rule: string, side: string) => `test/fixtures/diff/${rule}/${side}`;

function io(): CommandIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: repo, isTty: false, env: {} };
}

describe('qspec diff', () => {
  it('--list-rules prints every rule id', async () => {
    const c = io();
    expect(await diffCommand.run(['--list-rules'], c)).toBe(0);
    const ids = c.out
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(diffRules.map((r) => r.id));
  });

  it.each([
    ['element-removed', 'breaking', 1],
    ['element-removed', 'none', 0],
    ['element-added', 'breaking', 0],
    ['element-added', 'info', 1],
    ['enum-value-added', 'warning', 1],
  ] as const)('%s with --fail-on %s exits %i', async (rule, failOn, code) => {
    expect(await diffCommand.run([fx(rule, 'base'), fx(rule, 'rev'), '--fail-on', failOn], io())).toBe(code);
  });

  it('writes a versioned JSON report', async () => {
    const c = io();
    await diffCommand.run([fx('element-added', 'base'), fx('element-added', 'rev'), '--format', 'json'], c);
    const report = JSON.parse(c.out.join(''));
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ breaking: 0, warning: 0, info: 1 });
    expect(report.findings[0]).toMatchObject({ rule: 'element-added', name: 'virtualNetwork', direction: 'response' });
  });

  it('writes markdown in the release-note layout and JUnit with failures', async () => {
    const md = io();
    await diffCommand.run([fx('param-added', 'base'), fx('param-added', 'rev'), '--format', 'markdown'], md);
    expect(md.out.join('')).toMatch(
      /API affected \| `GET \/api\/2\.0\/fo\/thing\/`[\s\S]*New or Updated API \| Updated[\s\S]*DTD or XSD changes \| No/,
    );
    const junit = io();
    await diffCommand.run([fx('element-removed', 'base'), fx('element-removed', 'rev'), '--format', 'junit'], junit);
    expect(junit.out.join('')).toMatch(/<failure type="breaking"[^>]*>/);
  });

  it('compares two single schema files with different names as one schema', async () => {
    const c = io();
    const code = await diffCommand.run(
      [
        fx('type-changed', 'base/was/schemas/item.xsd'),
        fx('type-changed', 'rev/was/schemas/item.xsd'),
        '--format',
        'json',
      ],
      c,
    );
    expect(code).toBe(1);
    expect(JSON.parse(c.out.join('')).findings.map((f: { rule: string }) => f.rule)).toEqual(['type-changed']);
  });

  it('applies severity overrides and ignores (with reasons) from --config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qspec-diff-config-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const config = path.join(dir, 'qspec-diff.yaml');
    writeFileSync(
      config,
      'severity:\n  element-added: breaking\nignore:\n  - rule: element-removed\n    path: Item/ipv6\n    reason: never returned\n',
    );
    expect(
      await diffCommand.run([fx('element-added', 'base'), fx('element-added', 'rev'), '--config', config], io()),
    ).toBe(1);
    const c = io();
    expect(
      await diffCommand.run([fx('element-removed', 'base'), fx('element-removed', 'rev'), '--config', config], c),
    ).toBe(0);
    expect(c.out.join('')).toContain('reason: never returned');
  });

  itWith(gitTracked('test/fixtures/diff/element-added/base'))('reads a git ref', async () => {
    const c = io();
    const code = await diffCommand.run(
      ['HEAD:test/fixtures/diff/element-added/base', fx('element-added', 'rev'), '--format', 'json'],
      c,
    );
    expect(code).toBe(0);
    expect(JSON.parse(c.out.join('')).findings.map((f: { name: string }) => f.name)).toEqual(['virtualNetwork']);
  });

  it.each([
    [['onlyone'], /expected BASE and REV/],
    [['a', 'b', '--format', 'pdf'], /--format must be one of/],
    [['no/such/dir', 'HEAD'], /not a spec folder, a schema file or a git ref/],
  ])('usage error %j', async (argv, message) => {
    await expect(diffCommand.run(argv, io())).rejects.toThrow(message);
  });
});

describe('diff config', () => {
  it.each([
    ['ignore:\n  - rule: element-removed\n    path: A/b\n', /a 'reason' is required/, 2],
    ['severity:\n  no-such-rule: info\n', /unknown rule 'no-such-rule'/, 2],
    ['severity:\n  element-added: fatal\n', /must be one of breaking, warning, info/, 2],
    ['ignore:\n  - rule: element-removed\n    reason: x\n', /give a 'location', 'endpoint' or 'path'/, 2],
  ])('rejects %j', (text, message, line) => {
    try {
      parseDiffConfig('qspec-diff.yaml', text);
      expect.unreachable();
    } catch (e) {
      expect(isDiagnosticError(e)).toBe(true);
      const d = (e as { diagnostics: { code: string; message: string; location: { line?: number } }[] })
        .diagnostics[0]!;
      expect(d.code).toBe('DiffConfigInvalid');
      expect(d.message).toMatch(message);
      expect(d.location.line).toBe(line);
    }
  });
});
