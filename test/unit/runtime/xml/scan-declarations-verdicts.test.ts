/**
 * The `<!` and `<?` markup of the XML scanner (scan-declarations.ts), judged on whole documents:
 * which `<!` forms exist (XML 1.0 §2.5 [15] Comment, §2.7 [18] CDSect, §2.8 [28] doctypedecl, only
 * once and before the root element), the tokens of the internal subset (§2.8 [28a] DeclSep, [28b]
 * intSubset, [29] markupdecl, §4.1 [69] PEReference; §3.4 conditional sections only in the external
 * subset), PI targets (§2.6 [16] PI, [17] PITarget: `xml` in any case is reserved) and the XML
 * declaration (§2.8 [23] XMLDecl, [24] VersionInfo, [25] Eq, [26] VersionNum, [80] EncodingDecl,
 * [32] SDDecl). Verdicts agree with xmllint (libxml2 2.9.14); each rejection is pinned to its one
 * located `XmlSyntax` error (message and line:column), the same whole and in chunks of 1 to 5 characters.
 */
import { describe, expect, it } from 'vitest';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { asyncChunks } from './verdict-helper.js';

/** The errors as `message line:column`, checked equal whole and in chunks of 1 to 5 characters. */
async function errors(xml: string): Promise<string[]> {
  const whole = checkWellFormed(xml);
  for (let size = 1; size <= 5; size++) {
    expect(await validateXmlStream(asyncChunks(xml, size), WELL_FORMED_MODEL), `${size}-char chunks`).toEqual(whole);
  }
  return whole.errors.map((e) => `${e.code} ${e.message} ${e.location.line}:${e.location.column}`);
}

const syntax = (message: string, line: number, column: number) => [
  `XmlSyntax malformed XML: ${message} ${line}:${column}`,
];

describe("'<!' markup outside the internal subset", () => {
  it.each([
    ['a CDATA section', '<a><![CDATA[x<y]]></a>'],
    ['a comment', '<a><!-- x --></a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a DOCTYPE with an internal subset', '<!DOCTYPE a [<!ELEMENT a ANY>]><a/>'],
    ['a DOCTYPE with an empty internal subset and space before >', '<!DOCTYPE a [ ] ><a/>'],
  ])('accepts %s', async (_name, xml) => {
    expect(await errors(xml)).toEqual([]);
  });

  const BANG = "unexpected '<!': expected a comment, CDATA section or DOCTYPE";
  it.each([
    ["'<![' not followed by CDATA[", '<a><![CDATX[x]]></a>', 6],
    ["'<!-' not followed by a second '-'", '<a><!-x --></a>', 6],
    ["'<!' then a letter, near the end of the input", '<a><!x</a>', 6],
    ["'<!' then a letter, far from the end", '<a><!xyzzy plugh --></a>', 6],
    ["'<!doctype' in lower case", '<!doctype a><a/>', 3],
  ])('rejects %s, at the character after <!', async (_name, xml, column) => {
    expect(await errors(xml)).toEqual(syntax(BANG, 1, column));
  });

  it('rejects a second DOCTYPE, at the end of the second one', async () => {
    expect(await errors('<!DOCTYPE a><!DOCTYPE a><a/>')).toEqual(
      syntax('a DOCTYPE is allowed only once, before the root element', 1, 24),
    );
  });

  it('rejects a DOCTYPE after the root element, at its closing >', async () => {
    expect(await errors('<a/>\n<!DOCTYPE a>')).toEqual(
      syntax('a DOCTYPE is allowed only once, before the root element', 2, 12),
    );
  });

  it('a DOCTYPE after the root that never closes is an unfinished markup, not a misplaced DOCTYPE', async () => {
    expect(await errors('<a/><!DOCTYPE a')).toEqual(syntax('unexpected end of input inside markup', 1, 15));
  });

  it('a misplaced DOCTYPE holding a non-XML character fails at that character', async () => {
    expect(await errors('<a/><!DOCTYPE \u0001 a>')).toEqual(
      syntax('the input holds a character that XML does not allow', 1, 15),
    );
  });

  it('a malformed DOCTYPE head is reported as such, at its character', async () => {
    expect(await errors('<!DOCTYPE><a/>')).toEqual(syntax('expected whitespace after <!DOCTYPE', 1, 10));
    expect(await errors('<!DOCTYPE SYSTEM "x"><a/>')).not.toEqual([]);
  });

  it('CDATA sections outside the root element are text outside the root, located at the <![CDATA[', async () => {
    expect(await errors('\n<![CDATA[x]]><a/>')).toEqual(syntax('text data outside of root node', 2, 1));
    expect(await errors('<a/>\n  <![CDATA[x]]>')).toEqual(syntax('text data outside of root node', 2, 3));
  });
});

describe('internal subset tokens', () => {
  it.each([
    ['a parameter-entity reference between declarations', '<!DOCTYPE a [ %pe; <!ELEMENT a ANY> ]><a/>'],
    ['a comment with a - and a >', '<!DOCTYPE a [<!-- a - b > c -->]><a/>'],
    ['a PI', '<!DOCTYPE a [<?p x?>]><a/>'],
  ])('accepts %s', async (_name, xml) => {
    expect(await errors(xml)).toEqual([]);
  });

  it.each([
    ["a '%name' without ';'", '<!DOCTYPE a [%pe!]><a/>', "expected ';' after the parameter-entity name", 17],
    ["'%' without a name", '<!DOCTYPE a [% pe;]><a/>', "expected a parameter-entity name after '%'", 15],
    ["']' then something else than '>'", '<!DOCTYPE a [] x><a/>', "expected '>' after the internal subset", 16],
    ['text', '<!DOCTYPE a [ hello ]><a/>', 'unexpected character in the internal subset', 15],
    ['a start tag', '<!DOCTYPE a [<x>]><a/>', "expected '<!' or '<?' in the internal subset", 15],
    ["'<!-' without a second '-'", '<!DOCTYPE a [<!-x -->]><a/>', "expected '<!--'", 17],
    [
      'a conditional section',
      '<!DOCTYPE a [<![INCLUDE[<!ELEMENT a ANY>]]>]><a/>',
      'conditional sections are allowed only in the external subset',
      16,
    ],
    ["'--' in a comment", '<!DOCTYPE a [<!-- -- -->]><a/>', "'--' is not allowed inside a comment", 20],
    [
      'an XML declaration',
      '<!DOCTYPE a [<?xml version="1.0"?>]><a/>',
      'the XML declaration is allowed only at the start of the document',
      34,
    ],
    ['a PI without a target', '<!DOCTYPE a [<? x?>]><a/>', 'processing instruction without a target', 16],
    ['a malformed element declaration', '<!DOCTYPE a [<!ELEMENT 1>]><a/>', 'expected an element name', 24],
  ])('rejects %s, located', async (_name, xml, message, column) => {
    expect(await errors(xml)).toEqual(syntax(message, 1, column));
  });

  it('a malformed declaration is reported even when no > follows in the whole input', () => {
    // Whole input only: streamed, the cut declaration waits for a '>' that never comes and
    // 'unexpected end of input inside markup' is reported instead.
    const [e] = checkWellFormed('<!DOCTYPE a [<!ELEMENT 1').errors;
    expect([e?.code, e?.message, e?.location.line, e?.location.column]).toEqual([
      'XmlSyntax',
      'malformed XML: expected an element name',
      1,
      24,
    ]);
  });
});

describe('PIs', () => {
  it.each([
    ['a target then whitespace then data', '<a><?pi x?></a>'],
    ['a target alone', '<a><?pi?></a>'],
    ['a target starting with xml', '<a><?xml-stylesheet href="a"?></a>'],
  ])('accepts %s', async (_name, xml) => {
    expect(await errors(xml)).toEqual([]);
  });

  it('rejects a target followed by a non-name character other than whitespace, at that character', async () => {
    expect(await errors('<a><?pi!x?></a>')).toEqual(syntax('expected whitespace after the PI target', 1, 8));
  });

  it.each([
    ['XML', '<?XML version="1.0"?><a/>', 21],
    ['xML', '<?xML version="1.0"?><a/>', 21],
    ['xml after a comment', '<!----><?xml version="1.0"?><a/>', 28],
    ['xml after another PI', '<?p?><?xml version="1.0"?><a/>', 26],
  ])('rejects the reserved target %s where no XML declaration can be, at the end of the PI', async (_n, xml, col) => {
    expect(await errors(xml)).toEqual(
      syntax('the XML declaration is allowed only at the start of the document', 1, col),
    );
  });

  it('a misplaced XML declaration holding a non-XML character fails at that character', async () => {
    expect(await errors('<a/><?xml \u0001?>')).toEqual(
      syntax('the input holds a character that XML does not allow', 1, 11),
    );
  });
});

describe('the XML declaration', () => {
  it.each([
    ['one space', '<?xml version="1.0"?>'],
    ['two spaces before version', '<?xml  version="1.0"?>'],
    ['a line feed before version', '<?xml\nversion="1.0"?>'],
    ['spaces around =', '<?xml version = "1.0"?>'],
    ['a space after =', '<?xml version= "1.0"?>'],
    ['version 1.10', '<?xml version="1.10"?>'],
    ["version '1.10'", "<?xml version='1.10'?>"],
    ['an encoding after two spaces', '<?xml version="1.0"  encoding="UTF-8"?>'],
    ['spaces around the encoding =', '<?xml version="1.0" encoding = "UTF-8"?>'],
    ['a space after the encoding =', '<?xml version="1.0" encoding= "UTF-8"?>'],
    ['standalone after two spaces', '<?xml version="1.0"  standalone="yes"?>'],
    ['spaces around the standalone =', "<?xml version='1.0' encoding='UTF-8' standalone = 'no'?>"],
    ['a space after the standalone =', '<?xml version="1.0" standalone= "no" ?>'],
  ])('accepts %s', async (_name, decl) => {
    expect(await errors(`${decl}<a/>`)).toEqual([]);
  });

  it.each([
    ['a pseudo-attribute before version', '<?xml foo version="1.0"?>'],
    ['something before version', '<?xml x version="1.0"?>'],
    ['no version', '<?xml encoding="UTF-8"?>'],
    ['no space before encoding', '<?xml version="1.0"encoding="UTF-8"?>'],
    ['standalone maybe', '<?xml version="1.0" standalone="maybe"?>'],
  ])('rejects %s, at the end of the declaration', async (_name, decl) => {
    expect(await errors(`${decl}<a/>`)).toEqual(syntax('malformed XML declaration', 1, decl.length));
  });
});
