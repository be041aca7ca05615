/**
 * Element type declarations in the DOCTYPE internal subset (XML 1.0 §3.2 [45] elementdecl, [46]
 * contentspec, §3.2.1 [47]–[50] children, choice, seq, cp, §3.2.2 [51] Mixed) and the keyword that
 * opens a markup declaration (§2.8 [29] markupdecl): which declarations are well-formed (verdicts
 * agree with xmllint, libxml2 2.9.14) and, for each malformed one, the one error the scanner
 * reports, by message and line:column. Every document gives the same events whole, cut in two at
 * every index and written one character at a time (a declaration cut by a write is read again).
 */
import { describe, expect, it } from 'vitest';
import { acceptedAt, scanCuts, subsetError } from './internal-subset-scan.js';

describe('element type declarations that are well-formed', () => {
  it.each([
    ['EMPTY', '<!DOCTYPE a [<!ELEMENT a EMPTY>]><a/>', 34],
    ['ANY, with space before >', '<!DOCTYPE a [<!ELEMENT a ANY >]><a/>', 33],
    ['one child without an occurrence indicator', '<!DOCTYPE a [<!ELEMENT a (b)>]><a/>', 32],
    ['a sequence then a nested choice, spaces everywhere', '<!DOCTYPE a [<!ELEMENT a ( a , ( b | c ) )>]><a/>', 46],
    ['nested groups with occurrence indicators', '<!DOCTYPE a [<!ELEMENT a ((b?,c*)+|d)>]><a/>', 41],
    ['#PCDATA alone, spaces inside', '<!DOCTYPE a [<!ELEMENT a ( #PCDATA )>]><a/>', 40],
    ['#PCDATA alone with *', '<!DOCTYPE a [<!ELEMENT a (#PCDATA)*>]><a/>', 39],
    ['mixed content with names, spaces everywhere', '<!DOCTYPE a [<!ELEMENT a (#PCDATA | b | c )* >]><a/>', 49],
    ['mixed content with names, no spaces', '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b|c)*>]><a/>', 43],
  ])('%s', (_name, xml, column) => {
    expect(scanCuts(xml)).toEqual(acceptedAt(column));
  });
});

describe('the keyword of a markup declaration', () => {
  it('an unknown one is reported at its first letter', () => {
    expect(scanCuts('<!DOCTYPE a [<!FOO x>]><a/>')).toEqual(
      subsetError('unknown markup declaration (expected ELEMENT, ATTLIST, ENTITY or NOTATION)', 1, 16),
    );
    expect(scanCuts('<!DOCTYPE a [\n  <!element a ANY>]><a/>')).toEqual(
      subsetError('unknown markup declaration (expected ELEMENT, ATTLIST, ENTITY or NOTATION)', 2, 5),
    );
  });

  it.each([
    ['ELEMENT', '<!DOCTYPE a [<!ELEMENTa ANY>]><a/>', 23],
    ['ATTLIST', '<!DOCTYPE a [<!ATTLISTa b CDATA #IMPLIED>]><a/>', 23],
    ['ENTITY', '<!DOCTYPE a [<!ENTITY"x">]><a/>', 22],
    ['NOTATION', '<!DOCTYPE a [<!NOTATIONn SYSTEM "x">]><a/>', 24],
  ])('must be followed by whitespace (%s)', (kw, xml, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(`expected whitespace after <!${kw}`, 1, column));
  });
});

describe('malformed element type declarations', () => {
  it.each([
    [
      'a name that does not start with a name character',
      '<!DOCTYPE a [<!ELEMENT 1 ANY>]><a/>',
      'expected an element name',
      24,
    ],
    ['no space after the name', '<!DOCTYPE a [<!ELEMENT a(b)>]><a/>', 'expected whitespace after the element name', 25],
    [
      'a content spec that is neither EMPTY, ANY nor a group',
      '<!DOCTYPE a [<!ELEMENT a foo>]><a/>',
      "expected EMPTY, ANY or '(' in the element declaration",
      26,
    ],
    [
      'a lower-case keyword',
      '<!DOCTYPE a [<!ELEMENT a empty>]><a/>',
      "expected EMPTY, ANY or '(' in the element declaration",
      26,
    ],
  ])('%s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });

  it.each([
    ['EMPTY', '<!DOCTYPE a [<!ELEMENT a EMPTY x>]><a/>', 32],
    ['ANY', '<!DOCTYPE a [<!ELEMENT a ANY x>]><a/>', 30],
    ['EMPTY directly followed by a letter', '<!DOCTYPE a [<!ELEMENT a EMPTYx>]><a/>', 31],
    ['a children group', '<!DOCTYPE a [<!ELEMENT a (b) x>]><a/>', 30],
    ['a children group with an indicator', '<!DOCTYPE a [<!ELEMENT a (b)+ x>]><a/>', 31],
    ['a #PCDATA group', '<!DOCTYPE a [<!ELEMENT a (#PCDATA) x>]><a/>', 36],
    ['a mixed group', '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)*x>]><a/>', 38],
  ])("anything but '>' after the content spec (%s) is reported where the '>' was expected", (_name, xml, column) => {
    expect(scanCuts(xml)).toEqual(subsetError("expected '>' to end the element declaration", 1, column));
  });
});

describe('malformed mixed content (§3.2.2 [51])', () => {
  it.each([
    [
      'names without the closing )*, at the character after the )',
      '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)>]><a/>',
      "mixed content with element names must end with ')*'",
      37,
    ],
    [
      'names and a ) followed by +',
      '<!DOCTYPE a [<!ELEMENT a (#PCDATA | b )+>]><a/>',
      "mixed content with element names must end with ')*'",
      40,
    ],
    ['a name without |', '<!DOCTYPE a [<!ELEMENT a (#PCDATA x)>]><a/>', "expected '|' or ')' in mixed content", 35],
    ['a comma', '<!DOCTYPE a [<!ELEMENT a (#PCDATA,b)*>]><a/>', "expected '|' or ')' in mixed content", 34],
    ['| then a digit', '<!DOCTYPE a [<!ELEMENT a (#PCDATA|1)*>]><a/>', 'expected an element name in mixed content', 35],
    [
      '| then a group',
      '<!DOCTYPE a [<!ELEMENT a (#PCDATA| (b))*>]><a/>',
      'expected an element name in mixed content',
      36,
    ],
    [
      '#PCDATA not first',
      '<!DOCTYPE a [<!ELEMENT a (a|#PCDATA)>]><a/>',
      '#PCDATA is allowed only first in a mixed-content declaration',
      29,
    ],
    [
      '#PCDATA in a nested group',
      '<!DOCTYPE a [<!ELEMENT a ((#PCDATA))>]><a/>',
      '#PCDATA is allowed only first in a mixed-content declaration',
      28,
    ],
  ])('%s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });

  it('is located on the line it is on', () => {
    expect(scanCuts('<!DOCTYPE a [\n<!ELEMENT a\n (b,\n #PCDATA)>]><a/>')).toEqual(
      subsetError('#PCDATA is allowed only first in a mixed-content declaration', 4, 2),
    );
  });
});

describe('malformed element content (§3.2.1 [47]–[50])', () => {
  it.each([
    [
      'a digit where a name is expected',
      '<!DOCTYPE a [<!ELEMENT a (a|1)>]><a/>',
      'expected an element name or ( in the content model',
      29,
    ],
    ['an empty group', '<!DOCTYPE a [<!ELEMENT a ()>]><a/>', 'expected an element name or ( in the content model', 27],
    [
      'a separator before the first particle',
      '<!DOCTYPE a [<!ELEMENT a (,b)>]><a/>',
      'expected an element name or ( in the content model',
      27,
    ],
    [
      'two names without a separator',
      '<!DOCTYPE a [<!ELEMENT a (a b)>]><a/>',
      "expected ',', '|' or ')' in the content model",
      29,
    ],
    ['a ; as separator', '<!DOCTYPE a [<!ELEMENT a (a;b)>]><a/>', "expected ',', '|' or ')' in the content model", 28],
    [
      'two occurrence indicators',
      '<!DOCTYPE a [<!ELEMENT a (a?*)>]><a/>',
      "expected ',', '|' or ')' in the content model",
      29,
    ],
    [
      'an indicator after a nested group, then a name',
      '<!DOCTYPE a [<!ELEMENT a ((b)* c)>]><a/>',
      "expected ',', '|' or ')' in the content model",
      32,
    ],
    [
      "',' and '|' in one group",
      '<!DOCTYPE a [<!ELEMENT a (b , c | d)>]><a/>',
      "',' and '|' cannot be mixed in one group",
      33,
    ],
  ])('%s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });

  it("a group's '>' is not taken for an occurrence indicator", () => {
    expect(scanCuts('<!DOCTYPE a [<!ELEMENT a (b)><!ELEMENT b (c,d)>]><a/>')).toEqual(acceptedAt(50));
  });
});
