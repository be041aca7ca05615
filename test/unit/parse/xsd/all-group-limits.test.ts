/**
 * Where XSD 1.0 lets an all group and a named group's compositor be written: xs:all holds only
 * elements occurring at most once, occurs at most once itself (also through a group ref), and is
 * never inside a sequence or choice; a named group's compositor has no minOccurs/maxOccurs.
 * @see XSD 1.0 Part 1 §3.8.6 (cos-all-limited), §3.7.2 (model group definitions)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const type = (content: string, extra = '') => `${extra}<xs:complexType name="T">${content}</xs:complexType>`;
const el = (name: string, occurs = '') => `<xs:element name="${name}" type="xs:int"${occurs}/>`;
const ALL_GROUP = `<xs:group name="A"><xs:all>${el('a')}${el('b')}</xs:all></xs:group>`;

describe('all group limits', () => {
  const refused: [string, string, RegExp][] = [
    ['an element occurring twice', type(`<xs:all>${el('a', ' maxOccurs="2"')}</xs:all>`), /0 or 1/],
    ['an element with minOccurs 2', type(`<xs:all>${el('a', ' minOccurs="2" maxOccurs="2"')}</xs:all>`), /0 or 1/],
    ['a wildcard member', type('<xs:all><xs:any/></xs:all>'), /only xs:element/],
    ['a nested sequence', type(`<xs:all><xs:sequence>${el('a')}</xs:sequence></xs:all>`), /only xs:element/],
    ['an all group occurring twice', type(`<xs:all maxOccurs="2">${el('a')}</xs:all>`), /maxOccurs 1/],
    [
      'an all group inside a sequence',
      type(`<xs:sequence><xs:all>${el('a')}</xs:all></xs:sequence>`),
      /whole content model/,
    ],
    [
      'a ref to an all group inside a choice',
      type('<xs:choice><xs:group ref="A"/></xs:choice>', ALL_GROUP),
      /whole content model/,
    ],
    [
      'a ref to an all group occurring unbounded',
      type('<xs:group ref="A" maxOccurs="unbounded"/>', ALL_GROUP),
      /maxOccurs 1/,
    ],
    [
      'occurrences on a named group compositor',
      type('<xs:group ref="G"/>', `<xs:group name="G"><xs:sequence minOccurs="0">${el('a')}</xs:sequence></xs:group>`),
      /named xs:group cannot have minOccurs/,
    ],
  ];
  it.each(refused)('refuses %s', (_name, snippet, message) => {
    const d = diagnosticOf(() => parseSnippet(snippet));
    expect(d.code).toBe('XsdInvalid');
    expect(d.message).toMatch(message);
  });

  it('accepts an all group as a whole content model, written or through a ref', () => {
    expect(() =>
      parseSnippet(type(`<xs:all minOccurs="0">${el('a', ' minOccurs="0"')}${el('b')}</xs:all>`)),
    ).not.toThrow();
    expect(() => parseSnippet(type('<xs:group ref="A" minOccurs="0"/>', ALL_GROUP))).not.toThrow();
    expect(() =>
      parseSnippet(
        type(
          `<xs:sequence><xs:group ref="G" maxOccurs="3"/></xs:sequence>`,
          `<xs:group name="G"><xs:choice>${el('a')}</xs:choice></xs:group>`,
        ),
      ),
    ).not.toThrow();
  });
});
