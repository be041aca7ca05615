/**
 * The scans that replaced backtracking regexes on outside input (spec paths, XSD headers, git
 * ref paths, base URLs, xs:decimal values, release notes) stay linear: each case runs in a child
 * process on a 2M-character pathological input (the attack the regex checker reported for the
 * old regex, repeated) and must print the right result before a generous timeout. The old
 * regexes are quadratic there (measured on 10k → 20k characters: 4x the time; the fastest of
 * them, the DTD one, would need about 20 minutes on 2M); each scan takes well under a second, so
 * the 60 s limit only absorbs child start-up (tsx) on a loaded 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { N } from './fixtures/pathological-child.js';

const child = path.resolve(new URL('.', import.meta.url).pathname, 'fixtures', 'pathological-child.ts');

function run(name: string): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, name], { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`${name}: ${r.error.message} (still running after 60 s: not linear)`);
  expect(r.stderr, name).toBe('');
  expect(r.status, name).toBe(0);
  return JSON.parse(r.stdout);
}

describe('replaced regexes run in linear time on pathological input', () => {
  const cases: [string, string, unknown][] = [
    ['git ref path slashes (load-diff-input: /^\\/+|\\/+$/g)', 'diff-ref-path', 'specs/was'.length + N + 1],
    ['spec path placeholders (map-endpoint: /\\{([^}]+)\\}/g)', 'map-placeholders', ['id']],
    ['base URL trailing slashes (platform-model: /\\/+$/)', 'platform-trailing-slashes', 'http://h'.length + N + 1],
    ['xs:decimal trailing zeros (decimal-compare: /0+$/)', 'decimal-trailing-zeros', N + 1],
    ['XSD header comment blank lines (read-header-comment: /^\\n+|\\n+$/g)', 'header-comment-blank-lines', N + 2],
    [
      'XSD root start tag with many attributes or blanks (read-header-comment: START_TAG)',
      'header-start-tag',
      ['c', null],
    ],
    [
      'note "API affected" / "New or Updated" / "DTD or XSD" / path lines (note-blocks)',
      'blocks-affected',
      [{ line: 9, paths: ['/a/b'] }],
    ],
    [
      'note "new elements: “…”" with unclosed quotes (note-claims: NEW_NAMES, QUOTED)',
      'claims-new-names',
      ['element:history', 'element:other'],
    ],
    [
      'note "added “…”" with unclosed quotes (note-claims: INTRODUCED_QUOTED)',
      'claims-introduced-quoted',
      ['element:history', 'element:other'],
    ],
    [
      'note "new values for the X: …" without a full stop (note-claims: NEW_VALUES)',
      'claims-new-values',
      ['element:history', 'element:other', 'enum-value:a', 'enum-value:b'],
    ],
    [
      'note "new NAME tag" with 2M-character names (note-claims: NEW_BARE, allowlisted)',
      'claims-new-bare',
      ['element:ELB_DNS'],
    ],
    ['note parameter-table rows with long blanks and values (note-claims: ROW)', 'claims-table-rows', ['param:show_x']],
    ['note DTD excerpts with unclosed <!ELEMENT (note-excerpts)', 'excerpt-dtd', ['A:b,c']],
    ['note paths with long punctuation, unclosed tags and braces (note-paths)', 'note-path-trim', [2, 2, 3]],
    ['curl samples with many unclosed quotes (note-requests)', 'requests-quotes', ['POST api/2.0/fo/scan list']],
  ];
  for (const [title, name, expected] of cases) {
    it(title, () => {
      expect(run(name)).toEqual(expected);
    }, 70_000);
  }
});
