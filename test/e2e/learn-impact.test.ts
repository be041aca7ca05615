/**
 * End to end, as real `node bin/qspec.js` processes on temp folders:
 * - `qspec learn --write` puts back what a damaged copy of the specs lost (an element, an enum
 *   value, an attribute, in XSD and in DTD) from recordings that carry it; replay passes again,
 *   `generate` passes, and `qspec diff` between the damaged and the learned copy names each one.
 *   Once with HAR files written here (copy of test/fixtures/specs-mini), once with the corpus
 *   recordings on a copy of specs/ (skipped with a note when ../shared is absent).
 * - `qspec impact` on a small consumer project names the line that reads a field the revision
 *   removes, and nothing when the revision only adds one.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { itWith, repoRoot, sharedPath } from '../support/requirements.js';
import { LIST_URL, listBody, MINI, THING_URL, thingBody, writeHar } from '../unit/learn/learn-fixture.js';

const BIN = path.join(repoRoot, 'bin', 'qspec.js');
// Each step is one CLI process (tsx start-up on a busy 2-core machine): generous, bounded by work.
const SLOW = 240_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function qspec(args: readonly string[], cwd = repoRoot): Promise<Run> {
  return new Promise((resolve) => {
    const { QSPEC_DEBUG: _ignored, ...env } = process.env;
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

/** Replaces `from` (which must occur exactly once) in a file. */
function damage(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text.split(from).length, `${path.basename(file)} holds '${from}' once`).toBe(2);
  writeFileSync(file, text.replace(from, to));
}

interface Finding {
  readonly rule: string;
  readonly path: string;
  readonly name: string;
}

/** learn --write on `specs` (snapshot kept as `<dir>/damaged`), then replay, generate, diff. */
async function learnAndCheck(dir: string, specs: string, recordings: readonly string[]): Promise<Finding[]> {
  const damaged = path.join(dir, 'damaged');
  cpSync(specs, damaged, { recursive: true });
  const before = await qspec(['conformance', '--mode', 'replay', '--specs', specs, ...recordings]);
  expect(before.code, before.stdout + before.stderr).toBe(1);
  const learn = await qspec(['learn', ...recordings, '--specs', specs, '--write', '--format', 'json']);
  expect(learn.code, learn.stderr).toBe(1);
  const report = JSON.parse(learn.stdout);
  expect(report.after.failing, learn.stdout).toBe(0);
  for (const p of report.proposals) expect(p.status, JSON.stringify(p)).toBe('written');
  const after = await qspec(['conformance', '--mode', 'replay', '--specs', specs, ...recordings]);
  expect(after.code, after.stdout + after.stderr).toBe(0);
  const gen = await qspec(['generate', '--specs', specs, '--out', path.join(dir, 'gen')]);
  expect(gen.code, gen.stderr).toBe(0);
  const diff = await qspec(['diff', damaged, specs, '--format', 'json', '--fail-on', 'none']);
  expect(diff.code, diff.stderr).toBe(0);
  // Each proposal names the rule the diff reports for it.
  const findings: Finding[] = JSON.parse(diff.stdout).findings;
  for (const p of report.proposals) {
    expect(
      findings.some((f) => f.rule === p.rule && f.path === p.path),
      `${p.rule} ${p.path}`,
    ).toBe(true);
  }
  return findings;
}

describe('qspec learn --write (HAR written here, specs-mini copy)', () => {
  it(
    'puts back a removed element (sequence and xs:all), enum value and attribute in XSD and DTD',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'qspec-learn-e2e-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const specs = path.join(dir, 'specs');
      cpSync(MINI, specs, { recursive: true });
      const xsd = path.join(specs, 'was/schemas/thing.xsd');
      const dtd = path.join(specs, 'vm/schemas/list_output.dtd');
      damage(xsd, '        <xs:element name="count" type="xs:int" minOccurs="0"/>\n', '');
      damage(xsd, '      <xs:element name="enabled" type="xs:boolean" minOccurs="0"/>\n', '');
      damage(xsd, '      <xs:enumeration value="NOT_FOUND"/>\n', '');
      damage(dtd, '<!ELEMENT RESPONSE (DATETIME, ITEM*)>', '<!ELEMENT RESPONSE (ITEM*)>');
      damage(dtd, '<!ATTLIST ITEM kind (a|b) #REQUIRED>', '<!ATTLIST ITEM kind (a) #REQUIRED>');
      const damagedXsd = readFileSync(xsd, 'utf8');
      const har = writeHar(path.join(dir, 'traffic.har'), [
        { url: THING_URL, body: thingBody('<Thing flavour="plain"><id>7</id><enabled>true</enabled></Thing>') },
        { url: THING_URL, body: thingBody('<Thing><id>8</id></Thing>', 'NOT_FOUND') },
        { url: LIST_URL, body: listBody('<DATETIME>2026-01-01</DATETIME><ITEM kind="b" flag="1">x</ITEM>') },
      ]);
      const findings = await learnAndCheck(dir, specs, [har]);
      const named = findings.map((f) => `${f.rule} ${f.path}`);
      expect(named).toEqual(
        expect.arrayContaining([
          'element-added ServiceResponse/count',
          'element-added Thing/enabled',
          'enum-value-added ResponseCode',
          'attribute-added Thing/@flavour',
          'element-added RESPONSE/DATETIME',
          'enum-value-added ITEM/@kind',
          'attribute-added ITEM/@flag',
        ]),
      );
      const learned = readFileSync(xsd, 'utf8');
      // count is back at its place in the sequence (after responseCode), optional; comments kept.
      expect(learned).toContain(
        '<xs:element name="responseCode" type="ResponseCode"/>\n        <xs:element name="count" type="xs:string" minOccurs="0"/>',
      );
      expect(learned).toContain('<!-- A minimal QPS-style schema for generator tests. -->');
      expect(learned).toContain('may contain */ safely.');
      // One line each: count, enabled, the NOT_FOUND enumeration, the flavour attribute.
      expect(learned.split('\n').length - damagedXsd.split('\n').length).toBe(4);
      expect(readFileSync(dtd, 'utf8')).toBe(
        '<!-- A minimal FO-style DTD for generator tests. -->\n<!ELEMENT LIST_OUTPUT (RESPONSE)>\n<!ELEMENT RESPONSE (DATETIME?, ITEM*)>\n<!ELEMENT DATETIME (#PCDATA)>\n<!ELEMENT ITEM (#PCDATA)>\n<!ATTLIST ITEM kind (a|b) #REQUIRED flag CDATA #IMPLIED>\n',
      );
      // Learning again from the same traffic finds nothing: exit 0.
      const again = await qspec(['learn', har, '--specs', specs]);
      expect(again.code, again.stdout).toBe(0);
      expect(again.stdout).toContain('0 proposal(s)');
    },
    SLOW,
  );

  it('exits 2 on a recording that does not exist', async () => {
    const r = await qspec(['learn', path.join(tmpdir(), 'no-such-recording.har'), '--specs', MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder');
  });
});

const corpus = sharedPath('corpus', 'recordings');

describe('qspec learn --write (corpus recordings, specs/ copy)', () => {
  itWith(corpus)(
    'puts back elements the corpus carries, in webapp.xsd (sequence, xs:all) and scan_list_output.dtd',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'qspec-learn-corpus-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const specs = path.join(dir, 'specs');
      cpSync(path.join(repoRoot, 'specs'), specs, { recursive: true });
      const xsd = path.join(specs, 'was/schemas/webapp.xsd');
      const dtd = path.join(specs, 'vm/schemas/scan_list_output.dtd');
      const lineOf = (file: string, needle: string) => {
        const line = readFileSync(file, 'utf8')
          .split('\n')
          .find((l) => l.includes(needle));
        expect(line, `${needle} in ${file}`).toBeDefined();
        return `${line}\n`;
      };
      damage(xsd, lineOf(xsd, '<xs:element name="hasMoreRecords"'), '');
      // createdDate of the WebApp type (other types declare one too).
      const text = readFileSync(xsd, 'utf8');
      const webApp = text.indexOf('<xs:complexType name="WebApp">');
      expect(webApp).toBeGreaterThan(0);
      const at = text.indexOf('<xs:element name="createdDate"', webApp);
      const start = text.lastIndexOf('\n', at) + 1;
      writeFileSync(xsd, text.slice(0, start) + text.slice(text.indexOf('\n', at) + 1));
      damage(dtd, '<!ELEMENT RESPONSE (DATETIME, SCAN_LIST?)>', '<!ELEMENT RESPONSE (SCAN_LIST?)>');
      const recordings = [
        path.join(corpus.path, 'graph-qualys', 'fetchScannedWebApps.har'),
        path.join(corpus.path, 'ruby-qualys', 'scans.yml'),
      ];
      const findings = await learnAndCheck(dir, specs, recordings);
      const named = findings.map((f) => `${f.rule} ${f.path}`);
      expect(named).toEqual(
        expect.arrayContaining([
          'element-added ServiceResponse/hasMoreRecords',
          'element-added WebApp/createdDate',
          'element-added RESPONSE/DATETIME',
        ]),
      );
      expect(readFileSync(dtd, 'utf8')).toContain('<!ELEMENT RESPONSE (DATETIME?, SCAN_LIST?)>');
    },
    SLOW,
  );
});

describe('qspec impact', () => {
  it(
    'names the line reading a removed field (text, json, github), and nothing for a field only added',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'qspec-impact-e2e-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const base = path.join(dir, 'base');
      const removed = path.join(dir, 'removed');
      const added = path.join(dir, 'added');
      for (const d of [base, removed, added]) cpSync(MINI, d, { recursive: true });
      const enabled = '      <xs:element name="enabled" type="xs:boolean" minOccurs="0"/>\n';
      const owner = '      <xs:element name="owner" type="xs:string" minOccurs="0"/>\n';
      damage(path.join(removed, 'was/schemas/thing.xsd'), enabled, owner);
      damage(path.join(added, 'was/schemas/thing.xsd'), enabled, enabled + owner);
      const app = path.join(dir, 'app');
      mkdirSync(path.join(app, 'src'), { recursive: true });
      const gen = await qspec(['generate', '--specs', base, '--out', path.join(app, 'generated')]);
      expect(gen.code, gen.stderr).toBe(0);
      writeFileSync(
        path.join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            noEmit: true,
            skipLibCheck: true,
          },
          include: ['src/**/*.ts', 'generated/**/*.ts'],
        }),
      );
      writeFileSync(
        path.join(app, 'src', 'use.ts'),
        [
          "import type { Thing } from '../generated/was/schemas/thing-xsd.js';",
          '',
          'export function describe(t: Thing): string {',
          "  const id = t.id ?? '?';",
          "  if (t.enabled) return id + ' on';",
          "  return id + ' off';",
          '}',
          '',
          '/** Same property name on another type: not a use. */',
          'export function other(x: { enabled: boolean }): boolean {',
          '  return x.enabled;',
          '}',
          '',
        ].join('\n'),
      );
      const text = await qspec(['impact', base, removed, '--project', app]);
      expect(text.code, text.stderr).toBe(1);
      const lines = text.stdout.trim().split('\n');
      expect(lines[0]).toBe('src/use.ts:5:9 element-removed Thing.enabled: Thing/enabled removed');
      expect(lines).toHaveLength(2);
      const gh = await qspec(['impact', base, removed, '--project', app, '--format', 'github']);
      expect(gh.code).toBe(1);
      expect(gh.stdout).toBe(
        '::error file=src/use.ts,line=5,col=9,title=element-removed::Thing.enabled: Thing/enabled removed\n',
      );
      const json = await qspec(['impact', base, added, '--project', app, '--format', 'json']);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout).uses).toEqual([]);
    },
    SLOW,
  );
});
