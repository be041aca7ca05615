/**
 * The kind of a prose claim (generator/notes/note-claims.ts) comes from the noun that qualifies
 * the name: "parameter(s)" makes a parameter claim, "element", "field", "attribute" or "tag" an
 * element claim, wherever the noun stands (`added "x" parameter`, `new parameter "x"`, `new
 * parameter x`, `new x parameter`). The word "parameter" elsewhere in the sentence, or inside a
 * quoted name, does not decide it. The seeds' phrasings keep their kinds.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './note-claims-of.js';

const kinds = (line: string): [string, string][] => claimsOf(line).map((c) => [c.kind, c.name]);

describe('"parameter" after a quoted name', () => {
  it.each([
    ['We added "sortBy" parameter.'],
    ['We added “sortBy” parameter to the request.'],
    ['Introduced "sortBy" Parameter to the request.'],
    ['We have ADDED "sortBy"   PARAMETER for paging.'],
  ])('%j is a parameter claim', (line) => {
    expect(kinds(line)).toStrictEqual([['param', 'sortBy']]);
  });

  it.each([
    ['We added "sortBy" element.'],
    ['We added "sortBy" field.'],
    ['We added "sortBy" attribute.'],
    ['We added "sortBy" tag.'],
    ['Introduced "customAtttributes" Field to Response of V2 APIs'],
  ])('%j stays an element claim', (line) => {
    expect(kinds(line)).toStrictEqual([['element', line.match(/"(\w+)"/)![1]!]]);
  });
});

describe('"parameter" before the names', () => {
  it('the noun right before a quoted list decides, not "parameter" elsewhere in the sentence', () => {
    expect(kinds('We added to the search parameters two new elements: "pageInfo" and "hasMore".')).toStrictEqual([
      ['element', 'pageInfo'],
      ['element', 'hasMore'],
    ]);
  });

  it('"parameter" inside a quoted name does not make it a parameter', () => {
    expect(kinds('We added two new elements: "parameterSet" and "history".')).toStrictEqual([
      ['element', 'parameterSet'],
      ['element', 'history'],
    ]);
  });

  it.each([
    ['We added a new input parameter “sendMailFromAddressOption” to the Create API.', 'sendMailFromAddressOption'],
    ['We added new parameters: "pageSize" and "offset".', 'pageSize'],
    ['See the new parameter pageSize here.', 'pageSize'],
  ])('%j stays a parameter claim', (line, name) => {
    expect(kinds(line)[0]).toStrictEqual(['param', name]);
  });
});

describe('a bare name before its noun', () => {
  it.each([
    ['We added the new sortBy parameter.', 'param', 'sortBy'],
    ['We added the new SORT_BY parameter.', 'param', 'SORT_BY'],
    ['We added the new sortBy element.', 'element', 'sortBy'],
    ['We’ve added the new ELB_DNS tag that appears for Cloud Perimeter Scans only.', 'element', 'ELB_DNS'],
  ])('%j → %s %s', (line, kind, name) => {
    expect(kinds(line)).toStrictEqual([[kind, name]]);
  });
});

describe('the seeds’ phrasings keep their kinds', () => {
  it('elements, a parameter, a field and a tag', () => {
    expect(
      kinds(
        [
          'We added two new elements: "history" and "WebAppFindingHistory."',
          'We have added a new input parameter “sendMailFromAddressOption” to the Create and',
          'We added a new element "sendMailFromAddress." in the XSD.',
          'With this release, a new field “customAttributes” is added to the response of the following',
          'We’ve added the new ELB_DNS tag that appears for Cloud Perimeter Scans only.',
        ].join('\n'),
      ),
    ).toStrictEqual([
      ['element', 'history'],
      ['element', 'WebAppFindingHistory'],
      ['param', 'sendMailFromAddressOption'],
      ['element', 'sendMailFromAddress'],
      ['element', 'customAttributes'],
      ['element', 'ELB_DNS'],
    ]);
  });
});
