/**
 * Payload issues in the stable JSON reports (version 1) keep their documented flat fields
 * (`line`, `column`, `path`) although an issue carries them in its `location`.
 */
import { describe, expect, it } from 'vitest';
import { formatJsonReport } from '../../../../conformance/reporters/json-reporter.js';
import { issueRecord, type PayloadIssue } from '../../../../conformance/validate/payload-issue.js';

const located: PayloadIssue = {
  severity: 'error',
  code: 'UnexpectedElement',
  message: 'element <X> is not allowed here',
  location: { line: 12, column: 7, path: '/A/X' },
  expected: 'B',
  found: 'X',
};
const pointer: PayloadIssue = {
  severity: 'error',
  code: 'JsonSchema',
  message: 'type: must be integer',
  location: { path: '/data/0/id' },
};

describe('issueRecord', () => {
  it('prints the flat documented fields, 0 and empty for an unknown place', () => {
    expect(issueRecord(located)).toStrictEqual({
      severity: 'error',
      code: 'UnexpectedElement',
      message: 'element <X> is not allowed here',
      line: 12,
      column: 7,
      path: '/A/X',
      expected: 'B',
      found: 'X',
    });
    expect(issueRecord(pointer)).toStrictEqual({
      severity: 'error',
      code: 'JsonSchema',
      message: 'type: must be integer',
      line: 0,
      column: 0,
      path: '/data/0/id',
    });
    expect(issueRecord({ ...pointer, location: {} }).path).toBe('');
  });

  it('is what the conformance JSON report prints for a check’s issues', () => {
    const text = formatJsonReport({
      mode: 'replay',
      endpoints: 1,
      durationMs: 1,
      cases: [
        {
          id: 'a.har#1',
          endpoint: 'vm.scan.list',
          name: 'a.har#1',
          outcome: 'fail',
          durationMs: 1,
          checks: [{ check: 'schema-valid', ok: false, message: '1 error(s)', issues: [located] }],
        },
      ],
    });
    expect(JSON.parse(text).cases[0].checks[0].issues).toStrictEqual([issueRecord(located)]);
  });
});
