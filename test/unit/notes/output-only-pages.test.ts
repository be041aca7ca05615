/**
 * Which lines an output-only block ("New or Updated API Neither (output change only)") silences
 * in generator/notes/note-claims.ts: the block's own PDF page and the page after it, never the
 * page before. Seed 002 shows why: its output-only block for `scan/?action=fetch` (line 215) sits
 * at the foot of the page where that section starts, the section's samples and "We added …"
 * sentences run on over the next page, and the page before holds another API's section, whose
 * "We've added the new ELB_DNS tag" (line 150) is a real DTD change that must stay a claim.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWith, sharedPath } from '../../support/requirements.js';
import { claimsOf } from './note-claims-of.js';

const names = (text: string): string[] => claimsOf(text).map((c) => `${c.kind}:${c.name}:${c.line}`);

const seeds = sharedPath('seeds');
const seed002 = (): string[] =>
  readFileSync(path.join(seeds.path, '002_edcfab8551379e79.txt'), 'utf8').replace(/\r\n?/g, '\n').split('\n');

describeWith(seeds)('output-only pages in seed 002', () => {
  it('the ELB_DNS tag on the page before the output-only block stays a claim', () => {
    const lines = seed002();
    expect(lines[149]).toMatch(/added the new ELB_DNS tag/);
    expect(lines[216]).toMatch(/^New or Updated API Neither/);
    expect(names(lines.join('\n'))).toContain('element:ELB_DNS:150');
  });

  it('a claim on the page after the output-only block, where its samples go on, is dropped', () => {
    const lines = seed002();
    // line 222 (page 5, after the block of line 215 on page 4): the output change's own sentence
    expect(lines[221]).toMatch(/^We added “scan_type”/);
    lines[221] = 'We added the new scanTypeLabel field to the extended output.';
    expect(names(lines.join('\n')).filter((n) => n.includes('scanTypeLabel'))).toStrictEqual([]);
    // the same sentence outside the output-only pages is a claim (the probe itself is one)
    lines[149] = 'We added the new scanTypeLabel field to the extended output.';
    expect(names(lines.join('\n'))).toContain('element:scanTypeLabel:150');
  });
});

it('pages: the one before a "Neither" block is kept, its own and the next are dropped, the one after is kept', () => {
  const text = [
    'new pageZero tag', // page 0
    ' Page 1',
    'new pageOne tag',
    ' Page 2',
    'new pageTwo tag',
    'API affected /a/b',
    'New or Updated API Neither (output change only)',
    ' Page 3',
    'new pageThree tag',
    ' Page 4',
    'new pageFour tag',
  ].join('\n');
  expect(names(text)).toStrictEqual(['element:pageZero:1', 'element:pageOne:3', 'element:pageFour:11']);
});
