import { describe, expect, it } from 'vitest';
import { findNoteBlocks } from '../../../generator/notes/note-blocks.js';
import { findNoteClaims } from '../../../generator/notes/note-claims.js';
import { parseNotePath, samePath } from '../../../generator/notes/note-paths.js';
import { findNoteRequests } from '../../../generator/notes/note-requests.js';
import { readNoteText, sameName } from '../../../generator/notes/note-text.js';

describe('note paths', () => {
  it.each([
    ['/qps/rest/2.0/get/am/hostasset/<id>', 'https://qualysapi.qualys.com/qps/rest/2.0/get/am/hostasset/2797037', true],
    ['/qps/rest/2.0/get/am/hostasset/<id>', '/qps/rest/2.0/get/am/hostasset/{x}', true],
    ['/api/2.0/fo/asset/group', '/api/2.0/fo/asset/group/', true],
    ['/api/2.0/fo/schedule/scan/?action=list', '/api/2.0/fo/schedule/scan/?action=fetch', false],
    ['rest/2.0/search/am/asset', '/rest/2.0/search/am/asset', true],
    ['/pci/reporting/<reportId>/status', '<qualys_base_url>/pci/reporting/<report_id>/status', true],
  ])('%s vs %s → %s', (a, b, want) => {
    expect(samePath(parseNotePath(a), parseNotePath(b))).toBe(want);
  });

  it('keeps names across OCR typos only for long names', () => {
    expect(sameName('customAtttributes', 'customAttributes')).toBe(true);
    expect(sameName('DNS', 'DNZ')).toBe(false);
  });
});

describe('note blocks, requests and claims', () => {
  const text = [
    ' Feature: A new parameter',
    'API affected /qps/rest/3.0/get/was/thing/<id>',
    '/qps/rest/3.0/search/was/thing',
    '',
    'New or Updated APIs Updated',
    '',
    'DTD or XSD changes Yes',
    'We added two new elements: "history" and "ThingHistory."',
    'The API has 2 new possible values for the kind_filter input parameter: alpha and beta_gamma.',
    'Parameter Description',
    'show_more={0|1} (Optional) Show more.',
    'Values: 0, 1',
    'API request:',
    'curl -u "USERNAME:PASSWORD" "https://qualysapi.qualys.com/qps/rest/3.0/get/was/th',
    'ing/123"',
    '',
    'New or Updated API New',
    'API Endpoint /pci/thing/list',
    'Method GET',
    'DTD or XSD changes No',
  ].join('\n');
  const note = readNoteText(text);
  const blocks = findNoteBlocks(note);

  it('groups key lines into blocks, continuation paths included', () => {
    expect(blocks.map((b) => [b.paths.map((p) => p.raw), b.change, b.schemaChanges, b.method])).toEqual([
      [['/qps/rest/3.0/get/was/thing/<id>', '/qps/rest/3.0/search/was/thing'], 'updated', 'yes', undefined],
      [['/pci/thing/list'], 'new', 'no', 'GET'],
    ]);
  });

  it('re-joins a curl URL broken inside its quotes', () => {
    expect(findNoteRequests(note).map((r) => [r.method, `/${r.path.segments.join('/')}`])).toEqual([
      ['GET', '/qps/rest/3.0/get/was/thing/123'],
    ]);
  });

  it('extracts quoted new names, new values, table parameters and new endpoints', () => {
    expect(findNoteClaims(note, blocks).map((c) => `${c.kind}:${c.name}`)).toEqual([
      'element:history',
      'element:ThingHistory',
      'enum-value:alpha',
      'enum-value:beta_gamma',
      'param:show_more',
      'endpoint:/pci/thing/list',
    ]);
  });
});
