import { describe, expect, it } from 'vitest';
import { formatDiffMarkdown } from '../../../generator/diff/report/format-diff-markdown.js';
import type { IrEndpoint } from '../../../generator/ir/ir-endpoint.js';
import { finding, report } from './finding-builders.js';
import { endpoint } from './ir-builders.js';

const at = (file: string, line: number) => ({ file, line, column: 2 });
const eps = (...list: IrEndpoint[]): Map<string, IrEndpoint> => new Map(list.map((e) => [e.id, e]));

describe('formatDiffMarkdown', () => {
  it('no active finding: the title and "No changes."', () => {
    expect(formatDiffMarkdown(report([], 'v1', 'v2'), eps())).toBe('# API changes: v1 → v2\n\nNo changes.\n');
    expect(formatDiffMarkdown(report([finding({ ignored: 'why' })], 'v1', 'v2'), eps())).toBe(
      '# API changes: v1 → v2\n\nNo changes.\n',
    );
  });

  it('one section per endpoint (sorted by id), then the schemas no endpoint reaches, then the counts', () => {
    const r = report(
      [
        finding({
          rule: 'element-added',
          severity: 'info',
          message: 'element c added',
          schema: 'vm/s.xsd',
          format: 'xsd',
          endpoints: ['vm.z'],
          rev: at('vm/s.xsd', 8),
        }),
        finding({
          rule: 'type-changed',
          message: 'type of a|b changed *x* _y_ `z` [k]',
          schema: 'vm/s.dtd',
          format: 'dtd',
          endpoints: ['vm.a'],
          base: at('vm/s.dtd', 3),
          rev: at('vm/s.dtd', 5),
        }),
        finding({
          rule: 'endpoint-added',
          severity: 'info',
          direction: 'request',
          message: 'endpoint easm.p added',
          endpoints: ['easm.p'],
        }),
        finding({
          rule: 'element-added',
          severity: 'info',
          message: 'property q added',
          schema: 'easm/p.schema.json',
          format: 'json-schema',
          endpoints: ['easm.p'],
        }),
        finding({
          rule: 'param-added',
          severity: 'info',
          direction: 'request',
          message: 'param p added',
          endpoints: ['gone.one'],
          base: at('x/r.yaml', 7),
        }),
        finding({ rule: 'type-removed', severity: 'warning', message: 'type T removed', base: at('s.xsd', 2) }),
        finding({ message: 'ignored', endpoints: ['vm.a'], ignored: 'why' }),
      ],
      'main',
      'HEAD',
    );
    const endpoints = eps(
      endpoint('vm.z', { summary: 'List VM things', method: 'POST', path: '/api/2.0/fo/vm/z/' }),
      endpoint('vm.a', { summary: 'Fetch A', path: '/api/2.0/fo/vm/a/' }),
      endpoint('easm.p', { summary: 'Profile status', path: '/easm/v1/profile/status' }),
    );
    expect(formatDiffMarkdown(r, endpoints)).toBe(
      [
        '# API changes: main → HEAD',
        '',
        '## Profile status',
        '',
        '| | |',
        '|---|---|',
        '| API affected | `GET /easm/v1/profile/status` |',
        '| New or Updated API | New |',
        '| DTD or XSD changes | Not Applicable |',
        '',
        '- **info** `endpoint-added` (request): endpoint easm.p added (-)',
        '- **info** `element-added` (response): property q added (-)',
        '',
        '## gone.one',
        '',
        '| | |',
        '|---|---|',
        '| API affected | `gone.one` |',
        '| New or Updated API | Updated |',
        '| DTD or XSD changes | No |',
        '',
        '- **info** `param-added` (request): param p added (x/r.yaml:7)',
        '',
        '## Fetch A',
        '',
        '| | |',
        '|---|---|',
        '| API affected | `GET /api/2.0/fo/vm/a/` |',
        '| New or Updated API | Updated |',
        '| DTD or XSD changes | Yes |',
        '',
        '- **breaking** `type-changed` (response): type of a\\|b changed \\*x\\* \\_y\\_ \\`z\\` [k] (vm/s.dtd:5)',
        '',
        '## List VM things',
        '',
        '| | |',
        '|---|---|',
        '| API affected | `POST /api/2.0/fo/vm/z/` |',
        '| New or Updated API | Updated |',
        '| DTD or XSD changes | Yes |',
        '',
        '- **info** `element-added` (response): element c added (vm/s.xsd:8)',
        '',
        '## Schemas',
        '',
        '- **warning** `type-removed` (response): type T removed (s.xsd:2)',
        '',
        '_1 breaking, 1 warning, 4 info._',
        '',
      ].join('\n'),
    );
  });

  it('a finding on two endpoints is listed under both; no "Schemas" section when every finding has one', () => {
    const r = report([
      finding({ message: 'm1', endpoints: ['b.b', 'a.a'], format: 'xsd', schema: 's.xsd' }),
      finding({ rule: 'endpoint-added', severity: 'info', message: 'm2', endpoints: ['b.b'] }),
    ]);
    expect(formatDiffMarkdown(r, eps())).toBe(
      [
        '# API changes: main → HEAD',
        '',
        '## a.a',
        '',
        '| | |',
        '|---|---|',
        '| API affected | `a.a` |',
        '| New or Updated API | Updated |',
        '| DTD or XSD changes | Yes |',
        '',
        '- **breaking** `element-removed` (response): m1 (-)',
        '',
        '## b.b',
        '',
        '| | |',
        '|---|---|',
        '| API affected | `b.b` |',
        '| New or Updated API | New |',
        '| DTD or XSD changes | Yes |',
        '',
        '- **breaking** `element-removed` (response): m1 (-)',
        '- **info** `endpoint-added` (response): m2 (-)',
        '',
        '_1 breaking, 0 warning, 1 info._',
        '',
      ].join('\n'),
    );
  });
});
