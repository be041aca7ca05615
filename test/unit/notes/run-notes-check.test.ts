/**
 * `runNotesCheck`, the whole pipeline on the in-repo fixture of release 000 (spec folders and
 * single schema files): the note read from disk or given as text, the labels, and for single
 * schema files the spec folder lookup (given, default `specs`, missing, not a folder), which
 * schema files count as compared, and which names only the folder's other schemas declare.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNotesCheck } from '../../../generator/notes/run-notes-check.js';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../..');
const R = 'test/fixtures/releases/000_13f8be984dbb1e06';
const WSS = 'was/schemas/wasscanschedule.xsd';
const GET_PATH = '/qps/rest/3.0/get/was/finding/<id>';
const FINDING_GET = `API affected ${GET_PATH}`;
const tmp = mkdtempSync(path.join(tmpdir(), 'qspec-run-notes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const notChecked = (folder: string) =>
  `"API affected /qps/rest/3.0/get/was/finding/<id>" (line 1) not checked: single schema files were compared and there is no spec folder ${folder} to look endpoints up in (pass --specs DIR)`;

describe('spec folders', () => {
  it('labels are the arguments; a note given as text; an unknown path is an error', async () => {
    const r = await runNotesCheck('the-note', `${R}/base`, `${R}/rev`, repo, undefined, 'API affected /nowhere/x');
    expect(r).toMatchObject({ version: 1, note: 'the-note', base: `${R}/base`, rev: `${R}/rev`, agree: false });
    expect(r.counts).toEqual({ blocks: 1, claims: 0, findings: 20 });
    expect(r.issues.filter((i) => i.kind !== 'unannounced-change')).toEqual([
      {
        kind: 'unknown-endpoint',
        severity: 'error',
        name: '/nowhere/x',
        line: 1,
        message: '"API affected /nowhere/x" (line 1) matches no spec endpoint path or alias',
      },
    ]);
  });

  it('without text, the note is read from NOTE relative to cwd', async () => {
    writeFileSync(path.join(tmp, 'note.txt'), 'API affected /nowhere/y\n');
    const r = await runNotesCheck('note.txt', path.join(repo, R, 'base'), path.join(repo, R, 'rev'), tmp);
    expect(r.issues.filter((i) => i.kind === 'unknown-endpoint').map((i) => i.name)).toEqual(['/nowhere/y']);
  });
});

describe('single schema files', () => {
  const single = (side: string, rel = WSS) => path.join(repo, R, side, rel);
  const only = (kinds: string[]) => (r: Awaited<ReturnType<typeof runNotesCheck>>) =>
    r.issues.filter((i) => kinds.includes(i.kind));

  it('a spec folder given: paths resolve there, and its schema files decide "DTD or XSD changes"', async () => {
    const note = (flag: string) => [FINDING_GET, `DTD or XSD changes ${flag}`, 'cvssV3 history'].join('\n');
    const base = single('base', 'was/schemas/finding.xsd');
    const rev = single('rev', 'was/schemas/finding.xsd');
    const yes = await runNotesCheck('n', base, rev, repo, undefined, note('Yes'), `${R}/rev`);
    expect(only(['unknown-endpoint', 'schema-flag-mismatch'])(yes)).toEqual([]);
    const no = await runNotesCheck('n', base, rev, repo, undefined, note('No'), `${R}/rev`);
    expect(only(['unknown-endpoint', 'schema-flag-mismatch'])(no)).toEqual([
      {
        kind: 'schema-flag-mismatch',
        severity: 'error',
        name: 'was.finding.get',
        line: 1,
        message:
          '"DTD or XSD changes No" (line 1) but the diff changes finding.xsd for was.finding.get: type-added CvssV3; type-added CvssV3; element-added Finding/cvssV3',
      },
    ]);
  });

  it('the spec folder missing: paths are not checked (warnings)', async () => {
    const r = await runNotesCheck('n', single('base'), single('rev'), repo, undefined, FINDING_GET, 'no-such-folder');
    expect(only(['unknown-endpoint'])(r)).toEqual([
      {
        kind: 'unknown-endpoint',
        severity: 'warning',
        name: GET_PATH,
        line: 1,
        message: notChecked('no-such-folder/'),
      },
    ]);
  });

  it('a spec "folder" that is a file counts as missing', async () => {
    const r = await runNotesCheck(
      'n',
      single('base'),
      single('rev'),
      repo,
      undefined,
      FINDING_GET,
      `${R}/rev/was/finding.yaml`,
    );
    expect(only(['unknown-endpoint'])(r).map((i) => i.message)).toEqual([notChecked(`${R}/rev/was/finding.yaml/`)]);
  });

  it('the default spec folder is `specs` under cwd', async () => {
    const cwd = path.join(tmp, 'default');
    mkdirSync(cwd);
    const without = await runNotesCheck('n', single('base'), single('rev'), cwd, undefined, FINDING_GET);
    expect(only(['unknown-endpoint'])(without).map((i) => i.message)).toEqual([notChecked('specs/')]);
    symlinkSync(path.join(repo, R, 'rev'), path.join(cwd, 'specs'));
    const withSpecs = await runNotesCheck('n', single('base'), single('rev'), cwd, undefined, FINDING_GET);
    expect(only(['unknown-endpoint'])(withSpecs)).toEqual([]);
  });

  it('a missing spec folder that is cwd itself is shown as ./', async () => {
    const gone = path.join(tmp, 'gone');
    const r = await runNotesCheck('n', single('base'), single('rev'), gone, undefined, FINDING_GET, '.');
    expect(only(['unknown-endpoint'])(r).map((i) => i.message)).toEqual([notChecked('./')]);
  });

  it('one side a single schema file is enough (either side)', async () => {
    const a = await runNotesCheck('n', `${R}/base`, single('rev'), repo, undefined, 'API affected /nowhere/z', 'none');
    const b = await runNotesCheck('n', single('base'), `${R}/rev`, repo, undefined, 'API affected /nowhere/z', 'none');
    for (const r of [a, b]) {
      expect(only(['unknown-endpoint'])(r).map((i) => i.severity)).toEqual(['warning']);
    }
  });

  it('claims about names only the other schemas of the folder declare are skipped', async () => {
    const note = 'We added three new elements: "hasMoreRecords", "WebAppFindingHistory" and "zzNowhereName".';
    const r = await runNotesCheck('n', single('base'), single('rev'), repo, undefined, note, `${R}/rev`);
    // hasMoreRecords: also in the compared schema, so checked; WebAppFindingHistory: only in finding.xsd
    expect(only(['announced-not-found'])(r).map((i) => i.name)).toEqual(['hasMoreRecords', 'zzNowhereName']);
  });

  it("with a spec folder on the other side, only the single file's names count as compared", async () => {
    // firstDetectedDate: in finding.xsd of both folders, never in wasscanschedule.xsd
    const note = 'We added two new elements: "firstDetectedDate" and "zzNowhereName".';
    const r = await runNotesCheck('n', `${R}/base`, single('rev'), repo, undefined, note, `${R}/rev`);
    expect(only(['announced-not-found'])(r).map((i) => i.name)).toEqual(['zzNowhereName']);
  });

  it("the folder's own copy of a compared file does not count as elsewhere", async () => {
    // base against base: the folder (rev) copy of wasscanschedule.xsd declares sendMailFromAddressOption
    const note = 'We added the new element "sendMailFromAddressOption".';
    const r = await runNotesCheck('n', single('base'), single('base'), repo, undefined, note, `${R}/rev`);
    expect(only(['announced-not-found'])(r).map((i) => i.name)).toEqual(['sendMailFromAddressOption']);
    expect(r.counts.findings).toBe(0);
  });
});
