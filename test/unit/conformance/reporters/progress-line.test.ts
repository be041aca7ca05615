/**
 * The text reporter's progress line: a bar when the number of cases is known (mock, live), a
 * count when it is not (replay reads recordings entry by entry, so any "total" it could give is
 * the count so far and the bar would always look full).
 */
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../../conformance/reporters/text-reporter.js';
import type { CaseResult } from '../../../../conformance/runner/case-result.js';

const result: CaseResult = {
  id: 'corpus.har#3',
  name: 'corpus.har#3',
  outcome: 'pass',
  checks: [],
  durationMs: 0,
};

describe('progressLine', () => {
  it('draws a bar of the part done when the total is known', () => {
    expect(progressLine(3, 12, result, 12)).toMatch(/^\r\[###\.{9}\] 3\/12 corpus\.har#3/);
  });

  it('counts the cases when the total is not known, without a bar', () => {
    const line = progressLine(3, undefined, result);
    expect(line).toMatch(/^\r3 cases checked corpus\.har#3/);
    expect(line).not.toContain('[');
  });
});
