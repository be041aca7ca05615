/**
 * `parseLocatedYaml` (generator/parse/spec/parse-located-yaml.ts) on hostile and malformed YAML:
 * every refusal is the whole located diagnostic (code, severity, exact message, file, line, column).
 *
 * Follows docs/security.md, "Limits": a spec input of at most 8 MiB is read, one byte more is
 * `SpecFileTooLarge` (bytes of UTF-8, not UTF-16 units); YAML nesting is bounded at 100 levels (an
 * alias counting as what it expands to); at most 100 alias expansions per document, a
 * billion-laughs document refused at its first alias; an alias inside the node it names is
 * refused; duplicate keys are `SpecYamlSyntax: Map keys must be unique` (one set per map, every
 * map of the document, keys included). YAML syntax errors (YAML 1.2 §5-§9, as reported by the
 * `yaml` package) are located at the offending token, one line per problem, at most five.
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../../generator/diagnostics.js';
import { parseLocatedYaml } from '../../../../generator/parse/spec/parse-located-yaml.js';

const MIB8 = 8 * 1024 * 1024;

/** The diagnostics a parse throws (fails the test if it throws anything else or nothing). */
function problems(text: string, file = 's.yaml'): Diagnostic[] {
  try {
    parseLocatedYaml(file, text);
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  throw new Error('expected a diagnostic');
}

const syntax = (message: string, line: number, column: number, file = 's.yaml'): Diagnostic => ({
  code: 'SpecYamlSyntax',
  severity: 'error',
  message,
  location: { file, line, column },
});

const ALIASES =
  'aliases expand to more than 100 copies (a "billion laughs" document); write the values out or use fewer aliases';

describe('file size: 8 MiB of UTF-8 is read, one byte more is refused', () => {
  const tooLarge: Diagnostic = {
    code: 'SpecFileTooLarge',
    severity: 'error',
    message: 'file is larger than 8 MiB; qspec refuses spec inputs above that size',
    location: { file: 'big.yaml' },
  };

  it('exactly 8 MiB of ASCII (8 Mi characters) is read', () => {
    const text = `#${'x'.repeat(MIB8 - 2)}\n`;
    expect(text.length).toBe(MIB8);
    expect(parseLocatedYaml('big.yaml', text).data).toBeNull();
  });

  it('exactly 8 MiB of UTF-8 in fewer characters (two-byte é) is read', () => {
    const text = `#${'é'.repeat((MIB8 - 2) / 2)}\n`;
    expect(Buffer.byteLength(text)).toBe(MIB8);
    expect(parseLocatedYaml('big.yaml', text).data).toBeNull();
  });

  it('8 MiB + 1 byte of ASCII is SpecFileTooLarge, located at the file', () => {
    expect(problems(`#${'x'.repeat(MIB8 - 1)}\n`, 'big.yaml')).toEqual([tooLarge]);
  });

  it('fewer than 8 Mi characters but more than 8 MiB of UTF-8 is refused too (bytes count, not characters)', () => {
    const text = `#${'é'.repeat(MIB8 / 2)}\n`;
    expect(text.length).toBeLessThan(MIB8);
    expect(problems(text, 'big.yaml')).toEqual([tooLarge]);
  });
});

describe('YAML syntax errors: located at the token, one line each, at most five', () => {
  it('six bad escapes (YAML 1.2 §5.7) are the first five, each at its line and column', () => {
    const text = Array.from({ length: 6 }, (_, i) => `k${i}: "\\q"`).join('\n');
    expect(problems(`${text}\n`)).toEqual(
      Array.from({ length: 5 }, (_, i) => syntax('Invalid escape sequence \\q', i + 1, 6)),
    );
  });

  it("an unclosed flow sequence is the yaml package's message, located where the input ends", () => {
    expect(problems('module: was\nendpoints: [\n', 'was/finding.yaml')).toEqual([
      syntax(
        'Flow sequence in block collection must be sufficiently indented and end with a ]',
        3,
        1,
        'was/finding.yaml',
      ),
    ]);
  });

  // `!!omap` (YAML 1.1 ordered map) reports a duplicate key with the key's text in the message:
  // user text the message must keep as written, whatever it looks like.
  const omapDuplicate = (key: string) => `%YAML 1.1\n--- !!omap\n- ${key}: 1\n- ${key}: 2\n`;

  it('a message is one line: a key with a line break is cut at it', () => {
    expect(problems(omapDuplicate('"first\\nsecond"'))).toEqual([
      syntax('Ordered maps must not include duplicate keys: first', 2, 5),
    ]);
  });

  it.each([['k at line x, column 34'], ['k at line 12, column y'], ['k at line 1, column 2 then more']])(
    'a key that reads like a position (%s) stays in the message as written',
    (key) => {
      expect(problems(omapDuplicate(`"${key}"`))).toEqual([
        syntax(`Ordered maps must not include duplicate keys: ${key}`, 2, 5),
      ]);
    },
  );

  it('a document too deep for the yaml package itself is refused as too deep (at most five lines)', () => {
    const depth = 200_000;
    const found = problems(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
    for (const d of found)
      expect(d).toEqual(
        syntax(
          'the document nests too deeply to be read (qspec accepts at most 100 levels)',
          1,
          expect.any(Number) as number,
        ),
      );
  });
});

describe('duplicate keys: one set per map, every map of the document', () => {
  it('a repeated top-level key is located at its second occurrence', () => {
    expect(problems('top: 1\nmid: 2\ntop: 3\n')).toEqual([
      syntax("Map keys must be unique ('top' appears twice)", 3, 1),
    ]);
  });

  it('the first duplicate in document order is the one reported', () => {
    expect(problems('a: {x: 1, x: 2}\nb: {y: 1, y: 2}\n')).toEqual([
      syntax("Map keys must be unique ('x' appears twice)", 1, 11),
    ]);
  });

  it('a map used as a key is checked too', () => {
    expect(problems('? {a: 1, a: 2}\n: x\n')).toEqual([syntax("Map keys must be unique ('a' appears twice)", 1, 10)]);
  });

  it('two different collection keys are not duplicates', () => {
    const { data } = parseLocatedYaml('s.yaml', '? [a]\n: 1\n? [b]\n: 2\n');
    expect(Object.values(data as object)).toEqual([1, 2]);
  });

  it('a key repeated in a YAML 1.1 !!pairs sequence is allowed (pairs are not a map)', () => {
    const { data } = parseLocatedYaml('s.yaml', '%YAML 1.1\n--- !!pairs\n- a: 1\n- a: 2\n');
    expect(data).toEqual([{ a: 1 }, { a: 2 }]);
  });
});

describe('nesting and aliases', () => {
  it('a key nested 101 levels deep is refused like a value', () => {
    const key = `${'['.repeat(101)}${']'.repeat(101)}`;
    expect(problems(`? ${key}\n: 1\n`)).toEqual([
      syntax('nests more than 100 levels deep; qspec refuses deeper documents', 1, 3),
    ]);
  });

  it('an alias inside the node it names is refused at the alias', () => {
    expect(problems('a:\n  b: &x\n    - 1\n    - *x\n')).toEqual([
      syntax('an alias refers to a node that contains it (a recursive structure)', 4, 7),
    ]);
  });

  it('a billion-laughs document is refused at its first alias in document order', () => {
    const text = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '',
    ].join('\n');
    expect(problems(text)).toEqual([syntax(ALIASES, 2, 8)]);
  });

  it('40 levels of aliases, each used twice, are checked in linear time and refused at the first alias', () => {
    // Expanded, this is 2^40 nodes: walking each alias's target again instead of once would not end.
    const text = ['l0: &l0 [x]', ...Array.from({ length: 40 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`)];
    expect(problems(`${text.join('\n')}\n`)).toEqual([syntax(ALIASES, 2, 10)]);
  }, 10_000);

  it('a YAML 1.1 merge of a scalar is not reported as an alias explosion', () => {
    // `<<` must name a map (YAML 1.1 merge key); the error is the merge's, not the alias budget's.
    expect(() => parseLocatedYaml('s.yaml', '%YAML 1.1\n---\na: &a 1\nb:\n  <<: *a\n')).toThrow(
      /Merge sources must be maps/,
    );
  });
});
