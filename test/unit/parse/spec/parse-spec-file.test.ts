import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../../../generator/diagnostics.js';
import { parsePlatformsFile, parseSpecFile } from '../../../../generator/parse/spec/parse-spec-file.js';
import { VALID } from './spec-fixture.js';

function errorLines(file: string, text: string): string[] {
  try {
    parseSpecFile(file, text);
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  return [];
}

describe('parseSpecFile', () => {
  it('accepts a valid spec and keeps its values', () => {
    const { document } = parseSpecFile('was/finding.yaml', VALID);
    expect(document.endpoints[0]?.id).toBe('was.finding.get');
    expect(document.endpoints[0]?.params?.[0]).toEqual({ name: 'id', in: 'path', type: 'integer', required: true });
  });

  const cases: [string, { given: string; want: RegExp }][] = [
    [
      'wrong enum value is located at the value',
      {
        given: VALID.replace('method: GET', 'method: FETCH'),
        want: /^was\/finding\.yaml:6:13: error SpecInvalid: 'endpoints\.0\.method': must be one of "GET"/,
      },
    ],
    [
      'unknown key names the key and is located at it',
      {
        given: VALID.replace('    api: qps', '    api: qps\n    verb: GET'),
        want: /^was\/finding\.yaml:8:5: error SpecInvalid: 'endpoints\.0': unknown key 'verb'/,
      },
    ],
    [
      'missing required key',
      {
        given: VALID.replace('    summary: Get a finding\n', ''),
        want: /error SpecInvalid: 'endpoints\.0': missing required key 'summary'/,
      },
    ],
    [
      'param type typo located in the flow mapping',
      {
        given: VALID.replace('type: integer', 'type: int'),
        want: /^was\/finding\.yaml:10:\d+: error SpecInvalid: 'endpoints\.0\.params\.0\.type'/,
      },
    ],
    [
      'YAML syntax error',
      { given: 'module: was\nendpoints: [\n', want: /^was\/finding\.yaml:\d+:\d+: error SpecYamlSyntax: / },
    ],
    ['duplicate key', { given: `${VALID}module: vm\n`, want: /error SpecYamlSyntax: .*(unique|Map keys)/i }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    const lines = errorLines('was/finding.yaml', given);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(want);
  });

  it('validates platforms.yaml', () => {
    const ok = parsePlatformsFile(
      'platforms.yaml',
      'platforms:\n  - { id: US1, name: US 1, apiUrl: https://a, gatewayUrl: https://b }\n',
    );
    expect(ok.document.platforms).toHaveLength(1);
    expect(() =>
      parsePlatformsFile(
        'platforms.yaml',
        'platforms:\n  - { id: us1, name: x, apiUrl: http://a, gatewayUrl: https://b }\n',
      ),
    ).toThrow(/platforms\.yaml:2:\d+: error SpecInvalid/);
  });
});
