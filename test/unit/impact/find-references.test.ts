/**
 * Uses of changed generated members in a TypeScript project on disk, found by symbol through
 * ts-morph: property reads (plain, optional chaining, through arrays), element access with a
 * string literal, destructuring, object literals typed as the generated type, references to a
 * removed type, calls of a removed endpoint's client method, and string literals compared with a member whose enum lost that value. The same
 * names on unrelated types are not uses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DiffFinding } from '../../../generator/diff/diff-finding.js';
import { findReferences } from '../../../generator/impact/find-references.js';
import type { ImpactTarget } from '../../../generator/impact/impact-targets.js';
import { loadTsMorph } from '../../../generator/impact/load-ts-morph.js';

const GENERATED = `export type Kind = 'a' | 'b';
export interface Thing {
  readonly id?: string;
  readonly enabled?: boolean;
  readonly kind?: Kind;
}
export interface ServiceResponse {
  readonly data?: { readonly Thing?: Thing[] };
}
export interface Gone {
  readonly x: string;
}
`;

const USER = [
  "import type { Gone, ServiceResponse, Thing } from './generated/was/schemas/thing-xsd.js';", // 1
  '', // 2
  'export function f(t: Thing, r: ServiceResponse): unknown[] {', // 3
  '  const a = t.enabled;', // 4
  "  const b = t['enabled'];", // 5
  '  const { enabled } = t;', // 6
  '  const c = r.data?.Thing?.[0]?.enabled;', // 7
  '  const made: Thing = { enabled: true };', // 8
  "  const d = t.kind === 'b';", // 9
  "  const e = t.kind === 'a';", // 10
  "  const other = { enabled: 1, kind: 'b' };", // 11
  "  const g = other.enabled + (other.kind === 'b' ? 1 : 0);", // 12
  '  const things = r.data?.Thing;', // 13
  '  return [a, b, enabled, c, made, d, e, g, things];', // 14
  '}', // 15
  '', // 16
  'export function h(x: Gone): string {', // 17
  '  return x.x;', // 18
  '}', // 19
  '', // 20
  "import { createWasClient } from './generated/was/client.js';", // 21
  'const client = createWasClient({});', // 22
  'export const n = client.finding.search() + client.finding.get();', // 23
  '',
].join('\n');

const CLIENT = `export function createWasClient(core: object) {
  return { finding: { search: () => 1, get: () => 2 }, core };
}
`;

function finding(rule: string, p: string, from?: string): DiffFinding {
  return {
    rule,
    severity: 'breaking',
    direction: 'response',
    message: `${p} changed`,
    name: p,
    path: p,
    schema: 'was/schemas/thing.xsd',
    endpoints: [],
    ...(from ? { from } : {}),
  };
}

describe('findReferences', () => {
  it('finds every use by symbol, and only those', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qspec-refs-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(path.join(dir, 'generated/was/schemas'), { recursive: true });
    writeFileSync(path.join(dir, 'generated/was/schemas/thing-xsd.ts'), GENERATED);
    writeFileSync(path.join(dir, 'generated/was/client.ts'), CLIENT);
    writeFileSync(path.join(dir, 'use.ts'), USER);
    const tm = await loadTsMorph();
    const project = new tm.Project({ compilerOptions: { strict: true, noEmit: true } });
    project.addSourceFilesAtPaths(`${dir}/**/*.ts`);
    const module = 'was/schemas/thing-xsd.ts';
    const targets: ImpactTarget[] = [
      { finding: finding('element-removed', 'Thing/enabled'), module, type: 'Thing', members: ['enabled'] },
      {
        finding: finding('enum-value-removed', 'Thing/@kind', 'b'),
        module,
        type: 'Thing',
        members: ['kind'],
        enumValue: 'b',
      },
      {
        finding: finding('repeated-became-single', 'ServiceResponse/data/Thing'),
        module,
        type: 'ServiceResponse',
        members: ['data', 'Thing'],
      },
      { finding: finding('type-removed', 'Gone'), module, type: 'Gone', members: [] },
      {
        finding: finding('endpoint-removed', 'was.finding.search'),
        module: 'was/client.ts',
        type: 'createWasClient',
        factory: true,
        members: ['finding', 'search'],
      },
    ];
    const uses = findReferences(tm, project, targets);
    const got = uses.map((u) => `${u.line}:${u.column} ${u.target.finding.rule}`);
    expect(got).toEqual([
      '1:15 type-removed',
      '4:15 element-removed',
      '5:15 element-removed',
      '6:11 element-removed',
      '7:21 repeated-became-single',
      '7:33 element-removed',
      '8:25 element-removed',
      '9:24 enum-value-removed',
      '13:26 repeated-became-single',
      '17:22 type-removed',
      '23:33 endpoint-removed',
    ]);
    expect(uses[1]!.text).toBe('const a = t.enabled;');
  });
});
