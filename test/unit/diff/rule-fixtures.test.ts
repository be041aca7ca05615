import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRules } from '../../../generator/diff/rules/diff-rules.js';
import { runDiff } from '../../../generator/diff/run-diff.js';

const root = path.resolve(new URL('.', import.meta.url).pathname, '../../fixtures/diff');

async function project(dir: string) {
  const run = await runDiff(path.join(dir, 'base'), path.join(dir, 'rev'), root);
  return run.report.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    direction: f.direction,
    name: f.name,
    path: f.path,
    endpoints: f.endpoints,
    ...(f.base ? { base: `${f.base.file}:${f.base.line}` } : {}),
    ...(f.rev ? { rev: `${f.rev.file}:${f.rev.line}` } : {}),
  }));
}

describe('every diff rule has a base/revision fixture pair and an expected report', () => {
  it.each(diffRules.map((r) => [r.id]))('%s', async (id) => {
    const dir = path.join(root, id);
    expect(existsSync(path.join(dir, 'base')) && existsSync(path.join(dir, 'rev'))).toBe(true);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    expect(expected.findings.some((f: { rule: string }) => f.rule === id)).toBe(true);
    expect(await project(dir)).toEqual(expected.findings);
  });

  it('has no fixture folder for an unknown rule', () => {
    const ids = new Set(diffRules.map((r) => r.id));
    const stray = readdirSync(root).filter((d) => !ids.has(d) && !d.startsWith('no-change'));
    expect(stray).toEqual([]);
  });

  it('a schema against itself reformatted (attributes reordered, whitespace, comments) gives no finding', async () => {
    const dir = path.join(root, 'no-change-reformatted');
    const base = readFileSync(path.join(dir, 'base/was/schemas/item.xsd'), 'utf8');
    const rev = readFileSync(path.join(dir, 'rev/was/schemas/item.xsd'), 'utf8');
    expect(base).not.toEqual(rev);
    expect(await project(dir)).toEqual([]);
  });
});
