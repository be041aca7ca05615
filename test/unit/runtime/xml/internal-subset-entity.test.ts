/**
 * Entity and notation declarations in the DOCTYPE internal subset (XML 1.0 §4.2 [70]–[74]
 * EntityDecl, GEDecl, PEDecl, EntityDef, PEDef, §4.2.2 [75] ExternalID, [76] NDataDecl, §2.3 [9]
 * EntityValue with §4.1 [66] CharRef / [68] EntityRef and the WFC "PEs in Internal Subset" (§2.8),
 * §4.7 [82] NotationDecl, [83] PublicID): which declarations are well-formed (verdicts agree with
 * xmllint, libxml2 2.9.14); what the scanner tells its DOCTYPE handler of each entity declared
 * (its name, whether it is a parameter entity, whether it is external), which is what the entity
 * policy acts on; and, for each malformed declaration, the one error reported, by message and
 * line:column. Every document gives the same events whole, cut in two at every index and written
 * one character at a time.
 */
import { describe, expect, it } from 'vitest';
import { acceptedAt, scanCuts, subsetError } from './internal-subset-scan.js';

describe('entity declarations that are well-formed, as the DOCTYPE handler learns of them', () => {
  it.each([
    ['a general entity with a double-quoted value', '<!DOCTYPE a [<!ENTITY e "x">]><a/>', '&e internal', 31],
    ['a general entity with a single-quoted value', "<!DOCTYPE a [<!ENTITY e 'x'>]><a/>", '&e internal', 31],
    ['a parameter entity with a value', '<!DOCTYPE a [<!ENTITY % p "x">]><a/>', '%p internal', 33],
    ['a SYSTEM general entity', '<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a/>', '&e external', 38],
    ['a SYSTEM general entity, space before >', '<!DOCTYPE a [<!ENTITY e SYSTEM "x" >]><a/>', '&e external', 39],
    ['a SYSTEM parameter entity, space before >', '<!DOCTYPE a [<!ENTITY % p SYSTEM "x" >]><a/>', '%p external', 41],
    [
      'an unparsed PUBLIC entity (NDATA), spaces around',
      `<!DOCTYPE a [<!ENTITY e PUBLIC "p" 'x' NDATA n >]><a/>`,
      '&e external',
      51,
    ],
    [
      'a value with predefined, other and character references',
      '<!DOCTYPE a [<!ENTITY e "a&amp;b&#x41;c&#66;d&lt;e&other;f">]><a/>',
      '&e internal',
      63,
    ],
    ['a value of two character references', '<!DOCTYPE a [<!ENTITY e "&#38;&#60;">]><a/>', '&e internal', 40],
    ["a value with '>' in it", '<!DOCTYPE a [<!ENTITY e "a>b">]><a/>', '&e internal', 33],
  ])('%s', (_name, xml, entity, column) => {
    expect(scanCuts(xml)).toEqual(acceptedAt(column, `N ${entity} 1:14`));
  });
});

describe('malformed entity declarations, each at its character', () => {
  it.each([
    [
      "no space after '%'",
      '<!DOCTYPE a [<!ENTITY %p "x">]><a/>',
      "expected whitespace after '%' in a parameter-entity declaration",
      24,
    ],
    ['a name starting with a digit', '<!DOCTYPE a [<!ENTITY 1 "x">]><a/>', 'expected an entity name', 23],
    [
      'a parameter entity name starting with a digit',
      '<!DOCTYPE a [<!ENTITY % 1 "x">]><a/>',
      'expected an entity name',
      25,
    ],
    ['no space after the name', '<!DOCTYPE a [<!ENTITY e"x">]><a/>', 'expected whitespace after the entity name', 24],
    [
      'neither a value nor an external id',
      '<!DOCTYPE a [<!ENTITY e foo>]><a/>',
      'expected a quoted entity value, SYSTEM or PUBLIC',
      25,
    ],
    [
      'a PUBLIC id without a system literal',
      '<!DOCTYPE a [<!ENTITY e PUBLIC "p">]><a/>',
      'expected a quoted system literal after the public identifier',
      35,
    ],
    ['an unquoted system literal', '<!DOCTYPE a [<!ENTITY e SYSTEM x>]><a/>', 'expected a quoted system literal', 32],
    [
      "anything but '>' after a value",
      '<!DOCTYPE a [<!ENTITY e "x" y>]><a/>',
      "expected '>' to end the entity declaration",
      29,
    ],
    ["'%' just after a value", '<!DOCTYPE a [<!ENTITY e "x"%>]><a/>', "expected '>' to end the entity declaration", 28],
    ["'&' just after a value", '<!DOCTYPE a [<!ENTITY e "x"&>]><a/>', "expected '>' to end the entity declaration", 28],
    [
      'NDATA on a parameter entity',
      '<!DOCTYPE a [<!ENTITY % p SYSTEM "x" NDATA n>]><a/>',
      "expected '>' to end the entity declaration",
      38,
    ],
    [
      'NDATA without a space before it',
      '<!DOCTYPE a [<!ENTITY e SYSTEM "x"NDATA n>]><a/>',
      "expected '>' to end the entity declaration",
      35,
    ],
    ['no space after NDATA', '<!DOCTYPE a [<!ENTITY e SYSTEM "x" NDATAn>]><a/>', 'expected whitespace after NDATA', 41],
    [
      'a notation name starting with a digit',
      '<!DOCTYPE a [<!ENTITY e SYSTEM "x" NDATA 1>]><a/>',
      'expected a notation name after NDATA',
      42,
    ],
    [
      'more after the notation name',
      '<!DOCTYPE a [<!ENTITY e SYSTEM "x" NDATA n x>]><a/>',
      "expected '>' to end the entity declaration",
      44,
    ],
  ])('%s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });
});

describe('references in an entity value (§4.1, §2.8 WFC: PEs in Internal Subset)', () => {
  const PE = 'a parameter-entity reference is not allowed inside a declaration in the internal subset';
  const CHAR = 'malformed character reference';
  const ENTITY = 'malformed entity reference (expected a name and ;)';
  it.each([
    ['a parameter-entity reference', '<!DOCTYPE a [<!ENTITY e "%p;">]><a/>', PE, 26],
    ['a parameter-entity reference after text', "<!DOCTYPE a [<!ENTITY % e 'ab%p;'>]><a/>", PE, 30],
    ['a hexadecimal reference with non-hex digits, at its &', '<!DOCTYPE a [<!ENTITY e "&#xZZ;">]><a/>', CHAR, 26],
    ['a reference to character 0', '<!DOCTYPE a [<!ENTITY e "&#0;">]><a/>', CHAR, 26],
    ['a character reference without digits', '<!DOCTYPE a [<!ENTITY e "&#;">]><a/>', CHAR, 26],
    ['a character reference past U+10FFFF', '<!DOCTYPE a [<!ENTITY e "&#x10FFFF;&#x110000;">]><a/>', CHAR, 36],
    ['a character reference without ; and no ; after', '<!DOCTYPE a [<!ENTITY e "&#65">]><a/>', CHAR, 26],
    [
      'a character reference without ;, a ; in a later declaration',
      '<!DOCTYPE a [<!ENTITY e "x&#65"><!ENTITY f "&#66;">]><a/>',
      CHAR,
      27,
    ],
    ['& then ;, at the ;', '<!DOCTYPE a [<!ENTITY e "&;">]><a/>', ENTITY, 27],
    ['& at the end of the value, at the quote', '<!DOCTYPE a [<!ENTITY e "x&">]><a/>', ENTITY, 28],
    ['a name without ;, at the quote', '<!DOCTYPE a [<!ENTITY e "&amp">]><a/>', ENTITY, 30],
    ['a name then a space, at the space', '<!DOCTYPE a [<!ENTITY e "&a b;">]><a/>', ENTITY, 28],
    ['a bad reference after a good one', '<!DOCTYPE a [<!ENTITY e "&amp;x&y">]><a/>', ENTITY, 34],
  ])('%s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });

  it('located on the line of the reference', () => {
    expect(scanCuts('<!DOCTYPE a [\n<!ENTITY e\n "ab\n  &#xD800;">]><a/>')).toEqual(
      subsetError('malformed character reference', 4, 3),
    );
  });
});

describe('notation declarations (§4.7)', () => {
  it.each([
    ['a SYSTEM id', '<!DOCTYPE a [<!NOTATION n SYSTEM "s">]><a/>', 40],
    ['a PUBLIC id alone, space before >', '<!DOCTYPE a [<!NOTATION n PUBLIC "p" >]><a/>', 41],
    ['a PUBLIC id and a system literal', `<!DOCTYPE a [<!NOTATION n PUBLIC "p" 's'>]><a/>`, 44],
  ])('are well-formed with %s, and declare no entity', (_name, xml, column) => {
    expect(scanCuts(xml)).toEqual(acceptedAt(column));
  });

  it.each([
    ['a name starting with a digit', '<!DOCTYPE a [<!NOTATION 1 SYSTEM "x">]><a/>', 'expected a notation name', 25],
    [
      'no space after the name',
      '<!DOCTYPE a [<!NOTATION n"x">]><a/>',
      'expected whitespace after the notation name',
      26,
    ],
    [
      'neither SYSTEM nor PUBLIC',
      '<!DOCTYPE a [<!NOTATION n FOO>]><a/>',
      'expected SYSTEM or PUBLIC in the notation declaration',
      27,
    ],
    ['an unquoted system literal', '<!DOCTYPE a [<!NOTATION n SYSTEM x>]><a/>', 'expected a quoted system literal', 34],
    [
      "anything but '>' after the id",
      '<!DOCTYPE a [<!NOTATION n SYSTEM "x" y>]><a/>',
      "expected '>' to end the notation declaration",
      38,
    ],
  ])('are malformed with %s', (_name, xml, message, column) => {
    expect(scanCuts(xml)).toEqual(subsetError(message, 1, column));
  });
});
