/**
 * Vitest reporter: after the run, lists every test skipped WITH a note (the reason given by
 * test/support/requirements.ts, e.g. `needs ../shared/corpus/responses`), grouped by reason, so a
 * skip caused by a missing requirement is visible in the report and not just counted.
 * Tests skipped without a note (`it.skip`, `.todo`) are only counted by vitest itself.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SkipNotesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const byReason = new Map<string, string[]>();
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped' || !result.note) continue;
        const list = byReason.get(result.note) ?? [];
        list.push(`${mod.relativeModuleId} > ${test.fullName}`);
        byReason.set(result.note, list);
      }
    }
    if (byReason.size === 0) return;
    const total = [...byReason.values()].reduce((n, l) => n + l.length, 0);
    const lines = [`\nSkipped for a missing requirement: ${total} test(s)`];
    for (const [reason, tests] of byReason) {
      lines.push(`  ${reason}: ${tests.length}`);
      for (const t of tests.slice(0, 5)) lines.push(`    ↓ ${t}`);
      if (tests.length > 5) lines.push(`    … and ${tests.length - 5} more`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
