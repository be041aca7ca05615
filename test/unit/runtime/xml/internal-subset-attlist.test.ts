/**
 * Attribute-list declarations in the DOCTYPE internal subset (XML 1.0 §3.3 [52] AttlistDecl, [53]
 * AttDef, [54]–[59] attribute types and enumerations, [60] DefaultDecl, with [10] AttValue and the
 * WFCs "No < in Attribute Values" and "Legal Character" / §4.1 references in the default value):
 * which declarations are well-formed (verdicts agree with xmllint, libxml2 2.9.14) and, for each
 * malformed one, the one error the scanner reports, by message and line:column. Every document
 * gives the same events whole, cut in two at every index and written one character at a time.
 */
import { describe, expect, it } from 'vitest';
import { acceptedAt, scanCuts, subsetError } from './internal-subset-scan.js';

describe('attribute-list declarations that are well-formed', () => {
  it.each([
    ['no attribute definition', '<!DOCTYPE a [<!ATTLIST a>]><a/>', 28],
    ['#REQUIRED', '<!DOCTYPE a [<!ATTLIST a b CDATA #REQUIRED>]><a/>', 46],
    ['#IMPLIED then a space', '<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED >]><a/>', 46],
    [
      'every tokenized type',
      '<!DOCTYPE a [<!ATTLIST a b ID #IMPLIED c IDREF #IMPLIED d IDREFS #IMPLIED e ENTITY #IMPLIED f ENTITIES #IMPLIED g NMTOKEN #IMPLIED h NMTOKENS #IMPLIED>]><a/>',
      154,
    ],
    ['an enumeration of name tokens that are not names', '<!DOCTYPE a [<!ATTLIST a b (1a | -b.c) #IMPLIED>]><a/>', 51],
    ['a predefined entity in a default', "<!DOCTYPE a [<!ATTLIST a b CDATA '&lt;'>]><a/>", 43],
    [
      "several definitions: '>' in a default, enumerations with spaces, NOTATION, #FIXED with references",
      "<!DOCTYPE a [<!ATTLIST a b CDATA \"a>b\" c ID #REQUIRED d (x | y ) 'y' e NOTATION ( n | m ) #IMPLIED f CDATA #FIXED 'a&amp;&#x41;b'>]><a/>",
      133,
    ],
  ])('%s', (_name, xml, column) => {
    expect(scanCuts(xml)).toEqual(acceptedAt(column));
  });
});

describe('malformed attribute-list declarations, each at its character', () => {
  it.each([
    [
      'an element name starting with a digit',
      '<!DOCTYPE a [<!ATTLIST 1 b CDATA #IMPLIED>]><a/>',
      'expected an element name',
      24,
    ],
    [
      'an attribute name starting with a digit',
      '<!DOCTYPE a [<!ATTLIST a 1 CDATA #IMPLIED>]><a/>',
      'expected an attribute name',
      26,
    ],
    [
      'no space after the element name',
      '<!DOCTYPE a [<!ATTLIST a(b) CDATA #IMPLIED>]><a/>',
      'expected whitespace before an attribute definition',
      25,
    ],
    [
      'no space after a keyword default',
      '<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIEDc CDATA #IMPLIED>]><a/>',
      'expected whitespace before an attribute definition',
      42,
    ],
    [
      'no space after a quoted default',
      '<!DOCTYPE a [<!ATTLIST a b CDATA "x"c CDATA #IMPLIED>]><a/>',
      'expected whitespace before an attribute definition',
      37,
    ],
    [
      "'<' just after a quoted default",
      '<!DOCTYPE a [<!ATTLIST a b CDATA "x"<!ELEMENT a ANY>]><a/>',
      'expected whitespace before an attribute definition',
      37,
    ],
    [
      "'&' just after a quoted default",
      '<!DOCTYPE a [<!ATTLIST a b CDATA "x"&>]><a/>',
      'expected whitespace before an attribute definition',
      37,
    ],
    [
      'no space after the attribute name',
      '<!DOCTYPE a [<!ATTLIST a b(x) #IMPLIED>]><a/>',
      'expected whitespace after the attribute name',
      27,
    ],
    ['a type starting with a digit', '<!DOCTYPE a [<!ATTLIST a b 1 #IMPLIED>]><a/>', 'expected an attribute type', 28],
    ['an unknown type', '<!DOCTYPE a [<!ATTLIST a b STRING #IMPLIED>]><a/>', "unknown attribute type 'STRING'", 28],
    ['a lower-case type', '<!DOCTYPE a [<!ATTLIST a b cdata #IMPLIED>]><a/>', "unknown attribute type 'cdata'", 28],
    [
      'no space after NOTATION',
      '<!DOCTYPE a [<!ATTLIST a b NOTATION(x) #IMPLIED>]><a/>',
      'expected whitespace after NOTATION',
      36,
    ],
    [
      "NOTATION without '('",
      '<!DOCTYPE a [<!ATTLIST a b NOTATION x #IMPLIED>]><a/>',
      "expected '(' after NOTATION",
      37,
    ],
    [
      'an empty NOTATION list',
      '<!DOCTYPE a [<!ATTLIST a b NOTATION ( ) #IMPLIED>]><a/>',
      'expected a notation name',
      39,
    ],
    [
      'a NOTATION name that is only a name token',
      '<!DOCTYPE a [<!ATTLIST a b NOTATION (1a) #IMPLIED>]><a/>',
      'expected a notation name',
      38,
    ],
    [
      'an enumeration starting with |',
      '<!DOCTYPE a [<!ATTLIST a b (|a) #IMPLIED>]><a/>',
      'expected a name token in the enumeration',
      29,
    ],
    [
      'an enumeration ending with |',
      '<!DOCTYPE a [<!ATTLIST a b (x|) #IMPLIED>]><a/>',
      'expected a name token in the enumeration',
      31,
    ],
    [
      'two tokens without |',
      '<!DOCTYPE a [<!ATTLIST a b (x y) #IMPLIED>]><a/>',
      "expected '|' or ')' in the enumeration",
      31,
    ],
    [
      'an enumeration never closed',
      '<!DOCTYPE a [<!ATTLIST a b (x|y #IMPLIED>]><a/>',
      "expected '|' or ')' in the enumeration",
      33,
    ],
    [
      'no space before the default',
      '<!DOCTYPE a [<!ATTLIST a b CDATA"x">]><a/>',
      'expected whitespace before the attribute default',
      33,
    ],
    ['no default', '<!DOCTYPE a [<!ATTLIST a b CDATA>]><a/>', 'expected whitespace before the attribute default', 33],
    [
      'an unknown # keyword',
      '<!DOCTYPE a [<!ATTLIST a b CDATA #FOO "x">]><a/>',
      'expected #REQUIRED, #IMPLIED, #FIXED or a quoted default value',
      34,
    ],
    [
      'a lower-case # keyword',
      '<!DOCTYPE a [<!ATTLIST a b CDATA #required>]><a/>',
      'expected #REQUIRED, #IMPLIED, #FIXED or a quoted default value',
      34,
    ],
    [
      'no space after #FIXED',
      '<!DOCTYPE a [<!ATTLIST a b CDATA #FIXED"x">]><a/>',
      'expected whitespace after #FIXED',
      40,
    ],
    ['an unquoted default', '<!DOCTYPE a [<!ATTLIST a b CDATA x>]><a/>', 'expected a quoted default value', 34],
    [
      'an unquoted #FIXED default',
      '<!DOCTYPE a [<!ATTLIST a b CDATA #FIXED x>]><a/>',
      'expected a quoted default value',
      41,
    ],
    ["'<' in a default", '<!DOCTYPE a [<!ATTLIST a b CDATA "<">]><a/>', "'<' is not allowed in an attribute value", 35],
    [
      "'<' later in a default",
      "<!DOCTYPE a [<!ATTLIST a b CDATA 'xy<'>]><a/>",
      "'<' is not allowed in an attribute value",
      37,
    ],
    [
      'a reference without ;',
      '<!DOCTYPE a [<!ATTLIST a b CDATA "&bad">]><a/>',
      'malformed entity reference (expected a name and ;)',
      39,
    ],
    ['an undefined entity', '<!DOCTYPE a [<!ATTLIST a b CDATA "&bad;">]><a/>', 'undefined entity &bad;', 39],
    [
      'a reference to character 0',
      '<!DOCTYPE a [<!ATTLIST a b CDATA "&#0;">]><a/>',
      'malformed character reference',
      38,
    ],
  ])('%s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });

  it('located on the line of the offending character', () => {
    expect(scanCuts('<!DOCTYPE a [\n<!ATTLIST a\n  b CDATA\n  #FIXED "x&y;">]><a/>')).toEqual(
      subsetError('undefined entity &y;', 4, 14),
    );
  });
});
