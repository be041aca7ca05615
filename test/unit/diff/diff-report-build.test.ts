import { describe, expect, it } from 'vitest';
import { formatOrigin } from '../../../generator/diff/diff-finding.js';
import { endpointFinding } from '../../../generator/diff/endpoint/endpoint-finding.js';
import { buildDiffReport, failsThreshold } from '../../../generator/diff/report/build-diff-report.js';
import { formatDiffJson } from '../../../generator/diff/report/format-diff-json.js';
import { finding } from './finding-builders.js';

describe('buildDiffReport and failsThreshold', () => {
  const list = [
    finding({ severity: 'warning' }),
    finding({ severity: 'info' }),
    finding({ severity: 'info', path: 'T/c' }),
    finding({ severity: 'breaking', ignored: 'known' }),
  ];

  it('counts only non-ignored findings per severity and keeps every finding', () => {
    const r = buildDiffReport('a', 'b', list);
    expect(r).toEqual({
      version: 1,
      base: 'a',
      rev: 'b',
      findings: list,
      summary: { breaking: 0, warning: 1, info: 2 },
    });
    expect(r.findings).not.toBe(list);
  });

  it('fails when a non-ignored finding reaches the threshold', () => {
    const r = buildDiffReport('a', 'b', list);
    expect(failsThreshold(r, 'breaking')).toBe(false);
    expect(failsThreshold(r, 'warning')).toBe(true);
    expect(failsThreshold(r, 'info')).toBe(true);
    expect(failsThreshold(r, 'none')).toBe(false);
    expect(failsThreshold(buildDiffReport('a', 'b', [finding()]), 'breaking')).toBe(true);
    expect(failsThreshold(buildDiffReport('a', 'b', [finding({ severity: 'info' })]), 'warning')).toBe(false);
  });
});

describe('formatOrigin and formatDiffJson', () => {
  it('formats an origin as file:line, a missing one as -', () => {
    expect(formatOrigin({ file: 'vm/s.xsd', line: 12, column: 5 })).toBe('vm/s.xsd:12');
    expect(formatOrigin(undefined)).toBe('-');
  });

  it('prints the report as two-space JSON with a trailing newline', () => {
    const r = buildDiffReport('a', 'b', []);
    expect(formatDiffJson(r)).toBe(
      '{\n  "version": 1,\n  "base": "a",\n  "rev": "b",\n  "findings": [],\n  "summary": {\n    "breaking": 0,\n    "warning": 0,\n    "info": 0\n  }\n}\n',
    );
  });
});

describe('endpointFinding', () => {
  const base = { file: 'x/r.yaml', line: 4, column: 1 };
  const rev = { file: 'x/r.yaml', line: 6, column: 1 };

  it("takes the rule's severity for the direction and copies the locations and values it is given", () => {
    expect(
      endpointFinding('param-type-changed', 'request', 'vm.a', 'id', 'vm.a/id', 'param id type changed', {
        base,
        rev,
        from: 'string',
        to: '',
      }),
    ).toStrictEqual({
      rule: 'param-type-changed',
      severity: 'breaking',
      direction: 'request',
      message: 'param id type changed',
      name: 'id',
      path: 'vm.a/id',
      endpoints: ['vm.a'],
      base,
      rev,
      from: 'string',
      to: '',
    });
  });

  it('leaves out what it is not given (no undefined keys)', () => {
    const f = endpointFinding('enum-value-added', 'response', 'vm.b', 'X', 'vm.b/X', 'm', {});
    expect(f).toStrictEqual({
      rule: 'enum-value-added',
      severity: 'warning',
      direction: 'response',
      message: 'm',
      name: 'X',
      path: 'vm.b/X',
      endpoints: ['vm.b'],
    });
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'direction', 'message', 'name', 'path', 'endpoints']);
    const g = endpointFinding('param-added', 'request', 'vm.b', 'p', 'vm.b/p', 'm', { from: '', to: 'x' });
    expect(Object.keys(g)).toEqual([
      'rule',
      'severity',
      'direction',
      'message',
      'name',
      'path',
      'endpoints',
      'from',
      'to',
    ]);
    expect([g.from, g.to]).toEqual(['', 'x']);
  });
});
