/**
 * Diff findings → generated TypeScript members, with the emitters' naming: module path, exported
 * type name (named type, or the root element's type), TypeScript property names along the path
 * (attributes, elements, nested anonymous types); only rules that can break a reader count.
 * The diff runs on real temp copies of specs-mini.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runDiff } from '../../../generator/diff/run-diff.js';
import { impactTargets } from '../../../generator/impact/impact-targets.js';
import { MINI } from '../learn/learn-fixture.js';

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('impactTargets', () => {
  it('maps removed, retyped and optional members to module, type and property chain; additions are not targets', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qspec-impact-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const base = path.join(dir, 'base');
    const rev = path.join(dir, 'rev');
    cpSync(MINI, base, { recursive: true });
    cpSync(MINI, rev, { recursive: true });
    const xsd = path.join(rev, 'was/schemas/thing.xsd');
    edit(
      xsd,
      '<xs:element name="enabled" type="xs:boolean" minOccurs="0"/>',
      '<xs:element name="extra" type="xs:string" minOccurs="0"/>',
    );
    edit(
      xsd,
      '<xs:element name="Thing" type="Thing" minOccurs="0" maxOccurs="unbounded"/>',
      '<xs:element name="Thing" type="Thing" minOccurs="0"/>',
    );
    edit(xsd, '<xs:enumeration value="NOT_FOUND"/>', '');
    edit(
      xsd,
      '<xs:element name="responseCode" type="ResponseCode"/>',
      '<xs:element name="responseCode" type="ResponseCode" minOccurs="0"/>',
    );
    edit(path.join(rev, 'vm/schemas/list_output.dtd'), 'kind (a|b) #REQUIRED', 'kind (a|b) #IMPLIED');
    const run = await runDiff(base, rev, dir);
    const targets = impactTargets(run.base.doc, run.report.findings);
    const rows = targets.map((t) => [t.finding.rule, t.module, t.type, t.members.join('.'), t.enumValue ?? '']);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['element-removed', 'was/schemas/thing-xsd.ts', 'Thing', 'enabled', ''],
        ['repeated-became-single', 'was/schemas/thing-xsd.ts', 'ServiceResponse', 'data.Thing', ''],
        ['enum-value-removed', 'was/schemas/thing-xsd.ts', 'ResponseCode', '', 'NOT_FOUND'],
        ['element-became-optional', 'was/schemas/thing-xsd.ts', 'ServiceResponse', 'responseCode', ''],
        ['attribute-became-optional', 'vm/schemas/list-output-dtd.ts', 'ITEM', 'kind', ''],
      ]),
    );
    expect(rows).toHaveLength(5);
    // A change the diff reports twice (once per owner) is one target.
    const removed = run.report.findings.find((f) => f.rule === 'element-removed')!;
    const twice = impactTargets(run.base.doc, [removed, { ...removed, endpoints: ['other'] }]);
    expect(twice).toHaveLength(1);
    // A removed endpoint is its method on the module client.
    const method = impactTargets(run.base.doc, [
      { ...removed, rule: 'endpoint-removed', path: 'was.thing.get', schema: undefined } as never,
    ])[0]!;
    expect([method.module, method.type, method.members.join('.'), method.factory]).toEqual([
      'was/client.ts',
      'createWasClient',
      'thing.get',
      true,
    ]);
    expect(run.report.findings.some((f) => f.rule === 'element-added')).toBe(true);
  });
});
