/**
 * How read-schema-components.ts reads the documents xs:include, xs:redefine and xs:import name,
 * with whole diagnostics: a missing or empty schemaLocation, network locations (never fetched),
 * the reader's failures (a missing file only excuses a redefine that changes nothing, src-redefine
 * 1; a reader's diagnostic without a position is located at the referring element), and the XML
 * namespace, whose local document is read when there is one and the built-in xml.xsd otherwise.
 * @see XSD 1.0 Part 1 §4.2.1 (include), §4.2.2 (redefine), §4.2.3 (import: the location is a hint)
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, DiagnosticError, diagnostic } from '../../../../generator/diagnostics.js';
import type { IrObjectType, IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XsdInput } from '../../../../generator/parse/xsd/xsd-components.js';
import { diagnosticOf, root } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
const XML = 'http://www.w3.org/XML/1998/namespace';

function parseWith(main: string, readInclude?: XsdInput['readInclude']): IrSchema {
  return parseXsd({ source: main, file: 'main.xsd', schemaId: 'm', ...(readInclude ? { readInclude } : {}) });
}

/** A reader of the documents in `files`; every href it is asked for is pushed to `calls`. */
function reader(files: Record<string, string>, calls: string[] = []): XsdInput['readInclude'] {
  return (href) => {
    calls.push(href);
    const source = files[href];
    if (source === undefined) throw new Error(`no such file ${href}`);
    return { source, file: href };
  };
}

/** A reader that throws `error` for every href. */
const throwing = (error: unknown) => () => {
  throw error;
};

/** The location of the first `tag` of the one-line document `main`. */
const at = (main: string, tag: string) => ({ file: 'main.xsd', line: 1, column: main.indexOf(tag) + 1 });

const error = (code: string, message: string, location: Diagnostic['location']): Diagnostic => ({
  code,
  severity: 'error',
  message,
  location,
});

describe('readSchemaComponents: schemaLocation', () => {
  it.each([
    ['include', ''],
    ['include', ' schemaLocation=""'],
    ['include', ' schemaLocation="  "'],
    ['redefine', ''],
    ['redefine', ' schemaLocation=""'],
  ])('refuses an xs:%s without a schemaLocation (%s)', (tag, location) => {
    const calls: string[] = [];
    const main = `<xs:schema ${XS}><xs:${tag}${location}/></xs:schema>`;
    expect(diagnosticOf(() => parseWith(main, reader({}, calls)))).toEqual(
      error('XsdInvalid', `xs:${tag} has no schemaLocation`, at(main, `<xs:${tag}`)),
    );
    expect(calls).toEqual([]);
  });

  it('reads an import without a schemaLocation as naming a namespace only', () => {
    const calls: string[] = [];
    const main = `<xs:schema ${XS}><xs:import namespace="urn:b"/><xs:element name="r" type="xs:int"/></xs:schema>`;
    expect(parseWith(main, reader({}, calls)).roots.map((r) => r.name)).toEqual(['r']);
    expect(calls).toEqual([]);
  });

  it('refuses a network-path location (//host/...) without asking the reader', () => {
    const calls: string[] = [];
    const main = `<xs:schema ${XS}><xs:include schemaLocation="//example.com/b.xsd"/></xs:schema>`;
    expect(diagnosticOf(() => parseWith(main, reader({}, calls)))).toEqual(
      error(
        'XsdExternalRef',
        'xs:include of "//example.com/b.xsd" is refused: network schema locations are never fetched (qspec makes no network fetch; vendor the schema into the spec folder and refer to it by a relative path)',
        at(main, '<xs:include'),
      ),
    );
    expect(calls).toEqual([]);
  });

  it('reads a relative path with a colon after its first segment (no URI scheme)', () => {
    const calls: string[] = [];
    const b = `<xs:schema ${XS}><xs:element name="e" type="xs:int"/></xs:schema>`;
    const main = `<xs:schema ${XS}><xs:include schemaLocation="sub/ab:c.xsd"/></xs:schema>`;
    expect(parseWith(main, reader({ 'sub/ab:c.xsd': b }, calls)).roots.map((r) => r.name)).toEqual(['e']);
    expect(calls).toEqual(['sub/ab:c.xsd']);
  });

  it('reports a document that cannot be read at the include', () => {
    const main = `<xs:schema ${XS}><xs:include schemaLocation="missing.xsd"/></xs:schema>`;
    expect(diagnosticOf(() => parseWith(main, reader({})))).toEqual(
      error(
        'XsdExternalRef',
        'xs:include of "missing.xsd" cannot be read: no such file missing.xsd',
        at(main, '<xs:include'),
      ),
    );
  });
});

describe('readSchemaComponents: the reader’s failures', () => {
  const redefine = `<xs:schema ${XS}><xs:redefine schemaLocation="gone.xsd"/><xs:element name="r" type="xs:int"/></xs:schema>`;
  const unlocated = (code: string, message: string) => diagnostic(code, message, { file: 'main.xsd' });

  it('excuses a missing document for a redefine that changes nothing', () => {
    const missing = new DiagnosticError(unlocated('SpecFileMissing', 'gone.xsd does not exist'));
    expect(parseWith(redefine, throwing(missing)).roots.map((r) => r.name)).toEqual(['r']);
  });

  it('does not excuse a missing document for an include', () => {
    const main = `<xs:schema ${XS}><xs:include schemaLocation="gone.xsd"/></xs:schema>`;
    const missing = new DiagnosticError(unlocated('SpecFileMissing', 'gone.xsd does not exist'));
    expect(diagnosticOf(() => parseWith(main, throwing(missing)))).toEqual(
      error('SpecFileMissing', 'gone.xsd does not exist', at(main, '<xs:include')),
    );
  });

  it('does not excuse other failures for a redefine that changes nothing', () => {
    expect(diagnosticOf(() => parseWith(redefine, throwing(new Error('permission denied'))))).toEqual(
      error(
        'XsdExternalRef',
        'xs:redefine of "gone.xsd" cannot be read: permission denied',
        at(redefine, '<xs:redefine'),
      ),
    );
    const outside = new DiagnosticError(unlocated('SpecOutsideFolder', 'gone.xsd is outside'));
    expect(diagnosticOf(() => parseWith(redefine, throwing(outside)))).toEqual(
      error('SpecOutsideFolder', 'gone.xsd is outside', at(redefine, '<xs:redefine')),
    );
  });

  it('locates only the diagnostics without a position; a missing file among others is no excuse', () => {
    const elsewhere = { file: 'other.xsd', line: 3, column: 7 };
    const mixed = new DiagnosticError([
      unlocated('SpecFileMissing', 'gone.xsd does not exist'),
      diagnostic('SpecOutsideFolder', 'link is outside', elsewhere),
    ]);
    let thrown: unknown;
    try {
      parseWith(redefine, throwing(mixed));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DiagnosticError);
    expect((thrown as DiagnosticError).diagnostics).toEqual([
      error('SpecFileMissing', 'gone.xsd does not exist', at(redefine, '<xs:redefine')),
      error('SpecOutsideFolder', 'link is outside', elsewhere),
    ]);
  });

  it('passes a reader’s error whose diagnostics all have a position through unchanged', () => {
    const located = new DiagnosticError(diagnostic('XmlSyntax', 'bad', { file: 'gone.xsd', line: 1, column: 2 }));
    let thrown: unknown;
    try {
      parseWith(redefine, throwing(located));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(located);
  });
});

describe('readSchemaComponents: the XML namespace', () => {
  /** A local schema for the XML namespace with xml:blah only (no xml:lang). */
  const own = `<xs:schema ${XS} targetNamespace="${XML}"><xs:attribute name="blah"/></xs:schema>`;
  const main = (location: string) =>
    `<xs:schema ${XS}><xs:import namespace="${XML}"${location}/><xs:element name="r"><xs:complexType><xs:attribute ref="xml:lang"/></xs:complexType></xs:element></xs:schema>`;
  const langField = (s: IrSchema) => (root(s, 'r').type as IrObjectType).fields.map((f) => [f.name, f.xml.local]);

  it.each([
    ['no location', ''],
    ['an empty location', ' schemaLocation=""'],
    ['a network location', ' schemaLocation="http://www.w3.org/2001/xml.xsd"'],
    ['a network-path location', ' schemaLocation="//www.w3.org/2001/xml.xsd"'],
  ])('reads the built-in xml.xsd for an import with %s, without asking the reader', (_what, location) => {
    const calls: string[] = [];
    const read = (href: string) => {
      calls.push(href);
      return { source: own, file: 'own.xsd' };
    };
    expect(langField(parseWith(main(location), read))).toEqual([['lang', `{${XML}}lang`]]);
    expect(calls).toEqual([]);
  });

  it('reads the built-in xml.xsd without any reader', () => {
    expect(langField(parseWith(main('')))).toEqual([['lang', `{${XML}}lang`]]);
    expect(langField(parseWith(main(' schemaLocation="xml.xsd"')))).toEqual([['lang', `{${XML}}lang`]]);
  });

  it('reads the local document instead when it can be read', () => {
    const s = `<xs:schema ${XS}><xs:import namespace="${XML}" schemaLocation="own.xsd"/><xs:element name="r"><xs:complexType><xs:attribute ref="xml:blah"/></xs:complexType></xs:element></xs:schema>`;
    expect(langField(parseWith(s, reader({ 'own.xsd': own })))).toEqual([['blah', `{${XML}}blah`]]);
  });
});
