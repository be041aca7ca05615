/**
 * The HTML conformance report: one self-contained page (no script, no external resource, a CSP
 * forbidding both); hostile endpoint ids, case names, requests and messages (script tags,
 * attribute breakers, control characters) come out escaped; credentials (secret query
 * parameters, user:password in URLs, JWTs, the live password) never appear. Also through the
 * real command: `qspec conformance --reporter html --output FILE` against the mock.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../../cli/command.js';
import { main } from '../../../../cli/main.js';
import { esc, formatHtmlReport } from '../../../../conformance/reporters/html-reporter.js';
import type { RunSummary } from '../../../../conformance/runner/case-result.js';

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../../../..');
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtZSJ9.c2lnbmF0dXJlX2hlcmU';
const HOSTILE = '<script>alert(1)</script>';
const BREAKER = `"'><img src=x onerror=alert(2)>`;

const summary: RunSummary = {
  mode: 'replay',
  endpoints: 2,
  durationMs: 1234,
  cases: [
    {
      id: `${HOSTILE}/case`,
      endpoint: HOSTILE,
      name: BREAKER,
      outcome: 'fail',
      durationMs: 5,
      request: `GET /api/2.0/fo/scan/?action=list&password=hunter2pass&token=${JWT}`,
      status: 200,
      checks: [
        { check: 'status', ok: true, message: 'ok' },
        {
          check: 'schema-valid',
          ok: false,
          message: `element </pre>${HOSTILE} not allowed; Authorization: Bearer ${JWT}; pw s3cret-live-pw`,
          issues: Array.from({ length: 60 }, (_, i) => ({
            severity: 'error' as const,
            code: 'UnexpectedElement',
            message: `bad ${BREAKER} \u0001 #${i}`,
            location: { line: i + 1, column: 3, path: `/ServiceResponse/${HOSTILE}` },
            expected: '<a>',
            found: HOSTILE,
          })),
        },
      ],
    },
    {
      id: 'rec.har#2',
      name: 'entry 2',
      outcome: 'unspecified',
      durationMs: 1,
      request: 'GET https://user:topsecretpw@qualysapi.qualys.com/x?api_key=abcd1234',
      checks: [{ check: 'matched', ok: false, message: `no endpoint for ${BREAKER}` }],
    },
    {
      id: 'vm.ok/example',
      endpoint: 'vm.ok',
      name: 'example',
      outcome: 'skip',
      reason: `flaky <b>upstream</b>`,
      durationMs: 1,
      checks: [],
    },
  ],
};

describe('HTML conformance report', () => {
  const html = formatHtmlReport(summary, { secrets: ['s3cret-live-pw'] });

  it('is one self-contained page: no script, no external resource, a CSP forbidding both', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|src=["']?http|href=["']?http|@import/i);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toContain('✗ replay: 3 cases over 2 endpoints: 0 passed, 1 failed, 1 skipped');
  });

  it('escapes hostile names, requests and messages', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;/pre&gt;');
    expect(html).toContain('flaky &lt;b&gt;upstream&lt;/b&gt;');
    expect(html).not.toContain('\u0001');
    // every tag in the page is one the reporter writes
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    const allowed =
      'html head meta title style body h1 h2 h3 p table thead tbody tr th td code div span strong ul li details summary';
    for (const t of tags) expect(allowed.split(' ')).toContain(t);
  });

  it('carries no credential', () => {
    for (const secret of ['hunter2pass', JWT, 's3cret-live-pw', 'topsecretpw', 'abcd1234']) {
      expect(html).not.toContain(secret);
    }
    expect(html).toContain('[REDACTED]');
  });

  it('lists at most 50 issues per check and counts the rest', () => {
    expect(html.match(/UnexpectedElement/g)).toHaveLength(50);
    expect(html).toContain('… and 10 more');
  });

  it('esc covers element content and both attribute quotes', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('qspec conformance --reporter html', () => {
  it('writes one HTML file for a mock run', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qspec-html-'));
    try {
      const out: string[] = [];
      const io: CommandIo = {
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
        cwd: repo,
        isTty: false,
        env: {},
      };
      const file = path.join(dir, 'report.html');
      const code = await main(
        ['conformance', '--specs', 'test/fixtures/conformance/specs', '--reporter', 'html', '--output', file],
        io,
      );
      expect(out.join('')).toMatch(/html report in /);
      expect(code).toBe(0);
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('qspec conformance: mock mode');
      expect(html).toMatch(/✓ mock: \d+ cases/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
