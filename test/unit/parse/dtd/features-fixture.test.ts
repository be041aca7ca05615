/**
 * The all-constructs fixture (test/fixtures/dtd/well-formed/features.dtd: text declaration, CRLF,
 * parameter entities in ATTLISTs, IGNORE via a PE, INCLUDE, notations, PIs, general entities,
 * every attribute type) mapped to the IR.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseDtdWithWarnings } from '../../../../generator/parse/dtd/parse-dtd.js';

const source = readFileSync(new URL('../../../fixtures/dtd/well-formed/features.dtd', import.meta.url), 'utf8');
// Parsed inside each test, not while the file is collected, so mutation testing can tell which
// tests cover the parser (code run at collection counts as static: every test runs for it).
const parsed = () => parseDtdWithWarnings({ source, file: 'x/features.dtd', schemaId: 'x/features.dtd' });
const obj = (name: string) => parsed().schema.types.find((t) => t.name === name)!.type as IrObjectType;
const summary = (name: string) =>
  obj(name).fields.map((f) => {
    const t = f.type;
    const type = t.kind === 'primitive' ? t.builtin : t.kind === 'enum' ? `${t.base}(${t.values.join('|')})` : t.kind;
    return `${f.xml.node} ${f.name} ${type} ${f.occurs.min}..${f.occurs.max}${f.default ? ` =${f.default}` : ''}${f.fixed ? ` fixed=${f.fixed}` : ''}`;
  });

describe('features.dtd', () => {
  it('declares the expected elements (the IGNOREd list is gone) with no warnings', () => {
    expect(parsed().warnings).toEqual([]);
    expect(parsed().schema.types.map((t) => t.name)).toEqual([
      'doc',
      'em',
      'head',
      'item',
      'list',
      'note',
      'para',
      'ref',
    ]);
    expect(parsed().schema.doc).toBe('Fixture: every construct the DTD front end supports (CRLF line ends).');
    expect(parsed().schema.types.find((t) => t.name === 'doc')!.doc).toBe('The root.');
  });

  it('maps doc: content model fields, PE-supplied attributes, #FIXED', () => {
    expect(obj('doc').content).toBe('sequence');
    expect(summary('doc')).toEqual([
      'element head ref 0..1',
      'element para ref 0..unbounded',
      'element list ref 0..unbounded',
      'element note ref 0..unbounded',
      'attribute id ID 1..1',
      'attribute lang NMTOKEN 0..1',
      'attribute status NMTOKEN(yes|no) 0..1 =no',
      'attribute version string 0..1 fixed=1.0',
      'attribute refs IDREFS 0..1',
    ]);
  });

  it('maps the other content kinds', () => {
    expect(summary('ref')).toEqual([
      'attribute target IDREF 1..1',
      'attribute pic ENTITY 0..1',
      'attribute fmt NOTATION(gif) 0..1',
      'attribute tags NMTOKENS 0..1',
      'attribute all ENTITIES 0..1',
    ]);
    expect(obj('para').content).toBe('mixed');
    expect(summary('para')).toEqual([
      'element em ref 0..unbounded',
      'element ref ref 0..unbounded',
      'text value string 0..1',
    ]);
    expect(summary('list')).toEqual(['element item ref 1..unbounded']);
    expect(obj('item').particle).toEqual({ kind: 'any', process: 'lax', occurs: { min: 0, max: 'unbounded' } });
    expect(summary('note')).toEqual(['text value string 1..1', 'attribute kind NMTOKEN(info|warn) 0..1 =info']);
  });
});
