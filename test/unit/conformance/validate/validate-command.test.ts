import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../../../cli/commands/validate.js';
import { captureIo, fixtureSpecs } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-validate-'));
const examples = path.join(fixtureSpecs, 'vm', 'examples', 'vm.thing.list');
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const secret = file('secret.txt', 'TOP-SECRET-LINE\n');

const XXE = `<?xml version="1.0"?>\n<!DOCTYPE THING_LIST_OUTPUT [\n  <!ENTITY xxe SYSTEM "file://${secret}">\n]>\n<THING_LIST_OUTPUT><RESPONSE><DATETIME>&xxe;</DATETIME></RESPONSE></THING_LIST_OUTPUT>\n`;
const LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n')}\n]>\n<THING_LIST_OUTPUT>&lol9;</THING_LIST_OUTPUT>\n`;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = captureIo();
  const code = await validateCommand.run([...args, '--specs', fixtureSpecs], io);
  return { code, out: io.out(), err: io.err() };
}

describe('qspec validate', () => {
  const cases: [string, { files: string[]; extra?: string[]; code: number; out?: RegExp; err?: RegExp }][] = [
    [
      'a valid example',
      { files: [path.join(examples, 'two-things.response.xml')], code: 0, out: /valid against vm\.thing\.list 200/ },
    ],
    [
      'a damaged example: located error with path, expected and found',
      {
        files: [path.join(examples, 'damaged.response.xml')],
        code: 1,
        out: /damaged\.response\.xml:7:\d+ \/THING_LIST_OUTPUT\/RESPONSE\/THING_LIST\/THING.*error/,
      },
    ],
    [
      'an error body against --status 400',
      { files: [path.join(examples, 'bad-id-400.response.xml')], extra: ['--status', '400'], code: 0 },
    ],
    [
      'malformed XML gives line:column',
      {
        files: [file('broken.xml', '<THING_LIST_OUTPUT>\n  <RESPONSE>\n</THING_LIST_OUTPUT>\n')],
        code: 1,
        // The mismatched end tag is found inside <RESPONSE>, which is still open (libxml2:
        // "Opening and ending tag mismatch: RESPONSE line 2 and THING_LIST_OUTPUT").
        out: /broken\.xml:3:20 \/THING_LIST_OUTPUT\/RESPONSE: error XmlSyntax: malformed XML: unexpected close tag; expected <\/RESPONSE>/,
      },
    ],
    [
      'binary garbage',
      {
        files: [file('garbage.xml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))],
        code: 1,
        out: /binary data/,
      },
    ],
    [
      'missing file → exit 2, one line',
      { files: [path.join(dir, 'nope.xml')], code: 2, err: /^qspec validate: .*nope\.xml: no such file\n$/ },
    ],
    [
      'unknown endpoint → exit 2, one line',
      {
        files: [path.join(examples, 'two-things.response.xml')],
        extra: ['--endpoint', 'vm.thing.lsit'],
        code: 2,
        err: /^qspec validate: unknown endpoint 'vm\.thing\.lsit'.*\n$/,
      },
    ],
    [
      'over --max-bytes → exit 1 without reading it',
      {
        files: [path.join(examples, 'two-things.response.xml')],
        extra: ['--max-bytes', '100'],
        code: 1,
        out: /TooLarge.*raise --max-bytes/,
      },
    ],
  ];
  it.each(cases)('%s', async (_n, c) => {
    const extra = c.extra ?? [];
    const args = extra.includes('--endpoint')
      ? [...c.files, ...extra]
      : [...c.files, '--endpoint', 'vm.thing.list', ...extra];
    const r = await run(args);
    expect(r.code).toBe(c.code);
    if (c.out) expect(r.out).toMatch(c.out);
    if (c.err) expect(r.err).toMatch(c.err);
    if (c.code !== 2) expect(r.err).toBe('');
  });

  it('an XXE document is rejected and nothing from the file system leaks', async () => {
    const r = await run([file('xxe.xml', XXE), '--endpoint', 'vm.thing.list']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/XmlEntityDeclared|entit/i);
    expect(r.out + r.err).not.toContain('TOP-SECRET');
  });

  it('a billion-laughs document is rejected fast', async () => {
    const t0 = performance.now();
    const r = await run([file('lol.xml', LAUGHS), '--endpoint', 'vm.thing.list', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.files[0].errors[0].code).toBe('XmlEntityDeclared');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('--format json is the documented, versioned report', async () => {
    const r = await run([
      path.join(examples, 'two-things.response.xml'),
      path.join(examples, 'damaged.response.xml'),
      '--endpoint',
      'vm.thing.list',
      '--format',
      'json',
    ]);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({
      version: 1,
      command: 'validate',
      valid: false,
      summary: { files: 2, valid: 1, invalid: 1 },
    });
    const issue = report.files[1].errors[0];
    expect(Object.keys(issue)).toEqual(
      expect.arrayContaining(['severity', 'code', 'message', 'line', 'column', 'path']),
    );
    expect(issue.line).toBeGreaterThan(0);
  });

  it('--schema FILE#ROOT validates without a spec folder, and a wrong root is a usage error', async () => {
    const dtd = path.join(fixtureSpecs, 'vm', 'schemas', 'thing_list_output.dtd');
    const ok = await run([path.join(examples, 'one-thing.response.xml'), '--schema', `${dtd}#THING_LIST_OUTPUT`]);
    expect(ok.code).toBe(0);
    const bad = await run([path.join(examples, 'one-thing.response.xml'), '--schema', `${dtd}#NOPE`]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no root element 'NOPE'/);
  });

  it('usage errors: neither or both of --endpoint and --schema', async () => {
    await expect(validateCommand.run(['x.xml'], captureIo())).rejects.toThrow(/exactly one of --endpoint/);
  });
  it('an element where nothing more may come says what it found, with no empty "expected"', async () => {
    const xsd = file(
      'one-b.xsd',
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="A"><xs:complexType>' +
        '<xs:sequence><xs:element name="B" type="xs:string"/></xs:sequence></xs:complexType></xs:element></xs:schema>',
    );
    const doc = file('extra.xml', '<A><B>x</B><EXTRA/></A>');
    const r = await run([doc, '--schema', xsd]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('/A/EXTRA: error UnexpectedElement: element <EXTRA> is not allowed here');
    expect(r.out).toContain('(found EXTRA)');
    expect(r.out).not.toMatch(/expected\s*,/);
  });
});
