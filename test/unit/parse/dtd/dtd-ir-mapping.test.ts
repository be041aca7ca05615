/**
 * DTD → IR details of generator/parse/dtd/map-dtd-to-ir.ts, undeclared-elements.ts and
 * dtd-diagnostics.ts, as documented in their headers and in XML 1.0 (Fifth Edition) §3.2
 * (element type declarations: content models may name undeclared types, a processor may warn),
 * §3.2.2 (mixed content), §3.3 (attribute-list declarations), §4.4.8 (a parameter entity's
 * replacement text stands where the reference is):
 * - the text field of mixed content is `value`, or `valueText` when a child element is `value`;
 * - types and roots are sorted by name in code-unit order, whatever the declaration order;
 * - `doc` keys exist only when there is a doc (element comment, file comment);
 * - a position carries `entity` only when it comes from a parameter entity's expansion, and
 *   diagnostics there say so;
 * - the DtdUndeclaredElement warnings, whole, for a child, an ATTLIST and a `qspec:open` marker.
 */
import { describe, expect, it } from 'vitest';
import { parseDtdWithWarnings } from '../../../../generator/parse/dtd/parse-dtd.js';
import { parseDtdDeclarations } from '../../../../generator/parse/dtd/parse-dtd-declarations.js';
import { parse, ref, STRING } from './dtd-test-helpers.js';

const FILE = 't/schemas/test.dtd';
const warningsOf = (source: string) => parseDtdWithWarnings({ source, file: FILE, schemaId: 'x' }).warnings;
const undeclared = (message: string, line: number, column: number) => ({
  code: 'DtdUndeclaredElement',
  severity: 'warning',
  message,
  location: { file: FILE, line, column },
});

describe('the text field of mixed content', () => {
  it('is valueText when a child element is called value', () => {
    const t = parse('<!ELEMENT a (#PCDATA|value)*>\n<!ELEMENT value EMPTY>').types.find((x) => x.name === 'a');
    expect(t?.type).toEqual({
      kind: 'object',
      content: 'mixed',
      particle: {
        kind: 'choice',
        items: [{ kind: 'element', name: 'value', occurs: { min: 1, max: 1 } }],
        occurs: { min: 0, max: 'unbounded' },
      },
      fields: [
        {
          name: 'value',
          xml: { local: 'value', node: 'element' },
          type: ref('value'),
          occurs: { min: 0, max: 'unbounded' },
          nillable: false,
          origin: { file: FILE, line: 1, column: 22 },
        },
        {
          name: 'valueText',
          xml: { local: '', node: 'text' },
          type: STRING,
          occurs: { min: 0, max: 1 },
          nillable: false,
          origin: { file: FILE, line: 1, column: 13 },
        },
      ],
    });
  });

  it('is value otherwise', () => {
    const t = parse('<!ELEMENT a (#PCDATA|b)*>\n<!ELEMENT b EMPTY>').types.find((x) => x.name === 'a');
    expect(t?.type).toMatchObject({ fields: [{ name: 'b' }, { name: 'value', xml: { local: '', node: 'text' } }] });
  });
});

describe('order of types and roots', () => {
  it('is by name in code-unit order, not declaration order', () => {
    const names = ['z', 'm', 'a', 'B', 'y', '_', 'Z', 'b', 'A', 'n', 'c1', 'c'];
    const s = parse(names.map((n) => `<!ELEMENT ${n} EMPTY>`).join('\n'));
    const sorted = ['A', 'B', 'Z', '_', 'a', 'b', 'c', 'c1', 'm', 'n', 'y', 'z'];
    expect(s.types.map((t) => t.name)).toEqual(sorted);
    expect(s.roots.map((r) => r.name)).toEqual(sorted);
  });

  it('every root names its own type, at its declaration', () => {
    const s = parse('<!ELEMENT b EMPTY>\n<!ELEMENT a EMPTY>');
    expect(s.roots).toEqual([
      { name: 'a', type: ref('a'), origin: { file: FILE, line: 2, column: 1 } },
      { name: 'b', type: ref('b'), origin: { file: FILE, line: 1, column: 1 } },
    ]);
  });
});

describe('doc keys', () => {
  it('an element without a comment before it has no doc key; one with a comment has it', () => {
    const s = parse('<!ELEMENT a EMPTY>\n<!-- about b -->\n<!ELEMENT b EMPTY>');
    const [a, b] = s.types;
    expect(a !== undefined && 'doc' in a).toBe(false);
    expect(b?.doc).toBe('about b');
  });

  it('a DTD without a leading comment has no doc key; with one it has it', () => {
    expect('doc' in parse('<!ELEMENT a EMPTY>')).toBe(false);
    expect(parse('<!-- the file -->\n<!ELEMENT a EMPTY>').doc).toBe('the file');
  });
});

describe('positions from parameter entities', () => {
  const source = '<!ENTITY % decl "<!ELEMENT q EMPTY>">\n%decl;\n<!ELEMENT p EMPTY>\n<!ATTLIST p a CDATA #IMPLIED>';

  it('a position in the DTD itself has no entity key', () => {
    const decls = parseDtdDeclarations({ source, file: FILE });
    expect(decls.elements[1]?.at).toStrictEqual({ line: 3, column: 1 });
    expect(decls.attributes.get('p')?.[0]?.at).toStrictEqual({ line: 4, column: 13 });
    expect(decls.attlistAt.get('p')).toStrictEqual({ line: 4, column: 11 });
  });

  it('a position in an expansion is the reference, with the entity name', () => {
    const decls = parseDtdDeclarations({ source, file: FILE });
    expect(decls.elements[0]?.at).toStrictEqual({ line: 2, column: 1, entity: 'decl' });
  });

  it('an attribute defined through an entity carries the entity name', () => {
    const src = '<!ENTITY % att "a CDATA #IMPLIED">\n<!ELEMENT p EMPTY>\n<!ATTLIST p %att;>';
    const decls = parseDtdDeclarations({ source: src, file: FILE });
    expect(decls.attributes.get('p')?.[0]?.at).toStrictEqual({ line: 3, column: 13, entity: 'att' });
  });
});

describe('DtdUndeclaredElement warnings', () => {
  it('an ATTLIST for an undeclared element', () => {
    expect(warningsOf('<!ELEMENT a EMPTY>\n<!ATTLIST y b CDATA #IMPLIED>')).toEqual([
      undeclared('<!ATTLIST y> is for an element that is never declared', 2, 11),
    ]);
  });

  it('an ATTLIST for an undeclared element inside an entity expansion says so', () => {
    const src = '<!ENTITY % x "<!ATTLIST z a CDATA #IMPLIED>">\n%x;\n<!ELEMENT a EMPTY>';
    expect(warningsOf(src)).toEqual([
      undeclared('<!ATTLIST z> is for an element that is never declared (in the expansion of %x;)', 2, 1),
    ]);
  });

  it('a qspec:open marker naming an undeclared element', () => {
    expect(warningsOf('<!ELEMENT a EMPTY>\n<!-- qspec:open a w -->')).toEqual([
      undeclared('qspec:open names w, which is never declared', 2, 1),
    ]);
  });

  it('a child never declared, through an entity', () => {
    expect(warningsOf('<!ENTITY % x "<!ELEMENT q (r)>">\n%x;')).toEqual([
      undeclared('element r (a child of q) is never declared; add <!ELEMENT r ...> (in the expansion of %x;)', 2, 1),
    ]);
  });

  it('all declared: no warning', () => {
    expect(
      warningsOf('<!ELEMENT a (b)>\n<!ELEMENT b EMPTY>\n<!ATTLIST b c CDATA #IMPLIED>\n<!-- qspec:open a -->'),
    ).toEqual([]);
  });
});
