/**
 * Pins what generator/parse/dtd/parse-dtd-declarations.ts keeps besides the declarations
 * themselves, read straight from `parseDtdDeclarations`: the file doc (the comments before the
 * first declaration) and element docs (the contiguous comment block just before an `<!ELEMENT`),
 * each comment's lines trimmed, empty comments dropped and comments joined by a newline;
 * `<!-- qspec:open A B -->` markers (only when the comment starts with `qspec:open`, also inside a
 * declaration); where each element's first `<!ATTLIST` is; and the `DtdDuplicateAttribute`
 * warning (the first definition wins).
 *
 * Follows XML 1.0 (Fifth Edition) §2.5 (comments may appear between and, through parameter-entity
 * boundaries, inside markup declarations), §3.3 (when more than one definition is given for the
 * same attribute, the first is binding; a processor may warn), and the qspec DTD conventions in
 * docs/ (docs from comments, `qspec:open` markers).
 */
import { describe, expect, it } from 'vitest';
import { parseDtdDeclarations } from '../../../../generator/parse/dtd/parse-dtd-declarations.js';

const FILE = 'vm/schemas/docs.dtd';
const read = (source: string) => parseDtdDeclarations({ source, file: FILE });
const docs = (source: string) => read(source).elements.map((e) => [e.name, e.doc]);

describe('DTD declarations: the file doc', () => {
  it('is absent (no doc key) when no comment precedes the first declaration', () => {
    const decls = read('<!ELEMENT a EMPTY>\n<!-- after -->\n<!ELEMENT b EMPTY>');
    expect('doc' in decls).toBe(false);
    expect(decls).toEqual({
      elements: [
        { name: 'a', content: { kind: 'empty' }, at: { line: 1, column: 1 } },
        { name: 'b', content: { kind: 'empty' }, at: { line: 3, column: 1 }, doc: 'after' },
      ],
      attributes: new Map(),
      attlistAt: new Map(),
      open: [],
      warnings: [],
    });
  });

  it('is absent when the leading comments are all empty', () => {
    expect('doc' in read('<!---->\n<!--   \n  -->\n<!ELEMENT a EMPTY>')).toBe(false);
  });

  it('skips empty leading comments and trims every line and the edges', () => {
    const source = '<!---->\n<!--\n   Title   \n-->\n<!--  -->\n<!--  second\n     line  -->\n<!ELEMENT a EMPTY>';
    expect(read(source).doc).toBe('Title\nsecond\nline');
  });

  it('takes no comment that comes after the first declaration', () => {
    expect(read('<!-- head -->\n<!ENTITY % p "x">\n<!-- body -->\n<!ELEMENT a EMPTY>').doc).toBe('head');
  });
});

describe('DTD declarations: element docs', () => {
  it('joins a block of comments with newlines, dropping empty ones', () => {
    const source = '<!ELEMENT x EMPTY>\n<!-- one -->\n<!---->\n<!--\n  two\n-->\n<!ELEMENT a EMPTY>';
    expect(docs(source)).toEqual([
      ['x', undefined],
      ['a', 'one\ntwo'],
    ]);
  });

  it('trims a comment whose text sits between blank lines', () => {
    expect(docs('<!ELEMENT x EMPTY>\n<!--\n    The a element.\n-->\n<!ELEMENT a EMPTY>')).toEqual([
      ['x', undefined],
      ['a', 'The a element.'],
    ]);
  });

  it('has no doc key when the block is only empty comments', () => {
    const a = read('<!ELEMENT x EMPTY>\n<!---->\n<!ELEMENT a EMPTY>').elements[1]!;
    expect('doc' in a).toBe(false);
  });
});

describe('DTD declarations: qspec:open markers', () => {
  it('reads a marker without spaces around the keyword, and one with several', () => {
    const decls = read('<!ELEMENT a EMPTY>\n<!--qspec:open a-->\n  <!--    qspec:open  b\n\n  c -->');
    expect(decls.open).toEqual([
      { name: 'a', at: { line: 2, column: 1 } },
      { name: 'b', at: { line: 3, column: 3 } },
      { name: 'c', at: { line: 3, column: 3 } },
    ]);
  });

  it('reads a marker inside a declaration', () => {
    const decls = read('<!ELEMENT a EMPTY>\n<!ELEMENT r (a <!-- qspec:open r a -->)>');
    expect(decls.open).toEqual([
      { name: 'r', at: { line: 2, column: 16 } },
      { name: 'a', at: { line: 2, column: 16 } },
    ]);
    expect(decls.elements.map((e) => e.name)).toEqual(['a', 'r']);
  });

  it('is not a marker when other text comes first (it stays a doc)', () => {
    const decls = read('<!-- see qspec:open r -->\n<!ELEMENT r EMPTY>');
    expect(decls.open).toEqual([]);
    expect(decls.doc).toBe('see qspec:open r');
  });

  it('is never a doc', () => {
    const decls = read('<!-- qspec:open a -->\n<!ELEMENT a EMPTY>\n<!-- qspec:open a -->\n<!ELEMENT b EMPTY>');
    expect('doc' in decls).toBe(false);
    expect(decls.elements.map((e) => 'doc' in e)).toEqual([false, false]);
    expect(decls.open.map((o) => o.at.line)).toEqual([1, 3]);
  });
});

describe('DTD declarations: ATTLIST', () => {
  it('records where the first ATTLIST of each element is', () => {
    const decls = read(
      '<!ELEMENT e EMPTY>\n<!ATTLIST e x CDATA #IMPLIED>\n  <!ATTLIST  e y CDATA #IMPLIED>\n<!ATTLIST ghost z CDATA #IMPLIED>',
    );
    expect(decls.attlistAt).toEqual(
      new Map([
        ['e', { line: 2, column: 11 }],
        ['ghost', { line: 4, column: 11 }],
      ]),
    );
    expect(decls.attributes.get('e')!.map((d) => d.name)).toEqual(['x', 'y']);
  });

  it('warns about a repeated attribute with the first definition’s position, and keeps the first', () => {
    const decls = read(
      '<!ELEMENT e EMPTY>\n<!ATTLIST e x CDATA #REQUIRED\n   y CDATA #IMPLIED>\n<!ATTLIST e  y (a|b) #IMPLIED x CDATA "d">',
    );
    expect(decls.warnings).toEqual([
      {
        code: 'DtdDuplicateAttribute',
        severity: 'warning',
        message: 'attribute y of e is already defined at line 3:4; this definition is ignored',
        location: { file: FILE, line: 4, column: 14 },
      },
      {
        code: 'DtdDuplicateAttribute',
        severity: 'warning',
        message: 'attribute x of e is already defined at line 2:13; this definition is ignored',
        location: { file: FILE, line: 4, column: 31 },
      },
    ]);
    expect(decls.attributes.get('e')!.map((d) => [d.name, d.type, d.defaultDecl])).toEqual([
      ['x', { kind: 'builtin', name: 'CDATA' }, { kind: 'required' }],
      ['y', { kind: 'builtin', name: 'CDATA' }, { kind: 'implied' }],
    ]);
  });
});
