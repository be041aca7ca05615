/**
 * Four defects of `parseLocatedYaml` (generator/parse/spec/parse-located-yaml.ts) found by the
 * parse area's mutation survivors (2026-12-03), pinned where they were fixed:
 *
 * - A YAML 1.1 merge of a scalar (`<<: *a`, where `a` is not a map) escaped as a plain Error from
 *   the yaml package instead of a located diagnostic (docs/architecture: every error a user can
 *   cause is a diagnostic).
 * - `1:` and `"1":` are distinct YAML keys but one property of the data: the later silently
 *   replaced the earlier (data lost) and `locate('/1')` pointed at the value that was dropped.
 *   They are now refused like any duplicate key.
 * - An error message whose text ended like " at line N, column M" (a user's own key) was cut.
 * - RFC 6901 §4: an array index is `0` or digits without a leading zero; `/q/01` named item 1.
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../../generator/diagnostics.js';
import { parseLocatedYaml } from '../../../../generator/parse/spec/parse-located-yaml.js';

function problems(text: string): Diagnostic[] {
  try {
    parseLocatedYaml('s.yaml', text);
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  throw new Error('expected a diagnostic');
}

const syntax = (message: string, line: number, column: number): Diagnostic => ({
  code: 'SpecYamlSyntax',
  severity: 'error',
  message,
  location: { file: 's.yaml', line, column },
});

describe('errors raised while values are built are located diagnostics', () => {
  it('a YAML 1.1 merge of a scalar: one diagnostic at the alias', () => {
    expect(problems('%YAML 1.1\n---\na: &a 1\nb:\n  <<: *a\n')).toEqual([
      syntax('Merge sources must be maps or map aliases', 5, 7),
    ]);
  });

  it('a YAML 1.1 merge of a map still reads', () => {
    expect(parseLocatedYaml('s.yaml', '%YAML 1.1\n---\na: &a {x: 1}\nb:\n  <<: *a\n  z: 2\n').data).toEqual({
      a: { x: 1 },
      b: { x: 1, z: 2 },
    });
  });
});

describe('keys are unique as the property names they become', () => {
  it('`1:` then `"1":` is a duplicate, at the second', () => {
    expect(problems('1: a\n"1": b\n')).toEqual([syntax("Map keys must be unique ('1' appears twice)", 2, 1)]);
  });

  it('`true:` then `"true":` too', () => {
    expect(problems('m:\n  true: a\n  "true": b\n')).toEqual([
      syntax("Map keys must be unique ('true' appears twice)", 3, 3),
    ]);
  });

  it('distinct names still read, and locate finds each', () => {
    const y = parseLocatedYaml('s.yaml', '1: a\n"2": b\n');
    expect(y.data).toEqual({ 1: 'a', 2: 'b' });
    expect(y.locate('/1')).toEqual({ line: 1, column: 4 });
    expect(y.locate('/2')).toEqual({ line: 2, column: 6 });
  });
});

describe("the package's message is kept whole", () => {
  it('a key ending like a position is not cut from the message', () => {
    const key = 'k at line 12, column 34';
    expect(problems(`%YAML 1.1\n--- !!omap\n- "${key}": 1\n- "${key}": 2\n`)).toEqual([
      syntax(`Ordered maps must not include duplicate keys: ${key}`, 2, 5),
    ]);
  });
});

describe('JSON pointers into sequences (RFC 6901 §4)', () => {
  it('`01` is not an index: the walk stops at the sequence', () => {
    const y = parseLocatedYaml('s.yaml', 'q:\n  - a\n  - b\n');
    expect(y.locate('/q/1')).toEqual({ line: 3, column: 5 });
    expect(y.locate('/q/01')).toEqual({ line: 2, column: 3 });
    expect(y.locate('/q/0')).toEqual({ line: 2, column: 5 });
  });
});
