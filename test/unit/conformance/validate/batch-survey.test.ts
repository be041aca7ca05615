/**
 * The stat pass of `qspec validate` (batch-survey.ts): exact bytes up to SURVEY_ALL files, an
 * estimate from an even spread beyond; a refused file among those statted stops the run at once,
 * and one the survey skipped is refused with the same message and exit status when its turn
 * comes, through the real command.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../../../cli/commands/validate.js';
import { SURVEY_ALL, surveyBatch } from '../../../../conformance/validate/batch-survey.js';
import { notRegularMessage, targetKeyOf, unreadableMessage } from '../../../../conformance/validate/validate-range.js';
import { captureIo } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-survey-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `count` files named f0.xml... whose sizes are `size(i)` bytes. */
function files(sub: string, count: number, size: (i: number) => number) {
  mkdirSync(path.join(dir, sub));
  return Array.from({ length: count }, (_, i) => {
    const abs = path.join(dir, sub, `f${i}.xml`);
    writeFileSync(abs, 'x'.repeat(size(i)));
    return { shown: `${sub}/f${i}.xml`, abs };
  });
}

describe('surveyBatch', () => {
  it('counts every byte of a batch of up to SURVEY_ALL files', () => {
    const batch = files('small', SURVEY_ALL, (i) => i + 1);
    expect(surveyBatch(batch)).toEqual({ files: SURVEY_ALL, bytes: (SURVEY_ALL * (SURVEY_ALL + 1)) / 2 });
    expect(surveyBatch([])).toEqual({ files: 0, bytes: 0 });
  });

  it('estimates a larger batch from an even spread of its files', () => {
    // Sizes alternate 100 / 300 in runs of 10: an even spread sees both, the estimate is close.
    const batch = files('large', 3000, (i) => (Math.floor(i / 10) % 2 === 0 ? 100 : 300));
    const survey = surveyBatch(batch);
    if ('failure' in survey) throw new Error(survey.failure);
    expect(survey.files).toBe(3000);
    expect(Math.abs(survey.bytes - 600_000)).toBeLessThan(600_000 * 0.05);
  });

  it('refuses a missing file or a directory it statted, with the one-line messages', () => {
    const batch = files('refused', 4, () => 10);
    const missing = { shown: 'refused/gone.xml', abs: path.join(dir, 'refused', 'gone.xml') };
    const folder = { shown: 'refused', abs: path.join(dir, 'refused') };
    const notDir = { shown: 'refused/f0.xml/x.xml', abs: path.join(batch[0]!.abs, 'x.xml') };
    expect(surveyBatch([...batch, missing])).toEqual({ failure: 'refused/gone.xml: no such file' });
    expect(surveyBatch([folder, ...batch])).toEqual({
      failure: 'refused: is a directory (give files, e.g. refused/*.xml)',
    });
    expect(surveyBatch([notDir])).toEqual({ failure: 'refused/f0.xml/x.xml: no such file' });
    // A stat that fails otherwise (here a symlink loop) says how.
    const loop = path.join(dir, 'refused', 'loop.xml');
    symlinkSync(loop, loop);
    expect(surveyBatch([{ shown: 'loop.xml', abs: loop }])).toEqual({ failure: 'loop.xml: cannot read (ELOOP)' });
  });

  it('the read path words its refusals as the survey does', () => {
    expect(unreadableMessage('a.xml', 'ENOENT')).toBe('a.xml: no such file');
    expect(unreadableMessage('a.xml', 'ENOTDIR')).toBe('a.xml: no such file');
    expect(unreadableMessage('a.xml', 'EACCES')).toBe('a.xml: cannot read (EACCES)');
    expect(unreadableMessage('a.xml', undefined)).toBe('a.xml: cannot read (unknown error)');
    expect(notRegularMessage('d', 'a directory')).toBe('d: is a directory (give files, e.g. d/*.xml)');
    expect(notRegularMessage('p.xml', 'a FIFO')).toBe(
      'p.xml: not a regular file (a FIFO); save the response to a file and validate that',
    );
    expect(
      ['a.json', 'A.JSON', 'a.xml', 'a.XML', 'a.json.xml', 'a.xml.json', 'a.jsonl', 'a.xmlx', 'a'].map(targetKeyOf),
    ).toEqual(['json', 'json', 'xml', 'xml', 'xml', 'json', 'other', 'other', 'other']);
  });

  it('a missing file the survey skipped ends the command the same way, when its turn comes', async () => {
    const batch = files('skipped', SURVEY_ALL * 2, () => 0);
    // Odd indexes are never statted when the batch is twice SURVEY_ALL.
    const gone = batch[2 * 37 + 1]!;
    rmSync(gone.abs);
    expect(surveyBatch(batch)).not.toHaveProperty('failure');
    const io = captureIo();
    const args = [...batch.map((f) => f.abs), '--well-formed', '--jobs', '1'];
    expect(await validateCommand.run(args, io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(`qspec validate: ${gone.abs}: no such file\n`);
  });
});
