import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRule, diffRules, isDiffRuleId } from '../../../generator/diff/rules/diff-rules.js';

const docFile = path.resolve(new URL('.', import.meta.url).pathname, '../../../docs/diff-rules.md');

/** The rule table of docs/diff-rules.md: [id, request, response, summary, example] per row. */
function documentedRows(): string[][] {
  return readFileSync(docFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .slice(1, 6)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
}

describe('diff rule catalogue', () => {
  it('matches docs/diff-rules.md row for row: id, severity per direction, summary and example', () => {
    const rows = documentedRows();
    expect(rows.length).toBe(38);
    expect(
      diffRules.map((r) => [`\`${r.id}\``, r.severity.request, r.severity.response, r.summary, r.example]),
    ).toEqual(rows);
  });

  it('is sorted by id, and every severity is breaking, warning or info', () => {
    const ids = diffRules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const r of diffRules) {
      expect(['breaking', 'warning', 'info']).toContain(r.severity.request);
      expect(['breaking', 'warning', 'info']).toContain(r.severity.response);
    }
  });

  it('diffRule looks a rule up by id and throws for an unknown id', () => {
    expect(diffRule('enum-value-added')).toEqual({
      id: 'enum-value-added',
      severity: { request: 'info', response: 'warning' },
      summary: 'A new enumeration value: harmless in a request, can break an exhaustive switch in a response.',
      example: 'FromAddressOption gains `OWNER`',
    });
    expect(() => diffRule('no-such-rule')).toThrow("unknown diff rule 'no-such-rule'");
    expect(isDiffRuleId('type-changed')).toBe(true);
    expect(isDiffRuleId('no-such-rule')).toBe(false);
  });
});
