/**
 * The real Qualys DTDs from ../shared/corpus: element counts (counted with
 * `grep -c '<!ELEMENT'`: 109 and 15), every referenced child declared, a few content models,
 * and byte-identical output across runs. Needs ../shared/corpus (test/support/requirements.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { IrObjectType, IrSchema, IrType } from '../../../../generator/ir/ir-types.js';
import { parseDtd, parseDtdWithWarnings } from '../../../../generator/parse/dtd/parse-dtd.js';
import { allOf, describeWith, sharedPath } from '../../../support/requirements.js';

const shared = sharedPath('corpus', 'schemas', 'vm');
const corpus = `${shared.path}/`;
const KB = 'knowledge_base_vuln_list_output.dtd';
const SR = 'simple_return.dtd';
const dtds = allOf(sharedPath('corpus', 'schemas', 'vm', KB), sharedPath('corpus', 'schemas', 'vm', SR));

function load(name: string) {
  const id = `vm/schemas/${name}`;
  return parseDtdWithWarnings({ source: readFileSync(`${corpus}${name}`, 'utf8'), file: id, schemaId: id });
}

function object(schema: IrSchema, name: string): IrObjectType {
  const t = schema.types.find((x) => x.name === name)?.type;
  if (t?.kind !== 'object') throw new Error(`${name} is not an object type`);
  return t;
}

function refs(t: IrType, out: string[]): string[] {
  if (t.kind === 'ref') out.push(t.target);
  if (t.kind === 'object') for (const f of t.fields) refs(f.type, out);
  return out;
}

const occursOf = (o: IrObjectType, field: string) => o.fields.find((f) => f.name === field)?.occurs;

describeWith(dtds)('real DTDs from the corpus', () => {
  it.each([
    [KB, 109],
    [SR, 15],
  ])('%s declares %i elements, one type and one root each, no warnings', (name, count) => {
    const { schema, warnings } = load(name);
    expect(warnings).toEqual([]);
    expect(schema.types).toHaveLength(count);
    expect(schema.roots).toHaveLength(count);
    expect(new Set(schema.types.map((t) => t.name)).size).toBe(count);
  });

  it.each([KB, SR])('%s: every referenced child is declared', (name) => {
    const { schema } = load(name);
    const ids = new Set(schema.types.map((t) => t.id));
    const targets = schema.types.flatMap((t) => refs(t.type, []));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
  });

  it('VULN is a sequence with the right optionality', () => {
    const vuln = object(load(KB).schema, 'VULN');
    expect(vuln.content).toBe('sequence');
    expect(vuln.particle?.kind).toBe('sequence');
    expect(vuln.fields).toHaveLength(32);
    expect(occursOf(vuln, 'QID')).toEqual({ min: 1, max: 1 });
    expect(occursOf(vuln, 'CATEGORY')).toEqual({ min: 0, max: 1 });
    expect(occursOf(vuln, 'PATCHABLE')).toEqual({ min: 1, max: 1 });
    expect(occursOf(vuln, 'DISCOVERY')).toEqual({ min: 1, max: 1 });
    expect(occursOf(vuln, 'CHANGE_LOG_LIST')).toEqual({ min: 0, max: 1 });
    expect(object(load(KB).schema, 'VULN_LIST').fields.map((f) => [f.name, f.occurs])).toEqual([
      ['VULN', { min: 0, max: 'unbounded' }],
    ]);
  });

  it('RESPONSE has an optional (VULN_LIST|ID_SET) choice; ID_SET repeats a choice; BASE has simple content', () => {
    const { schema } = load(KB);
    const response = object(schema, 'RESPONSE');
    expect(response.particle).toEqual({
      kind: 'sequence',
      occurs: { min: 1, max: 1 },
      items: [
        { kind: 'element', name: 'DATETIME', occurs: { min: 1, max: 1 } },
        {
          kind: 'choice',
          occurs: { min: 0, max: 1 },
          items: [
            { kind: 'element', name: 'VULN_LIST', occurs: { min: 1, max: 1 } },
            { kind: 'element', name: 'ID_SET', occurs: { min: 1, max: 1 } },
          ],
        },
        { kind: 'element', name: 'WARNING', occurs: { min: 0, max: 1 } },
      ],
    });
    expect(occursOf(response, 'VULN_LIST')).toEqual({ min: 0, max: 1 });
    expect(occursOf(object(schema, 'ID_SET'), 'ID')).toEqual({ min: 0, max: 'unbounded' });
    const base = object(schema, 'BASE');
    expect(base.content).toBe('simple');
    expect(base.fields.map((f) => [f.name, f.xml.node, f.occurs.min])).toEqual([
      ['value', 'text', 1],
      ['source', 'attribute', 0],
    ]);
    expect(object(schema, 'THREAT_INTEL').fields.map((f) => [f.name, f.occurs.min])).toEqual([
      ['value', 1],
      ['id', 1],
    ]);
    expect(schema.doc).toBe('QUALYS KNOWLEDGE_BASE_VULN_LIST_OUTPUT DTD\n$Revision: TBD $');
  });

  it("SIMPLE_RETURN's ITEM is (KEY, VALUE*) and POST_DATA keeps its comment", () => {
    const { schema } = load(SR);
    const item = object(schema, 'ITEM');
    expect(item.particle).toEqual({
      kind: 'sequence',
      occurs: { min: 1, max: 1 },
      items: [
        { kind: 'element', name: 'KEY', occurs: { min: 1, max: 1 } },
        { kind: 'element', name: 'VALUE', occurs: { min: 0, max: 'unbounded' } },
      ],
    });
    expect(item.fields.map((f) => [f.name, f.occurs])).toEqual([
      ['KEY', { min: 1, max: 1 }],
      ['VALUE', { min: 0, max: 'unbounded' }],
    ]);
    expect(occursOf(object(schema, 'SIMPLE_RETURN'), 'REQUEST')).toEqual({ min: 0, max: 1 });
    expect(schema.types.find((t) => t.name === 'POST_DATA')?.doc).toBe('If specified, POST_DATA will be urlencoded');
    expect(schema.types.find((t) => t.name === 'KEY')?.type).toEqual({
      kind: 'primitive',
      builtin: 'string',
      facets: {},
    });
  });

  it.each([KB, SR])('%s: parsing twice gives deep-equal, byte-identical output', (name) => {
    const id = `vm/schemas/${name}`;
    const source = readFileSync(`${corpus}${name}`, 'utf8');
    const a = parseDtd({ source, file: id, schemaId: id });
    const b = parseDtd({ source, file: id, schemaId: id });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const crlf = parseDtd({ source: source.replace(/\n/g, '\r\n'), file: id, schemaId: id });
    expect(JSON.stringify(crlf)).toBe(JSON.stringify(a));
  });
});
