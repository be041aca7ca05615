/**
 * End to end: replay of every corpus recording (../shared/corpus/recordings: HAR files and the
 * ruby-qualys VCR cassettes): each entry is matched to an endpoint or reported as unspecified,
 * and every matched one validates or is a known failure with its reason. Skips with a notice
 * when the shared corpus is absent.
 */
import { readdirSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { conformanceCommand } from '../../cli/commands/conformance.js';
import { itWith, sharedPath } from '../support/requirements.js';
import { captureIo } from '../unit/conformance/helpers.js';

const shared = sharedPath('corpus', 'recordings');
const recordings = shared.path;
const ruby = sharedPath('corpus', 'recordings', 'ruby-qualys');
const cassettes = ruby.path;

describe('qspec conformance --mode replay (corpus)', () => {
  itWith(shared)(
    'matches or reports every entry; matched entries pass or are known failures',
    async () => {
      const io = captureIo();
      const code = await conformanceCommand.run(['--mode', 'replay', '--reporter', 'json', recordings], io);
      const report = JSON.parse(io.out());
      const failed = report.cases
        .filter((c: { outcome: string }) => c.outcome === 'fail')
        .map((c: { id: string }) => c.id);
      expect(failed).toEqual([]);
      expect(code).toBe(0);
      for (const c of report.cases) {
        expect(['pass', 'skip', 'unspecified']).toContain(c.outcome);
        if (c.outcome === 'skip') expect(c.reason.length).toBeGreaterThan(10);
      }
      expect(report.summary.pass).toBeGreaterThan(20);
      // Every entry is specified (ruby-qualys wrong.yml: an FO call without action, checked as
      // vm.scan.*), and the only known failures left are the graph-qualys test-server answers.
      expect(report.summary.unspecified).toBe(0);
      const skipped = report.cases.filter((c: { outcome: string }) => c.outcome === 'skip');
      for (const c of skipped) expect(c.id).toMatch(/^collect-data\.har#/);
      const wrong = report.cases.filter((c: { id: string }) => c.id.startsWith('wrong.yml#'));
      expect(wrong.map((c: { endpoint: string; outcome: string }) => [c.endpoint, c.outcome])).toEqual([
        ['vm.scan.*', 'pass'],
        ['vm.scan.*', 'pass'],
      ]);
      console.log(
        `replay: ${report.summary.cases} entries: ${report.summary.pass} pass, ${report.summary.skip} known failures, ${report.summary.unspecified} unspecified`,
      );
    },
    60_000,
  );

  itWith(ruby)(
    'replays the ruby-qualys VCR cassettes: every cassette read, bodies checked, the login password never reported',
    async () => {
      const files = readdirSync(cassettes).filter((f) => f.endsWith('.yml'));
      const io = captureIo();
      const code = await conformanceCommand.run(['--mode', 'replay', '--reporter', 'json', cassettes], io);
      const report = JSON.parse(io.out());
      const unreadable = report.cases.filter((c: { checks: { check: string }[] }) =>
        c.checks.some((k) => k.check === 'recording'),
      );
      expect(unreadable).toEqual([]);
      expect(code).toBe(0);
      const read = new Set(report.cases.map((c: { id: string }) => c.id.split('#')[0]));
      expect([...read].sort()).toEqual(files.sort());
      // Every cassette has at least one interaction; fetch_scan_report.yml has three.
      expect(report.cases.length).toBeGreaterThanOrEqual(files.length + 2);
      const checked = report.cases.filter((c: { checks: { check: string }[] }) =>
        c.checks.some((k) => k.check === 'schema-valid'),
      );
      expect(checked.length).toBeGreaterThan(10);
      // login.yml posts `password=thomasPassword` (a placeholder, but a credential by its name).
      expect(io.out()).not.toContain('thomasPassword');
      console.log(
        `replay (VCR): ${files.length} cassettes, ${report.summary.cases} entries: ${report.summary.pass} pass, ${report.summary.skip} known failures, ${report.summary.unspecified} unspecified`,
      );
    },
    60_000,
  );
});
