/**
 * The derivation-chain limit (check-derivation-chains.ts), pinned with whole diagnostics: a named
 * type built on another through base= / itemType= / memberTypes=, built on another, ... may be at
 * most 64 steps long (MAX_DERIVATION_STEPS); a 65-step chain is `XsdDerivationTooLong` at the
 * type that starts it, whatever order the types are declared in (its bases declared after it,
 * before it, or measured partly while an earlier type was checked); a union reaching one type
 * through 2^30 paths is measured once per type; xs:-prefixed names are built-ins and never a
 * step, even where the schema has a type of that local name; an unprefixed name is a type of
 * the schema even when it starts with "xs" or when the default namespace is the XSD namespace
 * (qspec's reading, lookup-type-name.ts).
 *
 * xmllint 2.9.14 has no such limit: it accepts every schema here (checked by hand; the union
 * shape at 10 levels, as its own check of it is exponential), except the one whose default
 * namespace is the XSD namespace, whose unprefixed names it reads as (missing) built-ins, as XSD
 * itself does. Every schema here has no target namespace.
 *
 * @see docs/security.md (limits: derivation chain, 64 steps); generator/parse/input-limits.ts;
 *      XSD 1.1 Part 1 §3.4.2 ({base type definition}), §3.17.6.2 (QName resolution); Part 2
 *      §4.1.2 (simple type definitions: base, itemType, memberTypes)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const parse = (source: string) => () => parseXsd({ source, file: 'a.xsd', schemaId: 'a' });
/** The type names of a schema parsed without error. */
const typeNames = (source: string) => parse(source)().types.map((t) => t.name);
/** The refusal of `type`, written on line `line` at column 1. */
const tooLong = (type: string, line: number): Diagnostic => ({
  code: 'XsdDerivationTooLong',
  severity: 'error',
  message: `type "${type}" is derived through more than 64 named types (base=, itemType= or memberTypes= chains); qspec refuses longer derivation chains`,
  location: { file: 'a.xsd', line, column: 1 },
});
/** A schema with its children one a line from line 2. */
const schema = (lines: readonly string[], attributes = `xmlns:xs="${XS}"`) =>
  `<xs:schema ${attributes}>\n${lines.join('\n')}\n</xs:schema>`;
const restriction = (name: string, base: string) =>
  `<xs:simpleType name="${name}"><xs:restriction base="${base}"/></xs:simpleType>`;
/** T0 restricts xs:string, T1 restricts T0, ...: Tn is `n` steps long. Bottom first. */
const chain = (n: number, name = (i: number) => `T${i}`) =>
  Array.from({ length: n + 1 }, (_, i) => restriction(name(i), i === 0 ? 'xs:string' : name(i - 1)));

describe('a chain of restrictions', () => {
  it('of 65 steps, declared top first, is refused at its top type', () => {
    expect(diagnosticOf(parse(schema(chain(65).reverse())))).toEqual(tooLong('T65', 2));
  });
  it('of 65 steps, declared bottom first, is refused at its top type', () => {
    expect(diagnosticOf(parse(schema(chain(65))))).toEqual(tooLong('T65', 67));
  });
  it('of 64 steps is accepted in either order', () => {
    expect(typeNames(schema(chain(64).reverse()))).toHaveLength(65);
    expect(typeNames(schema(chain(64)))).toHaveLength(65);
  });
  it('is measured across searches: 64 steps below T64 found from T64, then one more from T65', () => {
    // T64 ... T0 are declared top first (their lengths found going down from T64), then T65.
    const types = chain(65);
    expect(diagnosticOf(parse(schema([...types.slice(0, 65).reverse(), types[65]!])))).toEqual(tooLong('T65', 67));
  });
  it('is measured across searches: 33 steps below T32, then 33 more above it', () => {
    // T32 ... T0 first, then T65 ... T33: T33 sits on the 32 steps already measured below T32.
    const types = chain(65);
    const source = schema([...types.slice(0, 33).reverse(), ...types.slice(33).reverse()]);
    expect(diagnosticOf(parse(source))).toEqual(tooLong('T65', 35));
  });
});

describe('steps through itemType= and memberTypes=', () => {
  it('a list whose item type is 64 steps long is refused', () => {
    const list = '<xs:simpleType name="L"><xs:list itemType="T64"/></xs:simpleType>';
    expect(diagnosticOf(parse(schema([list, ...chain(64).reverse()])))).toEqual(tooLong('L', 2));
  });
  it('a union reaching one type through 2^30 paths of 60 steps is measured once per type', () => {
    // Dk is the union of Ak and Bk, both restricting D(k-1): 2^30 ways down from D30.
    const levels: string[] = [restriction('D0', 'xs:string')];
    for (let k = 1; k <= 30; k++) {
      levels.push(restriction(`A${k}`, `D${k - 1}`), restriction(`B${k}`, `D${k - 1}`));
      levels.push(`<xs:simpleType name="D${k}"><xs:union memberTypes="A${k} B${k}"/></xs:simpleType>`);
    }
    expect(typeNames(schema(levels.reverse()))).toHaveLength(91);
  });
  it('the same shape 33 levels deep (66 steps) is refused at its top union', () => {
    const levels: string[] = [restriction('D0', 'xs:string')];
    for (let k = 1; k <= 33; k++) {
      levels.push(restriction(`A${k}`, `D${k - 1}`), restriction(`B${k}`, `D${k - 1}`));
      levels.push(`<xs:simpleType name="D${k}"><xs:union memberTypes=" A${k}  B${k} "/></xs:simpleType>`);
    }
    expect(diagnosticOf(parse(schema(levels.reverse())))).toEqual(tooLong('D33', 2));
  });
});

describe('which names are steps', () => {
  it('xs:string is the built-in, not a type of the schema named "string" (64 steps long)', () => {
    const types = chain(64, (i) => (i === 64 ? 'string' : `T${i}`));
    const users = [
      restriction('U', 'xs:string'),
      '<xs:simpleType name="L"><xs:list itemType="xs:string"/></xs:simpleType>',
      '<xs:simpleType name="M"><xs:union memberTypes="xs:int xs:string"/></xs:simpleType>',
      '<xs:complexType name="C"><xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>',
    ];
    expect(typeNames(schema([...users, ...types]))).toHaveLength(69);
  });
  it('an unprefixed name starting with "xs" names a type of the schema', () => {
    // T2 restricts "xsa": a step like any other, though xs: is bound to the XSD namespace.
    const types = chain(65, (i) => (i === 1 ? 'xsa' : `T${i}`));
    expect(diagnosticOf(parse(schema(types)))).toEqual(tooLong('T65', 67));
  });
  it('an unprefixed name names a type of a no-namespace schema whose default namespace is XSD', () => {
    const types = Array.from(
      { length: 66 },
      (_, i) => `<simpleType name="T${i}"><restriction base="${i === 0 ? 'xs:string' : `T${i - 1}`}"/></simpleType>`,
    );
    const source = `<schema xmlns="${XS}" xmlns:xs="${XS}">\n${types.join('\n')}\n</schema>`;
    expect(diagnosticOf(parse(source))).toEqual(tooLong('T65', 67));
  });
  it('steps inside an anonymous type of a named type count for the named type', () => {
    const nested =
      '<xs:simpleType name="N"><xs:restriction><xs:simpleType><xs:list itemType="T64"/></xs:simpleType></xs:restriction></xs:simpleType>';
    expect(diagnosticOf(parse(schema([...chain(64), nested])))).toEqual(tooLong('N', 67));
  });
});
