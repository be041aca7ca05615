/**
 * Replay of hostile recordings stays bounded: bodies are decoded lazily, one entry at a time,
 * under a per-entry and a run-total limit; a recording is size-capped before it is parsed; an
 * over-limit body is reported as over the limit (never as "malformed XML"). HAR and VCR
 * cassettes alike. The decompression-bomb case runs the real CLI under a small V8 heap, so
 * holding every decoded body at once (the old behaviour: 30 × 63 MiB) crashes it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { conformanceCommand } from '../../cli/commands/conformance.js';
import { harFile, pollyGzipBody, VALID_THING_XML, vcrCassette } from '../fixtures/recordings/build-recordings.js';
import { captureIo, fixtureSpecs, repoRoot } from '../unit/conformance/helpers.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'qspec-replay-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

interface ReportCase {
  id: string;
  outcome: string;
  checks: { check: string; ok: boolean; message: string }[];
}

async function replay(files: string[], extra: string[] = []) {
  const io = captureIo();
  const code = await conformanceCommand.run(
    ['--mode', 'replay', '--reporter', 'json', '--specs', fixtureSpecs, ...extra, ...files],
    io,
  );
  return { code, cases: JSON.parse(io.out()).cases as ReportCase[] };
}

const failing = (c: ReportCase) => c.checks.filter((k) => !k.ok).map((k) => `${k.check}: ${k.message}`);

describe('replay limits (HAR)', () => {
  it('30 entries of 63 MiB gzip: decoded one at a time under a 384 MB V8 heap; past 1 GiB in total, entries are over the total limit', async () => {
    const bomb = pollyGzipBody(Buffer.alloc(63 * MiB));
    const file = write('bomb.har', harFile(Array.from({ length: 30 }, () => ({ body: bomb }))));
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'bin', 'qspec.js'),
        'conformance',
        '--mode',
        'replay',
        '--reporter',
        'json',
        '--specs',
        fixtureSpecs,
        file,
      ],
      { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=384' }, stdio: 'pipe' },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const kill = setTimeout(() => child.kill('SIGKILL'), 150_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(kill);
    expect(err).not.toMatch(/heap out of memory/);
    expect(code).toBe(1);
    const cases = JSON.parse(out).cases as ReportCase[];
    expect(cases).toHaveLength(30);
    // 1 GiB / 63 MiB: 16 bodies fit the default total; each is checked (zeros: not XML).
    const checked = cases.filter((c) => c.checks.some((k) => k.check === 'well-formed'));
    expect(checked).toHaveLength(16);
    for (const c of checked) expect(failing(c).join('\n')).toMatch(/NotXml|binary data/);
    const overTotal = cases.filter((c) => failing(c).some((m) => /1024 MiB total limit of decoded bodies/.test(m)));
    expect(overTotal.map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, i) => `bomb.har#${i + 17}`));
  }, 180_000);

  it('an entry inflating past the 64 MiB per-entry default is over the limit, not malformed XML', async () => {
    const file = write('big-entry.har', harFile([{ body: pollyGzipBody(Buffer.alloc(65 * MiB, 0x20)) }]));
    const r = await replay([file]);
    expect(r.code).toBe(1);
    const [c] = r.cases;
    expect(failing(c!)).toEqual([
      'recording: response body decodes to more than 64 MiB, over the 64 MiB per-entry limit (raise --max-entry-bytes to check it); not decoded',
    ]);
    expect(JSON.stringify(c)).not.toMatch(/malformed/i);
  });

  it('--max-entry-bytes and --max-total-bytes move the limits; entries within them are checked normally', async () => {
    const padded = (n: number) =>
      pollyGzipBody(Buffer.from(VALID_THING_XML.replace('<THING_LIST>', `<THING_LIST>${' '.repeat(n)}`)));
    const small = padded(100 * 1024);
    const file = write(
      'limits.har',
      harFile([{ body: small }, { body: padded(2 * MiB) }, { body: small }, { body: small }]),
    );
    const perEntry = await replay([file], ['--max-entry-bytes', '1M']);
    expect(perEntry.cases.map((c) => c.outcome)).toEqual(['pass', 'fail', 'pass', 'pass']);
    expect(failing(perEntry.cases[1]!).join('')).toMatch(/more than 1 MiB, over the 1 MiB per-entry limit/);
    const raised = await replay([file], ['--max-entry-bytes', '3M']);
    expect(raised.cases.map((c) => c.outcome)).toEqual(['pass', 'pass', 'pass', 'pass']);
    const total = await replay([file], ['--max-entry-bytes', '3M', '--max-total-bytes', `${2 * MiB + 150 * 1024}`]);
    expect(total.cases.map((c) => c.outcome)).toEqual(['pass', 'pass', 'fail', 'fail']);
    expect(failing(total.cases[2]!).join('')).toMatch(
      /would pass the 2.1 MiB total limit of decoded bodies in one run .*raise --max-total-bytes/,
    );
  });

  it('a recording over --max-recording-bytes is a failing case and is not parsed; the others still run', async () => {
    const ok = write('ok.har', harFile([{ body: { text: VALID_THING_XML } }]));
    const big = write('big.har', `${harFile([{ body: { text: VALID_THING_XML } }])}${' '.repeat(4096)}`);
    const r = await replay([big, ok], ['--max-recording-bytes', '4K']);
    expect(r.code).toBe(1);
    expect(r.cases.map((c) => [c.id, c.outcome])).toEqual([
      ['big.har', 'fail'],
      ['ok.har#1', 'pass'],
    ]);
    expect(failing(r.cases[0]!).join('')).toMatch(
      /HAR file is [\d.]+ KiB, over the 4 KiB limit \(raise --max-recording-bytes\); not read/,
    );
  });

  it('a bad limit value is a usage error', async () => {
    await expect(
      conformanceCommand.run(
        ['--mode', 'replay', '--max-entry-bytes', 'lots', '--specs', fixtureSpecs, dir],
        captureIo(),
      ),
    ).rejects.toThrow(/--max-entry-bytes must be a size/);
  });

  it('replay without recordings is a usage error (no default folder outside the project)', async () => {
    await expect(conformanceCommand.run(['--mode', 'replay', '--specs', fixtureSpecs], captureIo())).rejects.toThrow(
      /name the recordings to replay/,
    );
  });
});

describe('replay limits (VCR cassettes)', () => {
  it('a valid cassette replays; base64 and gzip bodies decode', async () => {
    const file = write(
      'ok.yml',
      vcrCassette([
        { body: { string: VALID_THING_XML } },
        { body: { base64_string: Buffer.from(VALID_THING_XML).toString('base64') } },
        {
          responseHeaders: { 'Content-Encoding': 'gzip' },
          body: { base64_string: gzipSync(VALID_THING_XML).toString('base64') },
        },
      ]),
    );
    const r = await replay([file]);
    expect(r.cases.map((c) => [c.id, c.outcome])).toEqual([
      ['ok.yml#1', 'pass'],
      ['ok.yml#2', 'pass'],
      ['ok.yml#3', 'pass'],
    ]);
    expect(r.code).toBe(0);
  });

  it('a gzip bomb in base64_string is over the per-entry limit, not decoded', async () => {
    const bomb = gzipSync(Buffer.alloc(65 * MiB, 0x20)).toString('base64');
    const file = write(
      'bomb.yml',
      vcrCassette([{ body: { base64_string: bomb } }, { body: { string: VALID_THING_XML } }]),
    );
    const r = await replay([file]);
    expect(r.cases.map((c) => c.outcome)).toEqual(['fail', 'pass']);
    expect(failing(r.cases[0]!)).toEqual([
      'recording: response body decodes to more than 64 MiB, over the 64 MiB per-entry limit (raise --max-entry-bytes to check it); not decoded',
    ]);
  });

  it('a YAML alias bomb (billion laughs) is refused as a failing case', async () => {
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0
        ? 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'
        : `l${i}: &l${i} [${Array(10)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
    );
    const file = write('laughs.yml', `${levels.join('\n')}\nhttp_interactions: *l8\n`);
    const r = await replay([file]);
    expect(r.code).toBe(1);
    expect(r.cases.map((c) => [c.id, c.outcome])).toEqual([['laughs.yml', 'fail']]);
    expect(failing(r.cases[0]!).join('')).toMatch(/not a readable VCR cassette \(Excessive alias count/);
  });

  it('a cassette over the 16 MiB default is not parsed (YAML parsing costs ~30x the file in memory)', async () => {
    const file = write('huge.yml', vcrCassette([{ body: { string: 'x'.repeat(17 * MiB) } }]));
    const r = await replay([file]);
    expect(failing(r.cases[0]!).join('')).toMatch(/huge\.yml: VCR cassette file is 17\.\d MiB, over the 16 MiB limit/);
  });

  it('a Ruby object tag is plain data, never instantiated', async () => {
    const file = write(
      'tagged.yml',
      vcrCassette([{ body: { string: VALID_THING_XML } }]).replace(
        'http_interactions:',
        'x: !ruby/object:Kernel { cmd: id }\nhttp_interactions:',
      ),
    );
    const r = await replay([file]);
    expect(r.cases.map((c) => c.outcome)).toEqual(['pass']);
  });
});
