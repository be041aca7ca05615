/**
 * The diff config file: what parses (severity overrides, ignores with location/endpoint/path),
 * every DiffConfigInvalid error with its exact message and file:line:column, and how an ignore
 * entry is matched against a finding (rule, path, endpoint, location by base/rev file[:line]).
 *
 * @see docs/diff-rules.md §Configuration
 */
import { describe, expect, it } from 'vitest';
import { isDiagnosticError } from '../../../generator/diagnostics.js';
import { applyDiffConfig, EMPTY_DIFF_CONFIG, parseDiffConfig } from '../../../generator/diff/diff-config.js';
import type { DiffFinding } from '../../../generator/diff/diff-finding.js';

const FILE = 'cfg/qspec-diff.yaml';

interface Failure {
  code: string;
  message: string;
  location: { file?: string; line?: number; column?: number };
}

function failure(text: string): Failure {
  try {
    parseDiffConfig(FILE, text);
  } catch (e) {
    if (!isDiagnosticError(e)) throw e;
    const d = (e as unknown as { diagnostics: Failure[] }).diagnostics[0]!;
    return { code: d.code, message: d.message, location: { ...d.location } };
  }
  throw new Error('expected a DiffConfigInvalid error');
}

const err = (message: string, line?: number, column?: number): Failure => ({
  code: 'DiffConfigInvalid',
  message,
  location: line === undefined ? { file: FILE } : { file: FILE, line, column },
});

describe('parseDiffConfig: accepted configs', () => {
  it('an empty file, and the empty config', () => {
    expect(parseDiffConfig(FILE, '')).toEqual({ severity: {}, ignore: [] });
    expect(EMPTY_DIFF_CONFIG).toEqual({ severity: {}, ignore: [] });
  });

  it('severity only: no ignores', () => {
    expect(parseDiffConfig(FILE, 'severity:\n  enum-value-added: breaking\n  param-added: warning\n')).toEqual({
      severity: { 'enum-value-added': 'breaking', 'param-added': 'warning' },
      ignore: [],
    });
  });

  it('ignores keep exactly the selectors given', () => {
    const text = [
      'ignore:',
      '  - rule: element-removed',
      '    location: am/schemas/h.xsd:120',
      '    reason: gone long ago',
      '  - rule: param-removed',
      '    endpoint: am.hostasset.get',
      '    reason: never used',
      '  - rule: element-removed',
      '    path: HostAsset/ipv6',
      '    reason: never returned',
      '  - rule: path-changed',
      '    path: a',
      '    endpoint: b',
      '    location: c',
      '    reason: all three',
      '',
    ].join('\n');
    expect(parseDiffConfig(FILE, text)).toStrictEqual({
      severity: {},
      ignore: [
        { rule: 'element-removed', location: 'am/schemas/h.xsd:120', reason: 'gone long ago' },
        { rule: 'param-removed', endpoint: 'am.hostasset.get', reason: 'never used' },
        { rule: 'element-removed', path: 'HostAsset/ipv6', reason: 'never returned' },
        { rule: 'path-changed', location: 'c', endpoint: 'b', path: 'a', reason: 'all three' },
      ],
    });
  });
});

describe('parseDiffConfig: errors, exact message and location', () => {
  it('not YAML: the first line of the parser message, at its position', () => {
    expect(failure('a: b: c\n')).toEqual(
      err('not valid YAML: Nested mappings are not allowed in compact mappings at line 1, column 4:', 1, 4),
    );
  });

  it.each([
    ['a list', '- severity\n'],
    ['a scalar', 'hello\n'],
  ])('the top level is %s', (_what, text) => {
    expect(failure(text)).toEqual(err('the config must be a mapping with `severity` and/or `ignore`'));
  });

  it('an unknown top-level key, located at the key', () => {
    expect(failure('severity: {}\nignores: []\n')).toEqual(
      err("unknown key 'ignores' (allowed: severity, ignore)", 2, 1),
    );
    expect(failure('severity: {}\n  \nfail-on: warning\n')).toEqual(
      err("unknown key 'fail-on' (allowed: severity, ignore)", 3, 1),
    );
  });

  it('an unknown rule in severity, located at the key', () => {
    expect(failure('severity:\n  no-such-rule: info\n')).toEqual(
      err("severity: unknown rule 'no-such-rule' (see 'qspec diff --list-rules')", 2, 3),
    );
  });

  it('a severity key that is not a string is located at the key too', () => {
    expect(failure('severity:\n  7: info\n')).toEqual(
      err("severity: unknown rule '7' (see 'qspec diff --list-rules')", 2, 3),
    );
  });

  it.each([
    ['fatal', 'severity:\n  element-added: fatal\n'],
    ['a number', 'severity:\n  element-added: 3\n'],
  ])('a severity level that is %s', (_what, text) => {
    expect(failure(text)).toEqual(err('severity.element-added: must be one of breaking, warning, info', 2, 18));
  });

  it('ignore that is not a list', () => {
    expect(failure('ignore:\n  rule: element-removed\n')).toEqual(
      err('ignore: must be a list of { rule, location|endpoint|path, reason }', 2, 3),
    );
    expect(failure('ignore: 5\n')).toEqual(
      err('ignore: must be a list of { rule, location|endpoint|path, reason }', 1, 9),
    );
  });

  const RULE = "'rule' must name a diff rule (see 'qspec diff --list-rules')";
  it.each([
    ['missing', '    path: a\n    reason: r\n'],
    ['unknown', '    rule: no-such-rule\n    path: a\n    reason: r\n'],
    ['not a string', '    rule: 5\n    path: a\n    reason: r\n'],
  ])("the second entry's rule is %s", (_what, entry) => {
    const text = `ignore:\n  - rule: element-removed\n    path: x\n    reason: ok\n  -\n${entry}`;
    expect(failure(text)).toEqual(err(`ignore[1]: ${RULE}`, 6, 5));
  });

  it('an empty ignore entry fails on its rule', () => {
    expect(failure('ignore:\n  - \n')).toEqual(err(`ignore[0]: ${RULE}`, 2, 5));
  });

  it.each([
    ['missing', ''],
    ['blank', "    reason: '   '\n"],
    ['empty', "    reason: ''\n"],
    ['not a string', '    reason: 5\n'],
  ])('a reason that is %s', (_what, reason) => {
    expect(failure(`ignore:\n  - rule: element-removed\n    path: A/b\n${reason}`)).toEqual(
      err("ignore[0]: a 'reason' is required to ignore a finding", 2, 5),
    );
  });

  it.each([
    ['none', ''],
    ['a number', '    location: 5\n'],
    ['empty strings', "    path: ''\n    endpoint: ''\n"],
  ])('selectors: %s', (_what, selectors) => {
    expect(failure(`ignore:\n  - rule: element-removed\n    reason: r\n${selectors}`)).toEqual(
      err("ignore[0]: give a 'location', 'endpoint' or 'path' to say which finding", 2, 5),
    );
  });
});

const ORIGIN_A = { file: 'x/schemas/a.xsd', line: 12, column: 3 };
const ORIGIN_B = { file: 'x/schemas/b.xsd', line: 7, column: 1 };

function finding(rule: string, extra: Partial<DiffFinding> = {}): DiffFinding {
  return {
    rule,
    severity: 'breaking',
    direction: 'response',
    message: `${rule} happened`,
    name: 'ipv6',
    path: 'HostAsset/ipv6',
    endpoints: ['am.hostasset.get', 'am.hostasset.list'],
    base: ORIGIN_A,
    rev: ORIGIN_B,
    ...extra,
  };
}

/** The reason the finding was ignored with, or null when not ignored. */
function ignoredBy(sel: { path?: string; endpoint?: string; location?: string }, f: DiffFinding, rule = f.rule) {
  const [out] = applyDiffConfig([f], { severity: {}, ignore: [{ rule, reason: 'why', ...sel }] });
  return out?.ignored ?? null;
}

describe('applyDiffConfig', () => {
  it('overrides severities by rule and leaves other findings as they were', () => {
    const fs = [finding('enum-value-added', { severity: 'warning' }), finding('element-removed')];
    expect(applyDiffConfig(fs, { severity: { 'enum-value-added': 'breaking' }, ignore: [] })).toEqual([
      { ...fs[0], severity: 'breaking' },
      fs[1],
    ]);
    expect(applyDiffConfig(fs, EMPTY_DIFF_CONFIG)).toEqual(fs);
  });

  it('an ignore marks the finding with its reason; the first matching ignore wins', () => {
    const f = finding('element-removed');
    const out = applyDiffConfig([f], {
      severity: {},
      ignore: [
        { rule: 'element-removed', path: 'Other/x', reason: 'not this' },
        { rule: 'element-removed', path: 'HostAsset/ipv6', reason: 'this one' },
        { rule: 'element-removed', endpoint: 'am.hostasset.get', reason: 'not reached' },
      ],
    });
    expect(out).toEqual([{ ...f, ignored: 'this one' }]);
  });

  it('the rule must match', () => {
    expect(ignoredBy({ path: 'HostAsset/ipv6' }, finding('element-removed'), 'element-added')).toBeNull();
  });

  it('by path: equal path only', () => {
    expect(ignoredBy({ path: 'HostAsset/ipv6' }, finding('element-removed'))).toBe('why');
    expect(ignoredBy({ path: 'HostAsset/ipv4' }, finding('element-removed'))).toBeNull();
  });

  it('by endpoint: any of the finding endpoints', () => {
    expect(ignoredBy({ endpoint: 'am.hostasset.list' }, finding('element-removed'))).toBe('why');
    expect(ignoredBy({ endpoint: 'am.hostasset.search' }, finding('element-removed'))).toBeNull();
  });

  it('by location: base or rev, as file:line or as file', () => {
    const f = finding('element-removed');
    expect(ignoredBy({ location: 'x/schemas/a.xsd:12' }, f)).toBe('why');
    expect(ignoredBy({ location: 'x/schemas/b.xsd:7' }, f)).toBe('why');
    expect(ignoredBy({ location: 'x/schemas/a.xsd' }, f)).toBe('why');
    expect(ignoredBy({ location: 'x/schemas/b.xsd' }, f)).toBe('why');
    expect(ignoredBy({ location: 'x/schemas/a.xsd:13' }, f)).toBeNull();
    expect(ignoredBy({ location: 'x/schemas/c.xsd' }, f)).toBeNull();
  });

  it('by location on a finding with only one side', () => {
    const added = finding('element-added', { base: undefined });
    delete (added as { base?: unknown }).base;
    expect(ignoredBy({ location: 'x/schemas/b.xsd' }, added)).toBe('why');
    const removed = finding('element-removed', { rev: undefined });
    delete (removed as { rev?: unknown }).rev;
    expect(ignoredBy({ location: 'x/schemas/a.xsd:12' }, removed)).toBe('why');
    expect(ignoredBy({ location: '-' }, finding('element-removed'))).toBeNull();
  });

  it('every selector given must match', () => {
    const f = finding('element-removed');
    expect(ignoredBy({ path: 'HostAsset/ipv6', endpoint: 'am.hostasset.get', location: 'x/schemas/a.xsd' }, f)).toBe(
      'why',
    );
    expect(ignoredBy({ path: 'HostAsset/ipv6', endpoint: 'nope' }, f)).toBeNull();
    expect(ignoredBy({ path: 'HostAsset/ipv6', location: 'nope' }, f)).toBeNull();
    expect(ignoredBy({ endpoint: 'am.hostasset.get', path: 'nope' }, f)).toBeNull();
  });
});
