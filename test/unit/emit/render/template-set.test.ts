/**
 * The template engine's policy (generator/emit/render/template-set.ts): TypeScript is never
 * HTML-escaped, a field the view model lacks is an error naming file:line:column (in a plain
 * mustache, in `{{#if}}`/`{{#each}}` and in a partial's arguments), the built-in `lookup` and
 * `log` helpers are gone, and a syntax error names the file and line. Errors are UsageErrors of
 * one line.
 */
import { describe, expect, it } from 'vitest';
import type { TemplateName } from '../../../../generator/emit/render/template-names.js';
import { TemplateSet } from '../../../../generator/emit/render/template-set.js';
import { UsageError } from '../../../../generator/errors.js';

const NAME: TemplateName = 'json-validator.d.ts';

function render(text: string, view: Record<string, unknown>): string {
  const set = new TemplateSet([{ name: NAME, file: 'my/t.hbs', text }]);
  return set.render(NAME, view as never);
}

function failure(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).not.toContain('\n');
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('TemplateSet', () => {
  it('prints values as they are: no HTML escaping of TypeScript', () => {
    const t = '{{a}} {{b}}\n';
    expect(render(t, { a: 'Array<"x" & \'y\'>', b: 'a => b' })).toBe('Array<"x" & \'y\'> a => b\n');
  });

  it('removes standalone block lines, so templates lay out whole lines', () => {
    const t = 'head\n{{#each xs}}\n  - {{this}}\n{{/each}}\n{{#if flag}}\nflagged\n{{/if}}\ntail\n';
    expect(render(t, { xs: ['a', 'b'], flag: false })).toBe('head\n  - a\n  - b\ntail\n');
  });

  it.each([
    ['a plain mustache', 'x\n  {{missing}}\n', "my/t.hbs:2:5: unknown field 'missing'"],
    ['an #if', 'x\n{{#if missing}}y{{/if}}\n', "my/t.hbs:2:7: unknown field 'missing'"],
    ['an #each', '{{#each missing}}y{{/each}}\n', "my/t.hbs:1:9: unknown field 'missing'"],
    [
      'a parent path in a block',
      '{{#each xs}}{{#if ../missing}}y{{/if}}{{/each}}\n',
      "my/t.hbs:1:19: unknown field 'missing'",
    ],
    ['a nested field', '{{#each xs}}{{missing}}{{/each}}\n', "my/t.hbs:1:15: unknown field 'missing'"],
    ['the removed lookup helper', '{{lookup xs 0}}\n', "my/t.hbs:1:3: unknown field 'lookup'"],
    ['the removed log helper', '{{log xs}}\n', "my/t.hbs:1:3: unknown field 'log'"],
  ])('an unknown field in %s is a located error', (_what, text, want) => {
    const e = failure(() => render(text, { xs: [{}] }));
    expect(e.message).toBe(`${want} in the json-validator.d.ts context (docs/templates.md lists the fields)`);
  });

  it('a syntax error names file and line when the set is built, before any rendering', () => {
    const e = failure(() => new TemplateSet([{ name: NAME, file: 'my/t.hbs', text: 'a\nb\n{{#each xs}}\n' }]));
    expect(e.message).toMatch(/^my\/t\.hbs:4: template syntax error: Expecting '[A-Z_]+'/);
  });

  it('a mismatched block is a compile error with its location', () => {
    const e = failure(() => new TemplateSet([{ name: NAME, file: 'my/t.hbs', text: 'a\n{{#each xs}}{{/if}}\n' }]));
    expect(e.message).toBe("my/t.hbs:2:4: template error: each doesn't match if");
  });

  it('renders a field whose value is false, empty or null without error', () => {
    const t = '[{{#if a}}A{{/if}}{{b}}{{#with c}}C{{/with}}]\n';
    expect(render(t, { a: false, b: '', c: null })).toBe('[]\n');
  });
});
