/**
 * The schema header comment scanner: comments before the root win; otherwise the comments that
 * open xs:schema; never comments after the first declaration.
 * @see generator/parse/xsd/read-header-comment.ts
 */
import { describe, expect, it } from 'vitest';
import { readHeaderComment } from '../../../../generator/parse/xsd/read-header-comment.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

describe('readHeaderComment', () => {
  const cases: [string, { given: string; want: string | undefined }][] = [
    ['none', { given: `<xs:schema ${XS}><xs:element name="a"/></xs:schema>`, want: undefined }],
    [
      'before the root, after the XML declaration, several joined',
      {
        given: `<?xml version="1.0"?>\n<!-- one -->\n<!--\n  two\n  lines\n-->\n<xs:schema ${XS}><!-- inner --></xs:schema>`,
        want: 'one\n\ntwo\nlines',
      },
    ],
    [
      'inside xs:schema when nothing precedes the root; a ">" inside an attribute value is skipped',
      {
        given: `<xs:schema ${XS} id="a>b">\n  <!-- REQUEST -->\n  <xs:element name="a"/><!-- later --></xs:schema>`,
        want: 'REQUEST',
      },
    ],
    ['self-closing root', { given: `<xs:schema ${XS}/>`, want: undefined }],
    ['byte order mark', { given: `\uFEFF<!-- bom -->\n<xs:schema ${XS}/>`, want: 'bom' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(readHeaderComment(given)).toBe(want);
  });
});
