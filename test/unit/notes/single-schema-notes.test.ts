/**
 * `qspec notes check` with single schema files for BASE and REV (the XSD Qualys publishes beside
 * a release note): "API affected" paths resolve through the spec folder (--specs), claims about
 * schemas that were not compared are not held against the diff, and without a spec folder the
 * paths are reported as not checked (warnings), never as disagreement. Also the phrasing
 * "the new element X" (name after the noun, unquoted) is a claim.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../cli/command.js';
import { notesCommand } from '../../../cli/commands/notes.js';
import { findNoteBlocks } from '../../../generator/notes/note-blocks.js';
import { findNoteClaims } from '../../../generator/notes/note-claims.js';
import { readNoteText } from '../../../generator/notes/note-text.js';
import { runNotesCheck } from '../../../generator/notes/run-notes-check.js';
import { describeWith, sharedPath } from '../../support/requirements.js';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../..');
const seeds = sharedPath('seeds');
const STEM = '000_13f8be984dbb1e06';
const release = `test/fixtures/releases/${STEM}`;
const schema = (side: string, rel: string) => `${release}/${side}/${rel}`;
const SCHEMAS = ['was/schemas/wasscanschedule.xsd', 'was/schemas/finding.xsd', 'am/schemas/hostasset.xsd'];

describeWith(seeds)('notes check with single schema files (seed 000 release note)', () => {
  const note = path.join(seeds.path, `${STEM}.txt`);

  it.each(SCHEMAS)('%s: endpoints looked up in --specs; note and diff agree', async (rel) => {
    const report = await runNotesCheck(
      note,
      schema('base', rel),
      schema('rev', rel),
      repo,
      undefined,
      undefined,
      `${release}/rev`,
    );
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.issues.some((i) => i.kind === 'unknown-endpoint')).toBe(false);
    expect(report.agree).toBe(true);
  });

  it('without a spec folder, "API affected" paths are warnings saying they were not checked', async () => {
    const report = await runNotesCheck(
      note,
      schema('base', SCHEMAS[0]!),
      schema('rev', SCHEMAS[0]!),
      repo,
      undefined,
      undefined,
      'no-such-folder',
    );
    const unknown = report.issues.filter((i) => i.kind === 'unknown-endpoint');
    expect(unknown.length).toBe(6);
    for (const i of unknown) {
      expect(i.severity).toBe('warning');
      expect(i.message).toContain('not checked: single schema files were compared');
      expect(i.message).toContain('no-such-folder/');
    }
  });

  it('through the command: --specs given, exit 0', async () => {
    const out: string[] = [];
    const io: CommandIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      cwd: repo,
      isTty: false,
      env: {},
    };
    const args = ['check', note, '--base', schema('base', SCHEMAS[1]!), '--rev', schema('rev', SCHEMAS[1]!)];
    expect(await notesCommand.run([...args, '--specs', `${release}/rev`], io)).toBe(0);
    expect(out.join('')).toMatch(/note and diff agree/);
  });

  it('"the new element X" (real phrasing of line 537, reworded) is a claim', () => {
    const lines = readFileSync(note, 'utf8').split('\n');
    const original = lines.find((l) => l.includes('new element "sendMailFromAddressOption'))!;
    expect(original).toBeDefined();
    const reworded = original.replace(
      /a new element "sendMailFromAddressOption\."/,
      'the new element sendMailFromAddressOption',
    );
    const text = readNoteText(reworded);
    const claims = findNoteClaims(text, findNoteBlocks(text));
    expect(claims.map((c) => [c.kind, c.name])).toEqual([['element', 'sendMailFromAddressOption']]);
  });
});

describe('"the new element X" phrasing', () => {
  const claimsOf = (line: string) => {
    const text = readNoteText(line);
    return findNoteClaims(text, findNoteBlocks(text)).map((c) => [c.kind, c.name]);
  };
  it.each([
    ['We added the new element WebAppFindingHistory to the XSD.', [['element', 'WebAppFindingHistory']]],
    ['The new field <LAST_SCAN_DATE> is returned.', [['element', 'LAST_SCAN_DATE']]],
    ['New parameter statusChangedSince lets you filter.', [['param', 'statusChangedSince']]],
    // plain English after the noun is not a name
    ['A new element in the output is described below.', []],
  ])('%s', (line, want) => {
    expect(claimsOf(line)).toEqual(want);
  });
});
