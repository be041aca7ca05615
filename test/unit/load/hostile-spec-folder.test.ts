/**
 * `qspec generate` as a real process on hostile spec folders (written to a temp dir): schemas
 * nested or derived far too deep, a YAML alias bomb, oversized files, symlinks leading out of
 * the spec folder, and includes that would need the network or leave the folder. Each must end
 * with exit code 2 and exactly one located line `file:line:column: error Code: message` (or
 * `file: error ...` for a whole-file problem), never "internal error", and nothing is fetched
 * (a real HTTP server on 127.0.0.1 counts requests).
 */

import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDiagnosticError } from '../../../generator/diagnostics.js';
import { loadIr } from '../../../generator/load/load-ir.js';
import { extensionChainXsd, generateCli, lines, nestedXsd, specFolder } from './spec-folder-helpers.js';

// Each case starts one CLI process (1-5 s on a loaded 2-core machine, more when it falls back to
// tsx); the limit only guards against a hang.
const SLOW = 120_000;

let root: string;
let n = 0;
let server: Server;
let requests = 0;
let origin: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qspec-hostile-specs-'));
  server = createServer((_req, res) => {
    requests++;
    res.end('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

const dir = () => path.join(root, `case${++n}`);

/** Runs generate on `specs`, expects exit 2 and exactly one error line; returns that line. */
async function refused(specs: string): Promise<string> {
  const run = await generateCli(specs, path.join(root, `out${n}`));
  const out = lines(run);
  expect(out.join('\n')).not.toMatch(/internal error|this is a bug/);
  expect(out, out.join('\n')).toHaveLength(1);
  expect(run.code).toBe(2);
  return out[0]!;
}

describe('qspec generate refuses schemas nested or derived too deep (one located line, exit 2)', () => {
  it(
    'an XSD with 500 nested anonymous complexType/sequence/element levels',
    async () => {
      const specs = await specFolder(dir(), 'deep.xsd', nestedXsd(500));
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/deep\.xsd:2:\d+: error XmlTooDeep: elements nest more than 100 levels deep/,
      );
    },
    SLOW,
  );

  it(
    'an XSD with 20,000 nested levels is refused at the start tag beyond the limit',
    async () => {
      const specs = await specFolder(dir(), 'deep.xsd', nestedXsd(20_000));
      expect(await refused(specs)).toMatch(/^was\/schemas\/deep\.xsd:2:\d+: error XmlTooDeep: /);
    },
    SLOW,
  );

  it(
    'an XSD with 20,000 chained xs:extension derivations',
    async () => {
      const specs = await specFolder(dir(), 'chain.xsd', extensionChainXsd(20_000));
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/chain\.xsd:\d+:1: error XsdDerivationTooLong: type "T\d+" is derived through more than 64 named types/,
      );
    },
    SLOW,
  );

  it(
    'a DTD content model with 20,000 nested groups',
    async () => {
      const dtd = `<!ELEMENT A ${'('.repeat(20_000)}B${')'.repeat(20_000)}>\n<!ELEMENT B (#PCDATA)>\n`;
      const specs = await specFolder(dir(), 'deep.dtd', dtd);
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/deep\.dtd:1:\d+: error DtdTooDeep: content model groups nest more than 100 levels deep/,
      );
    },
    SLOW,
  );

  it(
    'a JSON Schema nested 20,000 levels deep',
    async () => {
      const json = `${'{"type":"object","properties":{"a":'.repeat(10_000)}{"type":"string"}${'}}'.repeat(10_000)}\n`;
      const specs = await specFolder(dir(), 'deep.schema.json', json);
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/deep\.schema\.json:1:\d+: error JsonSchemaTooDeep: nests more than 100 levels deep/,
      );
    },
    SLOW,
  );
});

describe('qspec generate refuses hostile spec YAML and oversized inputs', () => {
  it(
    'a YAML alias bomb in a spec is a located SpecYamlSyntax error, not an internal error',
    async () => {
      const specs = await specFolder(dir(), 'a.xsd', nestedXsd(1));
      const bomb = [
        'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
        '',
      ].join('\n');
      await writeFile(path.join(specs, 'was', 'bomb.yaml'), bomb);
      expect(await refused(specs)).toMatch(
        /^was\/bomb\.yaml:2:\d+: error SpecYamlSyntax: aliases expand to more than 100 copies/,
      );
    },
    SLOW,
  );

  it(
    'a spec YAML file above 8 MiB',
    async () => {
      const specs = await specFolder(dir(), 'a.xsd', nestedXsd(1));
      await writeFile(path.join(specs, 'was', 'big.yaml'), `# ${'x'.repeat(9 * 1024 * 1024)}\nmodule: was\n`);
      expect(await refused(specs)).toMatch(/^was\/big\.yaml: error SpecFileTooLarge: file is larger than 8 MiB/);
    },
    SLOW,
  );
});

describe('qspec generate never reads outside the spec folder', () => {
  it(
    'a schema that is a symlink to a file outside the spec folder is refused at the symlink',
    async () => {
      const specs = await specFolder(dir(), 'other.xsd', nestedXsd(1));
      const outside = path.join(root, `outside${n}.xsd`);
      await writeFile(outside, nestedXsd(1));
      await symlink(outside, path.join(specs, 'was', 'schemas', 'linked.xsd'));
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/linked\.xsd: error SpecOutsideFolder: symlink 'was\/schemas\/linked\.xsd' resolves to .*, outside the spec folder/,
      );
    },
    SLOW,
  );
});

describe('a refused xs:include/xs:import is one diagnostic at the include element, and nothing is fetched', () => {
  const including = (href: string) =>
    [
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
      `  <xs:include schemaLocation="${href}"/>`,
      '  <xs:element name="A" type="xs:string"/>',
      '</xs:schema>',
      '',
    ].join('\n');

  it(
    'an http schemaLocation (a live server on 127.0.0.1 gets no request)',
    async () => {
      const before = requests;
      const specs = await specFolder(dir(), 'a.xsd', including(`${origin}/x.xsd`));
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/a\.xsd:2:3: error XsdExternalRef: xs:include of "http:\/\/127\.0\.0\.1:\d+\/x\.xsd" is refused: network schema locations are never fetched/,
      );
      expect(requests).toBe(before);
    },
    SLOW,
  );

  it(
    'a schemaLocation that leaves the spec folder',
    async () => {
      const specs = await specFolder(dir(), 'a.xsd', including('../../../outside.xsd'));
      await writeFile(path.join(specs, '..', 'outside.xsd'), nestedXsd(1));
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/a\.xsd:2:3: error XsdExternalRef: schemaLocation '\.\.\/\.\.\/\.\.\/outside\.xsd' points outside the spec folder/,
      );
    },
    SLOW,
  );

  it(
    'a schemaLocation inside the folder that is a symlink to a file outside',
    async () => {
      // A dot-name is not listed by the folder walk: only the include reaches it.
      const specs = await specFolder(dir(), 'a.xsd', including('.inc/part.xsd'));
      const outside = path.join(root, `outside${n}`);
      await mkdir(outside);
      await writeFile(path.join(outside, 'part.xsd'), nestedXsd(1));
      await symlink(outside, path.join(specs, 'was', 'schemas', '.inc'));
      expect(await refused(specs)).toMatch(
        /^was\/schemas\/a\.xsd:2:3: error SpecOutsideFolder: schemaLocation '\.inc\/part\.xsd' \(was\/schemas\/\.inc\/part\.xsd\) resolves to .*, outside the spec folder/,
      );
    },
    SLOW,
  );

  // A guard kept from before (qspec never fetched these); here against a live server.
  it('a DTD external parameter entity, an XSD DOCTYPE and a JSON Schema $ref naming the live server: refused, no request', async () => {
    const before = requests;
    const specs = await specFolder(
      dir(),
      'a.dtd',
      `<!ENTITY % ext SYSTEM "${origin}/x.dtd">\n%ext;\n<!ELEMENT A (#PCDATA)>\n`,
    );
    const schemas = path.join(specs, 'was', 'schemas');
    await writeFile(
      path.join(schemas, 'b.xsd'),
      `<!DOCTYPE xs:schema SYSTEM "${origin}/x.dtd">\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n`,
    );
    await writeFile(path.join(schemas, 'c.schema.json'), JSON.stringify({ $ref: `${origin}/x.json` }));
    let codes: string[] = [];
    try {
      await loadIr(specs);
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      codes = e.diagnostics.map((d) => `${d.location.file} ${d.code}`);
    }
    expect(codes).toEqual([
      'was/schemas/a.dtd DtdExternalEntity',
      'was/schemas/b.xsd XmlSyntax',
      'was/schemas/c.schema.json JsonSchemaUnsupported',
    ]);
    expect(requests).toBe(before);
  });
});
