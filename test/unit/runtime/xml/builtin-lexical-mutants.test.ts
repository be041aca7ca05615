/**
 * Edges of builtin-lexical.ts that the main builtin-lexical tests leave open:
 *
 * - whiteSpace `collapse` of a value made only of tabs, only of line feeds or only of carriage
 *   returns (no space, nothing else): each such character is first replaced by #x20, the run is
 *   collapsed and the leading/trailing space removed, so the result is the empty string. The
 *   verdicts agree with xmllint (libxml2 2.9.14, `--schema`): an element of an xs:token
 *   restriction with `<xs:length value="0"/>` is valid with content `&#9;`, `&#9;&#9;`, `&#10;`,
 *   `&#10;&#10;`, `&#13;` or `&#13;&#13;`, invalid with `x` or `&#9;x`; and xs:boolean accepts
 *   `&#9;true&#9;`, `&#10;1`, `&#13;0&#13;`.
 * - an unknown built-in name (here the empty name) has no lexical constraint in either entry
 *   point: it must not pick up the check of some other built-in such as boolean.
 *
 * @see XSD 1.0 Part 2 §4.3.6 (whiteSpace: replace, then collapse), §3.2.2 (boolean lexical space)
 */
import { describe, expect, it } from 'vitest';
import {
  applyWhiteSpace,
  builtinWhiteSpace,
  checkBuiltinLexical,
  lexicalCheckerFor,
} from '../../../../runtime/xml/builtin-lexical.js';

describe('collapse of values made only of one whitespace character', () => {
  it.each(['\t', '\t\t', '\t\t\t', '\n', '\n\n', '\r', '\r\r'])('collapse turns %j into the empty string', (v) => {
    expect(applyWhiteSpace(v, 'collapse')).toBe('');
  });

  it.each(['\t', '\n', '\r'])('replace turns %j into one space, preserve keeps it', (v) => {
    expect(applyWhiteSpace(v, 'replace')).toBe(' ');
    expect(applyWhiteSpace(v, 'preserve')).toBe(v);
  });

  it('xs:token collapses whitespace-only content to the empty value (length 0)', () => {
    for (const v of ['\t\t', '\n', '\r\r']) {
      expect(applyWhiteSpace(v, builtinWhiteSpace('token'))).toHaveLength(0);
    }
  });

  it.each([
    ['\ttrue\t', 'true'],
    ['\n1', '1'],
    ['\r0\r', '0'],
  ])('xs:boolean %j is collapsed to %j and then accepted', (v, out) => {
    const collapsed = applyWhiteSpace(v, builtinWhiteSpace('boolean'));
    expect(collapsed).toBe(out);
    expect(checkBuiltinLexical('boolean', collapsed)).toBeUndefined();
    expect(lexicalCheckerFor('boolean')?.(collapsed)).toBeUndefined();
  });
});

describe('collapse removes only XML whitespace (#x20, #x9, #xA, #xD)', () => {
  // A value that needs no collapsing, but starts or ends with a character that is whitespace in
  // Unicode and not in XML: no. NBSP, IDEOGRAPHIC SPACE, ZERO WIDTH NO-BREAK SPACE and LINE
  // SEPARATOR are ordinary characters for whiteSpace, so they stay. xmllint agrees: an xs:token
  // with `<xs:length value="3"/>` accepts `&#160;a&#160;`, `&#12288;a&#12288;`,
  // `&#xFEFF;x&#x2028;`, and one of length 5 accepts `&#160;a b&#160;`.
  it.each([
    '\u00a0a\u00a0',
    '\u00a0',
    '\u3000a\u3000',
    '\ufeffx\u2028',
    '\u00a0a b\u00a0',
    '\u00a0a b c\u00a0',
    '\u00a0x\u00a0y\u00a0',
  ])('collapse leaves %j as it is', (v) => {
    expect(applyWhiteSpace(v, 'collapse')).toBe(v);
  });

  it('xs:token keeps the length of a value with no-break spaces at its ends', () => {
    expect(applyWhiteSpace('\u00a0a b\u00a0', builtinWhiteSpace('token'))).toHaveLength(5);
  });
});

describe('an unknown (empty) built-in name', () => {
  it.each(['x', 'true', '', 'not a boolean'])('accepts %j in both entry points', (v) => {
    expect(checkBuiltinLexical('', v)).toBeUndefined();
    const checker = lexicalCheckerFor('');
    expect(checker?.(v)).toBeUndefined();
  });

  it('collapses whitespace like every built-in other than string and normalizedString', () => {
    expect(builtinWhiteSpace('')).toBe('collapse');
  });
});
