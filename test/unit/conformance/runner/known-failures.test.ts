import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKnownFailure, parseKnownFailures } from '../../../../conformance/runner/known-failures.js';
import { repoRoot } from '../helpers.js';

describe('known-failures.yaml', () => {
  it('the checked-in file parses and every entry has a reason', () => {
    const file = path.join(repoRoot, 'conformance', 'known-failures.yaml');
    const list = parseKnownFailures(readFileSync(file, 'utf8'), file);
    expect(list.length).toBeGreaterThan(0);
    for (const k of list) expect(k.reason.length).toBeGreaterThanOrEqual(10);
  });

  const refused: [string, string, RegExp][] = [
    ['no reason', '- case: "a.har#1"\n', /:1: known failure 'a\.har#1' needs a 'reason'/],
    ['an empty reason', '- case: x\n  reason: ""\n', /needs a 'reason'/],
    ['an unknown key', '- case: x\n  reason: because it is broken upstream\n  until: 2025\n', /unknown key 'until'/],
    ['no case', '- reason: because it is broken upstream\n', /has no 'case'/],
    ['not a list', 'case: x\n', /expected a list/],
  ];
  it.each(refused)('refuses %s', (_n, text, want) => {
    expect(() => parseKnownFailures(text, 'kf.yaml')).toThrow(want);
  });

  it('matches wildcards and modes', () => {
    const list = parseKnownFailures(
      '- case: "steps.har#*"\n  modes: [replay]\n  reason: recorded against an old schema\n',
      'kf.yaml',
    );
    expect(findKnownFailure(list, 'steps.har#7', 'replay')?.reason).toBe('recorded against an old schema');
    expect(findKnownFailure(list, 'steps.har#7', 'mock')).toBeUndefined();
    expect(findKnownFailure(list, 'other.har#7', 'replay')).toBeUndefined();
  });
});
