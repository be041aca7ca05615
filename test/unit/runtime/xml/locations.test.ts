/**
 * Issue locations: 1-based line:column of the offending start tag, end tag or text, across
 * newlines inside tags, CRLF line ends, comments, CDATA and multi-byte characters, on every input
 * path; positional path indices.
 */
import { describe, expect, it } from 'vitest';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const loc = async (xml: string) => {
  const r = await verdictOnAllPaths(xml, serviceResponseModel);
  return [...r.errors, ...r.warnings].map(
    (e) => `${e.code}@${e.location.line}:${e.location.column} ${e.location.path}`,
  );
};

describe('issue locations', () => {
  it.each([
    [
      'start tag on line 3',
      '<ServiceResponse>\n  <responseCode>SUCCESS</responseCode>\n  <bogus/>\n</ServiceResponse>',
      ['UndeclaredElement@3:3 /ServiceResponse/bogus'],
    ],
    [
      'newline inside the tag',
      '<ServiceResponse>\n<responseCode>SUCCESS</responseCode><bogus\n a="1"/></ServiceResponse>',
      ['UndeclaredElement@2:37 /ServiceResponse/bogus'],
    ],
    [
      'CRLF line ends',
      '<ServiceResponse>\r\n  <responseCode>SUCCESS</responseCode>\r\n  <bogus/>\r\n</ServiceResponse>',
      ['UndeclaredElement@3:3 /ServiceResponse/bogus'],
    ],
    [
      'after a comment',
      '<ServiceResponse><!-- é\n --><responseCode>NO</responseCode></ServiceResponse>',
      ['InvalidValue@2:5 /ServiceResponse/responseCode'],
    ],
    [
      'after multi-byte text',
      '<ServiceResponse><responseCode>SUCCESS</responseCode><count>é€😀</count></ServiceResponse>',
      ['InvalidValue@1:54 /ServiceResponse/count'],
    ],
    [
      'stray text',
      '<ServiceResponse>\n  <responseCode>SUCCESS</responseCode> oops\n</ServiceResponse>',
      ['UnexpectedText@2:39 /ServiceResponse'],
    ],
    [
      'missing element at the end tag',
      '<ServiceResponse>\n  <count>1</count>\n</ServiceResponse>',
      ['MissingElement@2:3 /ServiceResponse/count'],
    ],
    ['incomplete at the end tag', '<ServiceResponse>\n</ServiceResponse>', ['MissingElement@2:1 /ServiceResponse']],
    [
      'incomplete self-closing',
      '<ServiceResponse>\n  <responseCode>SUCCESS</responseCode><data><Finding/></data></ServiceResponse>',
      ['MissingElement@2:45 /ServiceResponse/data/Finding[1]'],
    ],
    [
      'positional index of the second record',
      '<ServiceResponse><responseCode>SUCCESS</responseCode><data>\n<Finding><id>1</id></Finding>\n<Finding><id>x</id></Finding></data></ServiceResponse>',
      [
        'MissingElement@2:20 /ServiceResponse/data/Finding[1]',
        'InvalidValue@3:10 /ServiceResponse/data/Finding[2]/id',
        'MissingElement@3:20 /ServiceResponse/data/Finding[2]',
      ],
    ],
  ])('%s', async (_name, xml, want) => {
    expect(await loc(xml)).toEqual(want);
  });
});
