/**
 * A release note's contradictions with itself (generator/notes/note-contradictions.ts), pinned
 * exactly with whole contradiction lists and messages: an "API affected" path no sample requests
 * (which sample is shown: same page first, then most shared words, then the nearest line) and a
 * schema excerpt whose children the samples replace by others.
 */
import { describe, expect, it } from 'vitest';
import { findNoteBlocks } from '../../../generator/notes/note-blocks.js';
import { findContradictions, type NoteContradiction } from '../../../generator/notes/note-contradictions.js';
import { findNoteRequests } from '../../../generator/notes/note-requests.js';
import { readNoteText } from '../../../generator/notes/note-text.js';

const contradictions = (...lines: string[]): NoteContradiction[] => {
  const note = readNoteText(lines.join('\n'));
  return findContradictions(note, findNoteBlocks(note), findNoteRequests(note));
};

const pathContra = (says: string, line: number, method: string, shows: string, otherLine: number) => ({
  kind: 'path',
  says,
  shows,
  line,
  otherLine,
  message: `"API affected ${says}" (line ${line}) but the sample request requests ${method} ${shows} (line ${otherLine})`,
});

describe('"API affected" paths no sample requests', () => {
  it('names the path, the sample request shown instead and both lines', () => {
    expect(
      contradictions(
        'API affected /api/2.0/fo/report/?action=fetch',
        'New or Updated API Updated',
        'DTD or XSD changes No',
        'Sample:',
        'curl -u "u:p" -X POST "https://h/pcrs/1.0/posture/postureInfo"',
      ),
    ).toStrictEqual([pathContra('/api/2.0/fo/report/?action=fetch', 1, 'POST', '/pcrs/1.0/posture/postureInfo', 5)]);
  });

  it('a path some sample requests, anywhere in the note, is no contradiction', () => {
    expect(
      contradictions(
        'API affected /qps/rest/2.0/get/am/asset/<id>',
        'curl "https://h/qps/rest/2.0/search/am/asset"',
        ' Page two',
        'curl "https://h/qps/rest/2.0/get/am/asset/42"',
      ),
    ).toStrictEqual([]);
  });

  it('without any sample request there is nothing to compare', () => {
    expect(contradictions('API affected /a/b', 'New or Updated API Updated')).toStrictEqual([]);
  });

  it("a sample on the block's page is shown before a more similar one elsewhere", () => {
    expect(
      contradictions(
        'curl "https://h/pci/compliance/list"',
        ' Page two',
        'API affected /pci/compliance/summary',
        'curl "https://h/other/thing"',
      ),
    ).toStrictEqual([pathContra('/pci/compliance/summary', 3, 'GET', '/other/thing', 4)]);
  });

  it('with no sample on its page, the most similar sample anywhere', () => {
    expect(
      contradictions(
        'curl "https://h/other/thing"',
        'curl "https://h/pci/reporting/complianceSummary"',
        ' Page two',
        'API affected /pci/compliance/summary',
      ),
    ).toStrictEqual([pathContra('/pci/compliance/summary', 4, 'GET', '/pci/reporting/complianceSummary', 2)]);
  });

  it('more shared words beat a nearer line; among equals the nearest line wins', () => {
    expect(
      contradictions(
        'curl "https://h/rest/2.0/search/am/asset"',
        'text',
        'API affected rest/2.0/get/am/asset',
        'curl "https://h/x/y"',
      ),
    ).toStrictEqual([pathContra('rest/2.0/get/am/asset', 3, 'GET', '/rest/2.0/search/am/asset', 1)]);
    expect(
      contradictions('curl "https://h/x/far"', 'text', 'text', 'API affected /a/b', 'curl "https://h/x/near"'),
    ).toStrictEqual([pathContra('/a/b', 4, 'GET', '/x/near', 5)]);
    expect(
      contradictions('curl "https://h/x/near"', 'API affected /a/b', 'text', 'curl "https://h/x/far"'),
    ).toStrictEqual([pathContra('/a/b', 2, 'GET', '/x/near', 1)]);
  });

  it('among equals at the same distance, the first sample', () => {
    expect(contradictions('curl "https://h/x/first"', 'API affected /a/b', 'curl "https://h/x/second"')).toStrictEqual([
      pathContra('/a/b', 2, 'GET', '/x/first', 1),
    ]);
  });

  it('one contradiction per path, blocks in order; the sample is shown without host and query', () => {
    expect(
      contradictions(
        'API affected /a/b',
        '/c/d',
        'curl -d "x" "https://h/api/2.0/fo/x/?action=list"',
        '',
        '',
        '',
        '',
        'API affected /e/f',
      ),
    ).toStrictEqual([
      pathContra('/a/b', 1, 'POST', '/api/2.0/fo/x', 3),
      pathContra('/c/d', 1, 'POST', '/api/2.0/fo/x', 3),
      pathContra('/e/f', 8, 'POST', '/api/2.0/fo/x', 3),
    ]);
  });
});

describe('schema excerpts the samples contradict', () => {
  const element = (
    source: string,
    name: string,
    missing: string[],
    extra: string[],
    line: number,
    otherLine: number,
  ) => {
    const says = missing.map((c) => `${name}/${c}`).join(', ');
    const shows = extra.map((c) => `${name}/${c}`).join(', ');
    return {
      kind: 'element',
      says,
      shows,
      line,
      otherLine,
      message: `the ${source} excerpt (line ${line}) declares ${says} but the samples (line ${otherLine}) show ${shows}`,
    };
  };

  it('an XSD type whose declared children the samples replace by others', () => {
    expect(
      contradictions(
        'text',
        '<xs:complexType name="WebAppFindingHistory">',
        '<xs:element name="scan"/>',
        '<xs:element name="id"/>',
        '<xs:element name="when"/>',
        '</xs:complexType>',
        '<WebAppFindingHistory>',
        '<id>1</id><scanData>x</scanData><other/>',
        '</WebAppFindingHistory>',
      ),
    ).toStrictEqual([element('XSD', 'WebAppFindingHistory', ['scan', 'when'], ['scanData', 'other'], 2, 8)]);
  });

  it('a DTD declaration, after the path contradictions', () => {
    expect(
      contradictions(
        'curl "https://h/x/y"',
        'API affected /a/b',
        '<!ELEMENT LIST (ITEM, COUNT?)>',
        '<LIST><ENTRY/><COUNT>1</COUNT></LIST>',
      ),
    ).toStrictEqual([pathContra('/a/b', 2, 'GET', '/x/y', 1), element('DTD', 'LIST', ['ITEM'], ['ENTRY'], 3, 4)]);
  });

  it('no contradiction when the samples only add, only leave out, or never show the type', () => {
    expect(
      contradictions(
        '<!ELEMENT A (a, b)>',
        '<A><a/><b/><c/></A>',
        '<!ELEMENT B (a, b)>',
        '<B><a/></B>',
        '<!ELEMENT C (c)>',
      ),
    ).toStrictEqual([]);
    expect(contradictions('<!ELEMENT E (#PCDATA)>', '<E><x/></E>')).toStrictEqual([]);
  });
});
