import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { CommandIo } from '../../../cli/command.js';
import { notesCommand } from '../../../cli/commands/notes.js';
import type { NotesCheckReport } from '../../../generator/notes/check-release-note.js';
import { runNotesCheck } from '../../../generator/notes/run-notes-check.js';
import { describeWith, sharedPath } from '../../support/requirements.js';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../..');
const shared = sharedPath('seeds');
const seeds = shared.path;

const fixture = (stem: string, side: string) => `test/fixtures/releases/${stem}/${side}`;
const check = (stem: string, text?: string): Promise<NotesCheckReport> =>
  runNotesCheck(path.join(seeds, `${stem}.txt`), fixture(stem, 'base'), fixture(stem, 'rev'), repo, undefined, text);
const seedText = (stem: string) => readFileSync(path.join(seeds, `${stem}.txt`), 'utf8');

// [seed, { findings: rule:name of the diff, contradiction: what the note says vs shows }]
const seedsTable: [string, { changes: string[]; contradictions: [string, string][] }][] = [
  [
    '000_13f8be984dbb1e06',
    {
      changes: [
        'element-added:virtualNetwork',
        'element-added:history',
        'element-added:cvssV3',
        'type-added:WebAppFindingHistory',
        'element-added:sendMailFromAddressOption',
        'type-added:FromAddressOption',
      ],
      contradictions: [['WebAppFindingHistory/scan', 'WebAppFindingHistory/scanData']],
    },
  ],
  [
    '001_ebb121bf8af2f994',
    {
      changes: [
        'param-enum-value-added:failed_slice',
        'param-enum-value-added:exceeded_scan_duration',
        'param-added:statusChangedSince',
      ],
      contradictions: [['/api/2.0/fo/report/?action=fetch', '/pcrs/1.0/posture/postureInfo']],
    },
  ],
  [
    '002_edcfab8551379e79',
    {
      changes: ['param-added:scan_type', 'param-added:show_cloud_details', 'element-added:ELB_DNS', 'type-added:DNS'],
      contradictions: [],
    },
  ],
  [
    '003_6ff78f60f0649977',
    {
      changes: ['element-added:customAttributes', 'endpoint-added:/easm/v1/profile/status'],
      contradictions: [['rest/2.0/get/am/asset?assetId=<asset_id>', '/rest/2.0/search/am/asset']],
    },
  ],
  [
    '004_82eeec059331f8d3',
    {
      changes: [
        'endpoint-added:/pci/reporting/complianceSummary',
        'endpoint-added:/pci/reporting/reportGeneration/fetch',
        'endpoint-added:/pci/reporting/reportGeneration/submit',
        'endpoint-added:/pci/reporting/{reportId}/status',
        'endpoint-added:/pci/reporting/download',
        'endpoint-added:/pci/reporting/{reportId}/requestReview',
      ],
      contradictions: [['/pci/compliance/summary', '/pci/reporting/complianceSummary']],
    },
  ],
];

describeWith(shared)('notes check reproduces the five seed releases', () => {
  it.each(seedsTable)('%s', async (stem, { changes, contradictions }) => {
    const report = await check(stem);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.agree).toBe(true);
    expect(report.counts.findings).toBeGreaterThanOrEqual(changes.length);
    const got = report.issues.filter((i) => i.kind === 'contradiction');
    expect(got).toHaveLength(contradictions.length);
    for (const [says, shows] of contradictions) {
      expect(got.some((c) => c.name === says && c.message.includes(shows))).toBe(true);
    }
    const { runDiff } = await import('../../../generator/diff/run-diff.js');
    const diff = await runDiff(fixture(stem, 'base'), fixture(stem, 'rev'), repo);
    const names = diff.report.findings.map((f) => `${f.rule}:${f.rule === 'endpoint-added' ? f.name : f.name}`);
    for (const c of changes) expect(names).toContain(c);
  });
});

describeWith(shared)('notes check catches an edited note by name', () => {
  it('a note that drops the ELB_DNS change reports it as unannounced', async () => {
    const stem = '002_edcfab8551379e79';
    const text = seedText(stem)
      .split('\n')
      .filter((l) => !/ELB_DNS/.test(l))
      .join('\n');
    const report = await check(stem, text);
    expect(report.agree).toBe(false);
    const unannounced = report.issues.filter((i) => i.kind === 'unannounced-change').map((i) => i.name);
    expect(unannounced).toContain('ELB_DNS');
  });

  it('a note that drops a new parameter value reports it as unannounced', async () => {
    const stem = '001_ebb121bf8af2f994';
    const text = seedText(stem)
      .replace(/exceeded[_ ]scan[_ ]?\n?_?duration/gi, '')
      .replace(/Exceeded Scan\s+Duration/g, '');
    const report = await check(stem, text);
    expect(report.issues.filter((i) => i.kind === 'unannounced-change').map((i) => i.name)).toEqual([
      'exceeded_scan_duration',
    ]);
  });

  it('a note that announces a parameter the specs do not have reports it as not found', async () => {
    const stem = '002_edcfab8551379e79';
    const text = seedText(stem).replace(
      'scan_type=perimeter (Optional)',
      'scan_region={value} (Optional) Filter by cloud region.\nscan_type=perimeter (Optional)',
    );
    const report = await check(stem, text);
    expect(report.agree).toBe(false);
    expect(report.issues.filter((i) => i.kind === 'announced-not-found').map((i) => i.name)).toEqual(['scan_region']);
  });

  it('a note that announces a new element the schemas do not have reports it as not found', async () => {
    const stem = '000_13f8be984dbb1e06';
    const text = seedText(stem).replace(
      'We added a new element "sendMailFromAddressOption."',
      'We added a new element "sendMailReplyTo."',
    );
    const report = await check(stem, text);
    expect(report.issues.filter((i) => i.kind === 'announced-not-found').map((i) => i.name)).toEqual([
      'sendMailReplyTo',
    ]);
  });

  it.each([
    ['Yes', 'No', /"DTD or XSD changes No" .* but the diff changes vm\/schemas\/schedule_scan_list_output\.dtd/],
  ])('"DTD or XSD changes %s" edited to %s is reported', async (from, to, message) => {
    const stem = '002_edcfab8551379e79';
    const report = await check(stem, seedText(stem).replace(`DTD or XSD changes ${from}`, `DTD or XSD changes ${to}`));
    expect(report.issues.filter((i) => i.kind === 'schema-flag-mismatch').map((i) => i.message)).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it('"DTD or XSD changes Yes" without a schema change is reported', async () => {
    const stem = '001_ebb121bf8af2f994';
    const report = await check(stem, seedText(stem).replace('DTD or XSD changes No', 'DTD or XSD changes Yes'));
    expect(report.issues.filter((i) => i.kind === 'schema-flag-mismatch').map((i) => i.name)).toEqual([
      'vm.scan.summary.list',
    ]);
  });

  it('an "API affected" path that names no endpoint is reported', async () => {
    const stem = '002_edcfab8551379e79';
    const text = 'API affected /api/2.0/fo/nothing/here\n\nNew or Updated API Updated\n\nDTD or XSD changes No\n';
    const report = await check(stem, text);
    expect(report.agree).toBe(false);
    expect(report.issues.filter((i) => i.kind === 'unknown-endpoint').map((i) => [i.name, i.severity])).toEqual([
      ['/api/2.0/fo/nothing/here', 'error'],
    ]);
  });

  it('a contradicted "API affected" path without an alias is a warning naming the sample endpoint', async () => {
    const report = await check('001_ebb121bf8af2f994');
    const issue = report.issues.find((i) => i.kind === 'unknown-endpoint');
    expect(issue).toMatchObject({ severity: 'warning', name: '/api/2.0/fo/report/?action=fetch' });
    expect(issue!.message).toContain('pc.posture.info');
  });
});

describeWith(shared)('qspec notes check (command)', () => {
  const io = (): CommandIo & { out: string[] } => {
    const out: string[] = [];
    return { out, stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: repo, isTty: false, env: {} };
  };
  it('exits 0 when the note and the diff agree, listing the contradictions', async () => {
    const c = io();
    const stem = '004_82eeec059331f8d3';
    expect(
      await notesCommand.run(
        ['check', path.join(seeds, `${stem}.txt`), '--base', fixture(stem, 'base'), '--rev', fixture(stem, 'rev')],
        c,
      ),
    ).toBe(0);
    expect(c.out.join('')).toMatch(/warning contradiction: .*\/pci\/compliance\/summary/);
  });
  it('exits 1 when they disagree (json output)', async () => {
    const c = io();
    const stem = '001_ebb121bf8af2f994';
    const code = await notesCommand.run(
      [
        'check',
        path.join(seeds, `${stem}.txt`),
        '--base',
        fixture(stem, 'rev'),
        '--rev',
        fixture(stem, 'base'),
        '--format',
        'json',
      ],
      c,
    );
    expect(code).toBe(1);
    const report = JSON.parse(c.out.join(''));
    expect(report.version).toBe(1);
    expect(report.agree).toBe(false);
  });
  it.each([[['check']], [['list', 'x']], [['check', 'n.txt', '--base', 'a']]])('usage error for %j', async (argv) => {
    await expect(notesCommand.run(argv, io())).rejects.toThrow(/qspec notes/);
  });
});
