/**
 * `qspec validate FILES` as a batch, through the real CLI (`node bin/qspec.js`): the report of a
 * batch is the same with `--jobs 1`, `--jobs 2` and the default (worker threads only for a batch
 * with enough work, batch-threads.ts), text and JSON, exit code included; the thread count chosen
 * (QSPEC_DEBUG) is one for a small batch by default and what `--jobs` says when given; each file's JSON entry (verdict, issues in order, bytes,
 * root) is what validating that file alone prints, for the WebApp search examples of specs/
 * (responses, and request bodies, which are invalid as responses) and damaged files (truncated,
 * binary, bad UTF-8, undeclared element). `--jobs 0` is a usage error.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..');
const examples = path.join(repoRoot, 'specs/was/examples/was.webapp.search');
const dir = mkdtempSync(path.join(tmpdir(), 'qspec-validate-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bin = path.join(repoRoot, 'bin', 'qspec.js');
function run(args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, 'validate', ...args, '--specs', path.join(repoRoot, 'specs')], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The examples and damaged copies, then `copies` valid files: names relative to `dir`. */
function writeBatch(copies: number): string[] {
  const names: string[] = [];
  for (const f of readdirSync(examples).filter((n) => n.endsWith('.xml'))) {
    copyFileSync(path.join(examples, f), path.join(dir, f));
    names.push(f);
  }
  const page = readFileSync(path.join(examples, 'corpus-har-page-1.response.xml'), 'utf8');
  const damaged: [string, string | Buffer][] = [
    ['truncated.xml', page.slice(0, 300)],
    ['binary.xml', Buffer.from([0x3c, 0x00, 0x01, 0x02, 0xff, 0xfe])],
    [
      'bad-utf8.xml',
      Buffer.concat([Buffer.from(page.slice(0, 250)), Buffer.from([0xc3, 0x28]), Buffer.from(page.slice(250))]),
    ],
    ['undeclared.xml', page.replace('<count>', '<surprise>x</surprise><count>')],
  ];
  for (const [name, body] of damaged) {
    writeFileSync(path.join(dir, name), body);
    names.push(name);
  }
  for (let i = 0; i < copies; i++) {
    const name = `copy-${String(i).padStart(3, '0')}.xml`;
    writeFileSync(path.join(dir, name), page.replace('81221901</id>', `${81221901 + i}</id>`));
    names.push(name);
  }
  return names;
}

describe('qspec validate FILES: batches', () => {
  const files = writeBatch(300);
  const endpoint = ['--endpoint', 'was.webapp.search'];

  it('the report is identical for --jobs 1, --jobs 2 and the default (text and JSON)', () => {
    // Interleave damaged files with the copies so every thread gets some.
    const mixed = files.flatMap((f, i) => (i % 25 === 0 ? [f, files[i % 14]!] : [f]));
    for (const format of ['text', 'json']) {
      const one = run([...mixed, ...endpoint, '--format', format, '--jobs', '1']);
      expect(one.stderr).toBe('');
      expect(one.code).toBe(1);
      expect(run([...mixed, ...endpoint, '--format', format, '--jobs', '2'])).toEqual(one);
      expect(run([...mixed, ...endpoint, '--format', format])).toEqual(one);
    }
    const text = run([...mixed, ...endpoint, '--jobs', '2']).stdout.split('\n');
    expect(text.filter((l) => / (valid|INVALID) against /.test(l)).map((l) => l.split(':')[0])).toEqual(mixed);
  }, 300_000);

  it("each file's entry is what validating the file alone prints", () => {
    const some = files.slice(0, 14);
    const batch = JSON.parse(run([...some, ...endpoint, '--format', 'json', '--jobs', '2']).stdout);
    expect(batch.files.map((f: { file: string }) => f.file)).toEqual(some);
    const invalid = batch.files.filter((f: { valid: boolean }) => !f.valid).length;
    expect(invalid).toBeGreaterThanOrEqual(8);
    expect(batch.files.length - invalid).toBeGreaterThanOrEqual(3);
    for (const [i, f] of some.entries()) {
      const alone = JSON.parse(run([f, ...endpoint, '--format', 'json']).stdout);
      expect(batch.files[i], f).toEqual(alone.files[0]);
    }
  }, 300_000);

  it('the default is one thread for a batch smaller than a worker start-up; --jobs N is honoured', () => {
    const threads = (args: string[]) =>
      /: (\d+) thread\(s\)/.exec(run([...files, ...endpoint, '--quiet', ...args], { QSPEC_DEBUG: '1' }).stderr)?.[1];
    // 300 copies of a 2.5 KB page plus the examples: more than 256 files, under 2 MB.
    expect(files.length).toBeGreaterThan(300);
    expect(threads([])).toBe('1');
    expect(threads(['--jobs', '2'])).toBe('2');
    expect(threads(['--jobs', '3'])).toBe('3');
  }, 300_000);

  it('one large file cut between records (--jobs 2): the report of --jobs 1, text and JSON', () => {
    const page = readFileSync(path.join(examples, 'corpus-har-page-1.response.xml'), 'utf8');
    const start = page.indexOf('    <WebApp>');
    const end = page.indexOf('  </data>');
    const record = page.slice(start, end);
    const records = (edit: (i: number, r: string) => string) =>
      Array.from({ length: 8000 }, (_, i) => edit(i, record.replace('81221901</id>', `${i}</id>`))).join('');
    const big = path.join(dir, 'big.xml');
    const bad = path.join(dir, 'big-bad.xml');
    writeFileSync(big, page.slice(0, start) + records((_, r) => r) + page.slice(end));
    writeFileSync(
      bad,
      page.slice(0, start) +
        records((i, r) => (i === 6000 ? r.replace('<tags>', '<bogus/><tags>') : r)) +
        page.slice(end),
    );
    for (const [file, how, code] of [
      [big, 'every part clean', 0],
      [bad, 'a part not clean: read on one thread', 1],
    ] as const) {
      for (const format of ['text', 'json']) {
        const one = run([file, ...endpoint, '--format', format, '--jobs', '1']);
        expect(one.code).toBe(code);
        const two = run([file, ...endpoint, '--format', format, '--jobs', '2'], { QSPEC_DEBUG: '1' });
        expect(two.stderr).toContain(`qspec validate: cut into 2 parts: ${how}`);
        expect({ ...two, stderr: '' }).toEqual(one);
      }
    }
  }, 300_000);

  it('--jobs must be a positive integer', () => {
    const r = run([files[0]!, ...endpoint, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be an integer from 1 to 256');
  });
});
