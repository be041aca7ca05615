/**
 * The nesting and chain limits of generator/parse/input-limits.ts, front end by front end: one
 * step past each limit is one located diagnostic (never a stack overflow), and input exactly at
 * each limit still goes through the whole generator (passes and every emitter).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../../generator/context.js';
import { type Diagnostic, isDiagnosticError } from '../../../generator/diagnostics.js';
import { buildOutput } from '../../../generator/generate.js';
import { parseSchemaSource } from '../../../generator/load/parse-schema-source.js';
import { parseDtd } from '../../../generator/parse/dtd/parse-dtd.js';
import { parseLocatedYaml } from '../../../generator/parse/spec/parse-located-yaml.js';
import { parseXsd } from '../../../generator/parse/xsd/parse-xsd.js';
import { endpointYaml, extensionChainXsd, nestedXsd } from '../load/spec-folder-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

function problem(fn: () => unknown): Diagnostic {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) {
      expect(e.diagnostics).toHaveLength(1);
      return e.diagnostics[0]!;
    }
    throw e;
  }
  throw new Error('expected a diagnostic');
}

const xsd = (body: string[]) =>
  parseXsd({ source: [`<xs:schema ${XS}>`, ...body, '</xs:schema>'].join('\n'), file: 't.xsd', schemaId: 't.xsd' });
const range = (count: number, f: (i: number) => string) => Array.from({ length: count }, (_, i) => f(i));

/** `%e<last>;` expands to `%e<last-1>;` ... to `B`: `last + 1` nested expansions. */
function entityChainDtd(last: number): string {
  return [
    '<!ENTITY % e0 "B">',
    ...range(last, (i) => `<!ENTITY % e${i + 1} "&#37;e${i};">`),
    `<!ELEMENT A (%e${last};)>`,
    '<!ELEMENT B (#PCDATA)>',
    '',
  ].join('\n');
}

/** A JSON Schema whose definitions D0 → D1 → ... → D<steps> are `$ref`s to the next. */
function refChainJson(steps: number): string {
  const defs: Record<string, unknown> = { [`D${steps}`]: { type: 'string' } };
  for (let i = 0; i < steps; i++) defs[`D${i}`] = { $ref: `#/definitions/D${i + 1}` };
  return JSON.stringify({ definitions: defs, $ref: '#/definitions/D0' });
}

/**
 * Global elements E0 ... E<last>, each E<i> with an anonymous type whose sequence refers to E<i+1>
 * (E<last> a string): a ref and the declaration it names are one level, with the type and the
 * sequence three per element.
 */
function elementRefChainXsd(last: number): string {
  return [
    `<xs:schema ${XS}>`,
    ...range(
      last,
      (i) =>
        `<xs:element name="E${i}"><xs:complexType><xs:sequence><xs:element ref="E${i + 1}"/></xs:sequence></xs:complexType></xs:element>`,
    ),
    `<xs:element name="E${last}" type="xs:string"/>`,
    '</xs:schema>',
    '',
  ].join('\n');
}

/** `levels` arrays nested in one another, as JSON Schema (one bracket per level). */
function nestedArraysJson(levels: number): string {
  return `${'{"type":"array","items":'.repeat(levels - 1)}{"type":"string"}${'}'.repeat(levels - 1)}`;
}

describe('XSD: content reached through references is bounded too', () => {
  it('a chain of 2,000 global elements, each referring to the next inside its anonymous type', () => {
    const d = problem(() =>
      xsd([
        ...range(
          2000,
          (i) =>
            `<xs:element name="E${i}"><xs:complexType><xs:sequence><xs:element ref="E${i + 1}"/></xs:sequence></xs:complexType></xs:element>`,
        ),
        '<xs:element name="E2000" type="xs:string"/>',
      ]),
    );
    expect(d.code).toBe('XsdTooDeep');
    expect(d.message).toMatch(/nests more than 100 levels deep/);
    expect(d.location).toMatchObject({ file: 't.xsd', line: expect.any(Number), column: expect.any(Number) });
  });

  it('a chain of 2,000 model groups, each referring to the next', () => {
    const d = problem(() =>
      xsd([
        '<xs:element name="A"><xs:complexType><xs:group ref="G0"/></xs:complexType></xs:element>',
        ...range(
          2000,
          (i) => `<xs:group name="G${i}"><xs:sequence><xs:group ref="G${i + 1}"/></xs:sequence></xs:group>`,
        ),
        '<xs:group name="G2000"><xs:sequence><xs:element name="x" type="xs:string"/></xs:sequence></xs:group>',
      ]),
    );
    expect(d.code).toBe('XsdTooDeep');
  });

  it('a chain of 2,000 attribute groups, each referring to the next', () => {
    const d = problem(() =>
      xsd([
        '<xs:element name="A"><xs:complexType><xs:attributeGroup ref="G0"/></xs:complexType></xs:element>',
        ...range(
          2000,
          (i) => `<xs:attributeGroup name="G${i}"><xs:attributeGroup ref="G${i + 1}"/></xs:attributeGroup>`,
        ),
        '<xs:attributeGroup name="G2000"><xs:attribute name="x" type="xs:string"/></xs:attributeGroup>',
      ]),
    );
    expect(d.code).toBe('XsdTooDeep');
  });

  it('a chain of 2,000 substitution-group heads (each member takes its type from its head)', () => {
    const d = problem(() =>
      xsd([
        '<xs:element name="S0" type="xs:string"/>',
        ...range(2000, (i) => `<xs:element name="S${i + 1}" substitutionGroup="S${i}"/>`),
      ]),
    );
    expect(d.code).toBe('XsdTooDeep');
  });

  it('20,000 simple types each a plain restriction of the next (aliases), and a memberTypes chain', () => {
    const alias = problem(() =>
      xsd([
        '<xs:simpleType name="T0"><xs:restriction base="xs:string"/></xs:simpleType>',
        ...range(20_000, (i) => `<xs:simpleType name="T${i + 1}"><xs:restriction base="T${i}"/></xs:simpleType>`),
      ]),
    );
    expect(alias.code).toBe('XsdDerivationTooLong');
    expect(alias.location.line).toBeGreaterThan(1);
    const union = problem(() =>
      xsd([
        '<xs:simpleType name="U0"><xs:restriction base="xs:string"/></xs:simpleType>',
        ...range(100, (i) => `<xs:simpleType name="U${i + 1}"><xs:union memberTypes="xs:int U${i}"/></xs:simpleType>`),
      ]),
    );
    expect(union.code).toBe('XsdDerivationTooLong');
  });
});

describe('DTD: nested parameter-entity expansions are bounded', () => {
  it('65 nested expansions are refused at the reference; 64 are read', () => {
    const d = problem(() => parseDtd({ source: entityChainDtd(64), file: 't.dtd', schemaId: 't.dtd' }));
    expect(d.code).toBe('DtdEntityLimit');
    expect(d.message).toMatch(/more than 64 nested expansions/);
    expect(d.location.line).toBe(66);
    expect(parseDtd({ source: entityChainDtd(63), file: 't.dtd', schemaId: 't.dtd' }).types.map((t) => t.name)).toEqual(
      ['A', 'B'],
    );
  });
});

describe('JSON Schema: $ref chains and alias cycles', () => {
  const json = (text: string) => parseSchemaSource({ file: 'was/schemas/t.schema.json', text }, os.tmpdir());

  it('a chain of 2,000 definitions, each a $ref to the next', () => {
    const d = problem(() => json(refChainJson(2_000)));
    expect(d.code).toBe('SchemaRefChainTooLong');
    expect(d.message).toMatch(/more than 64 named types/);
    expect(d.location).toMatchObject({ file: 'was/schemas/t.schema.json', line: 1 });
  });

  it('two definitions that are $refs to each other', () => {
    const text = JSON.stringify({
      definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } },
      $ref: '#/definitions/A',
    });
    expect(problem(() => json(text)).code).toBe('SchemaRefCycle');
  });
});

describe('YAML (specs and JSON Schema positions): depth and aliases', () => {
  it('101 nested collections are refused; 100 are read', () => {
    const d = problem(() => parseLocatedYaml('s.yaml', `${'['.repeat(101)}${']'.repeat(101)}`));
    expect(d).toMatchObject({ code: 'SpecYamlSyntax', location: { file: 's.yaml', line: 1, column: 1 } });
    expect(d.message).toMatch(/nests more than 100 levels deep/);
    expect(() => parseLocatedYaml('s.yaml', `${'['.repeat(100)}${']'.repeat(100)}`)).not.toThrow();
  });

  it('depth counts what aliases expand to, and an alias may not contain itself', () => {
    const deep = [
      'a: &a [[[[[[[[[[x]]]]]]]]]]',
      ...range(10, (i) => `b${i}: &b${i} [[[[[[[[[[${i === 0 ? '*a' : `*b${i - 1}`}]]]]]]]]]]`),
      '',
    ];
    expect(problem(() => parseLocatedYaml('s.yaml', deep.join('\n'))).message).toMatch(/nests more than 100 levels/);
    expect(problem(() => parseLocatedYaml('s.yaml', 'a: &x [1, *x]\n')).message).toMatch(
      /refers to a node that contains it/,
    );
  });

  it('a file above 8 MiB is refused before it is parsed', () => {
    const d = problem(() => parseLocatedYaml('s.yaml', `# ${'x'.repeat(8 * 1024 * 1024)}\n`));
    expect(d).toMatchObject({ code: 'SpecFileTooLarge', location: { file: 's.yaml' } });
  });
});

describe('XSD: a malformed document stops at its first error', () => {
  it('8 MiB less one byte of NUL characters is one XmlSyntax at 1:1 (not one error per character)', () => {
    const text = '\0'.repeat(8 * 1024 * 1024 - 1);
    const d = problem(() => parseSchemaSource({ file: 'was/schemas/nul.xsd', text }, os.tmpdir()));
    expect(d).toMatchObject({ code: 'XmlSyntax', location: { file: 'was/schemas/nul.xsd', line: 1, column: 1 } });
  });
});

describe('one step past each limit is refused; input exactly at the limits goes through the whole generator', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'qspec-limits-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const dtdGroups = (groups: number) =>
    `<!ELEMENT A ${'('.repeat(groups)}B${')'.repeat(groups)}>\n<!ELEMENT B (#PCDATA)>\n`;
  const atLimit: Record<string, string> = {
    'nested.xsd': nestedXsd(32), // 98 elements deep
    'chain.xsd': extensionChainXsd(64),
    'elementrefs.xsd': elementRefChainXsd(33),
    'groups.dtd': dtdGroups(100),
    'entities.dtd': entityChainDtd(63),
    'arrays.schema.json': nestedArraysJson(100),
    'refs.schema.json': refChainJson(64),
  };
  const pastLimit: Record<string, [string, string]> = {
    'nested.xsd': [nestedXsd(33), 'XmlTooDeep'],
    'chain.xsd': [extensionChainXsd(65), 'XsdDerivationTooLong'],
    'elementrefs.xsd': [elementRefChainXsd(34), 'XsdTooDeep'],
    'groups.dtd': [dtdGroups(101), 'DtdTooDeep'],
    'entities.dtd': [entityChainDtd(64), 'DtdEntityLimit'],
    'arrays.schema.json': [nestedArraysJson(101), 'JsonSchemaTooDeep'],
    'refs.schema.json': [refChainJson(65), 'SchemaRefChainTooLong'],
  };

  it.each(Object.keys(pastLimit))('%s one step past the limit', (name) => {
    const [text, code] = pastLimit[name]!;
    expect(problem(() => parseSchemaSource({ file: `was/schemas/${name}`, text }, root)).code).toBe(code);
  });

  it('every schema at the limit generates (passes, types, validators, JSON Schema)', async () => {
    const specs = path.join(root, 'specs');
    await mkdir(path.join(specs, 'was', 'schemas'), { recursive: true });
    await writeFile(path.join(specs, 'was', 'r.yaml'), endpointYaml('nested.xsd'));
    for (const [name, text] of Object.entries(atLimit)) await writeFile(path.join(specs, 'was', 'schemas', name), text);
    const built = await buildOutput(createContext({ cwd: root, specs, out: path.join(root, 'out') }));
    expect(built.doc.schemas.map((s) => s.id)).toEqual(
      Object.keys(atLimit)
        .sort()
        .map((n) => `was/schemas/${n}`),
    );
    const emitted = built.files.map((f) => f.path).join('\n');
    for (const name of ['nested', 'chain', 'elementrefs', 'groups', 'entities', 'arrays', 'refs'])
      expect(emitted).toContain(name);
  }, 120_000);
});
