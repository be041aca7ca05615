/**
 * No DOCTYPE, schemaLocation or external entity URL is ever fetched: a real HTTP server on
 * 127.0.0.1 counts every request while `qspec validate` (real CLI) and `qspec conformance
 * --mode replay` read documents that point at it (SYSTEM and PUBLIC ids, a parameter entity,
 * an external entity, xsi:schemaLocation); it must see none. The entity-declaring ones are also
 * refused (XXE, billion laughs), and nothing of the served content appears in any output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformanceCommand } from '../../cli/commands/conformance.js';
import { harFile } from '../fixtures/recordings/build-recordings.js';
import { captureIo, fixtureSpecs, repoRoot } from '../unit/conformance/helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-doctype-'));
let server: Server;
let hits = 0;
let base = '';
beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.end('<!ENTITY leak "SERVED-BY-ATTACKER">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const body = '<THING_LIST_OUTPUT><RESPONSE><DATETIME>2024-01-15T10:00:00Z</DATETIME></RESPONSE></THING_LIST_OUTPUT>';
const documents = (): [string, string][] => [
  ['system', `<?xml version="1.0"?>\n<!DOCTYPE THING_LIST_OUTPUT SYSTEM "${base}/system.dtd">\n${body}\n`],
  ['public', `<?xml version="1.0"?>\n<!DOCTYPE THING_LIST_OUTPUT PUBLIC "-//X//EN" "${base}/public.dtd">\n${body}\n`],
  [
    'parameter entity',
    `<?xml version="1.0"?>\n<!DOCTYPE THING_LIST_OUTPUT [ <!ENTITY % remote SYSTEM "${base}/pe.dtd"> %remote; ]>\n${body}\n`,
  ],
  [
    'external entity',
    `<?xml version="1.0"?>\n<!DOCTYPE THING_LIST_OUTPUT [ <!ENTITY x SYSTEM "${base}/x.txt"> ]>\n${body.replace('2024-01-15T10:00:00Z', '&x;')}\n`,
  ],
  [
    'schemaLocation',
    `<?xml version="1.0"?>\n${body.replace('<THING_LIST_OUTPUT>', `<THING_LIST_OUTPUT xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${base}/s.xsd">`)}\n`,
  ],
];

describe('DOCTYPE and entity URLs are never fetched', () => {
  it('qspec validate (real CLI): no request reaches the server; entity declarations are refused', () => {
    const files = documents().map(([name, xml], i) => {
      const file = path.join(dir, `doc-${i}.xml`);
      writeFileSync(file, xml);
      return { name, file };
    });
    const r = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'bin', 'qspec.js'),
        'validate',
        ...files.map((f) => f.file),
        '--endpoint',
        'vm.thing.list',
        '--specs',
        fixtureSpecs,
        '--format',
        'json',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const codes = report.files.map((f: { errors: { code: string }[] }) => f.errors[0]?.code ?? 'valid');
    expect(codes[2]).toBe('XmlEntityDeclared');
    expect(codes[3]).toBe('XmlEntityDeclared');
    expect(r.stdout + r.stderr).not.toContain('SERVED-BY-ATTACKER');
    expect(hits).toBe(0);
  }, 70_000);

  it('qspec conformance --mode replay: recorded bodies pointing at the server fetch nothing', async () => {
    const file = path.join(dir, 'doctype.har');
    writeFileSync(file, harFile(documents().map(([, xml]) => ({ body: { text: xml } }))));
    const io = captureIo();
    await conformanceCommand.run(['--mode', 'replay', '--reporter', 'json', '--specs', fixtureSpecs, file], io);
    const report = JSON.parse(io.out());
    expect(report.cases).toHaveLength(5);
    expect(io.out()).not.toContain('SERVED-BY-ATTACKER');
    expect(hits).toBe(0);
  });
});
