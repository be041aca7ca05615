/**
 * ReDoS guard for the whole project: every regex literal, and every `new RegExp('literal')` /
 * `RegExp('literal')`, in cli/, generator/, conformance/, runtime/ and bin/ is checked with
 * recheck (automaton analysis, fuzzing where that cannot decide). A vulnerable (polynomial or
 * exponential) regex, or one recheck cannot clear, fails the test with file:line, unless it is
 * listed below with a reason: only regexes that run on bounded, trusted input belong there, and
 * entries owned by another area are temporary.
 *
 * Regexes with no repetition at all (no `*`, `+` or `{`) cannot backtrack more than a constant
 * per start position and are not sent to the checker (it keeps the test fast on 2 cores).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const ROOTS = ['cli', 'generator', 'conformance', 'runtime', 'bin'];

interface Allowed {
  readonly file: string;
  readonly source: string;
  readonly reason: string;
}

/** Vulnerable or undecided regexes accepted, each with why. Matched on file + exact source. */
const ALLOWED: readonly Allowed[] = [
  {
    file: 'generator/notes/note-claims.ts',
    source:
      '\\bnew\\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*)\\s+(?:tag|element|field|attribute|parameter)\\b',
    reason:
      'an attempt starts only after `new` + blanks, and the name alternatives are runs of [A-Za-z0-9_] split by single `_` (one way to match each) that stop at the next blank, so no two attempts scan the same name: linear; the \\b keeps the checker undecided (test/unit/security/regex-scans-linear.test.ts feeds it 2M-character names)',
  },
  {
    file: 'generator/parse/xsd/read-header-comment.ts',
    source: '^\\s*<[^\\s/>!?]+(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|\'[^\']*\'))*\\s*(\\/?)>',
    reason:
      'anchored at the start (one attempt); each attribute begins after a blank and its name holds no blank or `=`, so the attributes split one way and a failed attribute gives back only its own characters: linear; the checker gives up on the size of the automaton (test/unit/security/regex-scans-linear.test.ts feeds it 2M blanks and attributes)',
  },
  {
    file: 'runtime/xml/date-time-lexical.ts',
    source: '^-?P(?=\\d|T)(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?$',
    reason:
      'xs:duration lexical check: anchored, each \\d+ ends at a distinct letter (Y M D H M S), so there is one way to match; the lookaheads keep the automaton checker from deciding it',
  },
];

interface Found {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(root, dir))) {
      const rel = path.posix.join(dir, e);
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (/\.(ts|js|mjs)$/.test(e) && !e.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const r of ROOTS) walk(r);
  return out;
}

function regexesIn(file: string): Found[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node) => {
    if (ts.isRegularExpressionLiteral(n)) {
      const i = n.text.lastIndexOf('/');
      found.push({ file, line: lineOf(n), source: n.text.slice(1, i), flags: n.text.slice(i + 1) });
    } else if (
      (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'RegExp' &&
      n.arguments?.[0] &&
      (ts.isStringLiteral(n.arguments[0]) || ts.isNoSubstitutionTemplateLiteral(n.arguments[0]))
    ) {
      const flags = n.arguments[1];
      found.push({
        file,
        line: lineOf(n),
        source: n.arguments[0].text,
        flags: flags && ts.isStringLiteral(flags) ? flags.text : '',
      });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('regexes in the project are linear (recheck)', () => {
  const all = sourceFiles().flatMap(regexesIn);

  it('finds the regexes it is meant to check', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.some((r) => r.file === 'cli/parse-size.ts')).toBe(true);
  });

  it('no vulnerable regex outside the reasoned allowlist', () => {
    const problems: string[] = [];
    const verdicts = new Map<string, string>();
    for (const r of all) {
      if (!/[*+{]/.test(r.source)) continue;
      if (ALLOWED.some((a) => a.file === r.file && a.source === r.source)) continue;
      // g and y change where matching starts, not how one attempt backtracks.
      const flags = r.flags.replace(/[gyd]/g, '');
      const key = `${r.source}\u0000${flags}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        // recheck's timeout is wall time: on a loaded machine a large pattern can run out of it
        // before a verdict; such a pattern gets one longer try (it must still come out safe).
        let result = checkSync(r.source, flags, { timeout: 4000 });
        if (result.status === 'unknown' && result.error.kind === 'timeout') {
          result = checkSync(r.source, flags, { timeout: 30_000 });
        }
        verdict =
          result.status === 'safe'
            ? 'safe'
            : result.status === 'vulnerable'
              ? `vulnerable (${result.complexity.type}; attack ${result.attack.pattern.slice(0, 60)})`
              : `not cleared (${result.status}${result.status === 'unknown' ? `: ${result.error.kind}` : ''})`;
        verdicts.set(key, verdict);
      }
      if (verdict !== 'safe') problems.push(`${r.file}:${r.line} /${r.source}/${r.flags}: ${verdict}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('every allowlist entry still exists and has a reason', () => {
    for (const a of ALLOWED) {
      expect(a.reason.length, `${a.file} /${a.source}/`).toBeGreaterThan(10);
      expect(
        all.some((r) => r.file === a.file && r.source === a.source),
        `stale allowlist entry ${a.file} /${a.source}/`,
      ).toBe(true);
    }
  });
});
