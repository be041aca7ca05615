import { describe, expect, it } from 'vitest';
import { formatDiffText } from '../../../generator/diff/report/format-diff-text.js';
import { finding, report } from './finding-builders.js';

const at = (file: string, line: number) => ({ file, line, column: 7 });

describe('formatDiffText', () => {
  it('prints one line per finding, its endpoints and both locations, then the summary', () => {
    const r = report([
      finding({
        endpoints: ['vm.scan.list', 'vm.scan.fetch'],
        base: at('vm/schemas/scan.xsd', 12),
        rev: at('vm/schemas/scan.xsd', 14),
      }),
      finding({
        rule: 'enum-value-added',
        severity: 'warning',
        direction: 'request',
        message: 'value OWNER added',
        rev: at('was/schemas/f.xsd', 3),
      }),
      finding({ rule: 'type-added', severity: 'info', message: 'type X added' }),
    ]);
    expect(formatDiffText(r)).toBe(
      [
        'breaking element-removed (response): element b removed',
        '         endpoints vm.scan.list, vm.scan.fetch; base vm/schemas/scan.xsd:12; rev vm/schemas/scan.xsd:14',
        'warning  enum-value-added (request): value OWNER added',
        '         base -; rev was/schemas/f.xsd:3',
        'info     type-added (response): type X added',
        '         base -; rev -',
        '1 breaking, 1 warning, 1 info',
        '',
      ].join('\n'),
    );
  });

  it('lists ignored findings last with their reason and counts them apart', () => {
    const r = report([
      finding({ ignored: 'never returned', message: 'first' }),
      finding({ rule: 'type-added', severity: 'info', message: 'type X added', endpoints: ['a.b'] }),
    ]);
    expect(formatDiffText(r)).toBe(
      [
        'info     type-added (response): type X added',
        '         endpoints a.b; base -; rev -',
        'ignored  element-removed (response): first (reason: never returned)',
        '0 breaking, 0 warning, 1 info, 1 ignored',
        '',
      ].join('\n'),
    );
  });

  it('only ignored findings: no active line, the summary still counts them', () => {
    const r = report([finding({ ignored: 'on purpose' })]);
    expect(formatDiffText(r)).toBe(
      'ignored  element-removed (response): element b removed (reason: on purpose)\n0 breaking, 0 warning, 0 info, 1 ignored\n',
    );
  });

  it('no findings at all: says so with both labels', () => {
    expect(formatDiffText(report([], 'v1', 'v2'))).toBe('no changes between v1 and v2\n');
  });
});
