/**
 * The one issue formatter: every location part in its place, each left out when unknown, and
 * expected/found only when they say something.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, formatLocation, type Issue } from '../../../runtime/issue.js';

const base = { code: 'UnexpectedElement', severity: 'error', message: 'element <X> is not allowed here' } as const;

describe('formatLocation', () => {
  it('renders file:line:column endpoint path, leaving out what is unknown', () => {
    expect(formatLocation({ file: 'a.xml', line: 3, column: 7, endpoint: 'vm.scan.list', path: '/A/X' })).toBe(
      'a.xml:3:7 vm.scan.list /A/X',
    );
    expect(formatLocation({ file: 'a.xml', line: 3 })).toBe('a.xml:3');
    expect(formatLocation({ file: 'a.xml' })).toBe('a.xml');
    expect(formatLocation({ line: 3, column: 7, path: '/A/X' })).toBe('3:7 /A/X');
    expect(formatLocation({ endpoint: 'vm.scan.list', path: '/data/0' })).toBe('vm.scan.list /data/0');
    expect(formatLocation({ path: '' })).toBe('');
    expect(formatLocation({})).toBe('');
  });
});

describe('formatIssue', () => {
  it('prints the compiler-style line with expected and found', () => {
    const issue: Issue = {
      ...base,
      location: { file: 'saved.xml', line: 12, column: 7, path: '/A/B[2]/X' },
      expected: 'HOST_SUMMARY',
      found: 'X',
    };
    expect(formatIssue(issue)).toBe(
      'saved.xml:12:7 /A/B[2]/X: error UnexpectedElement: element <X> is not allowed here (expected HOST_SUMMARY, found X)',
    );
  });

  it('leaves out an empty expected or found, and the location when there is none', () => {
    expect(formatIssue({ ...base, location: { line: 1, column: 2 }, expected: '', found: 'X' })).toBe(
      '1:2: error UnexpectedElement: element <X> is not allowed here (found X)',
    );
    expect(formatIssue({ ...base, severity: 'warning', location: {} })).toBe(
      'warning UnexpectedElement: element <X> is not allowed here',
    );
  });
});
