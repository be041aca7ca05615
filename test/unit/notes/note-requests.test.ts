/**
 * Sample requests of a release note (generator/notes/note-requests.ts), pinned exactly: the curl
 * line, how the command is re-joined across PDF line breaks (inside quotes without a space, at
 * most 8 lines, up to a blank line or the URL's closing quote), the method (`-X`, `--request`,
 * POST for `-d`/`--data*`, else GET), the URL (quoted, curly-quoted, `<qualys_base_url>`,
 * `<platform ...>`, or bare) and the FO `action`.
 */
import { describe, expect, it } from 'vitest';
import { parseNotePath } from '../../../generator/notes/note-paths.js';
import { findNoteRequests, type NoteRequest } from '../../../generator/notes/note-requests.js';
import { readNoteText } from '../../../generator/notes/note-text.js';

const requests = (...lines: string[]): NoteRequest[] => findNoteRequests(readNoteText(lines.join('\n')));
const req = (line: number, method: string, url: string, extra: { page?: number; action?: string } = {}) => {
  const path = parseNotePath(url);
  return {
    line,
    page: extra.page ?? 0,
    method,
    path: extra.action ? { ...path, action: extra.action } : path,
  };
};

describe('curl lines', () => {
  it('a curl command with its line and page, its method and URL path', () => {
    expect(
      requests(
        'intro',
        ' Page two',
        'curl -u "USER:PASS" -X POST "https://qualysapi.qualys.com/api/2.0/fo/scan/" -d "action=launch&x=1"',
      ),
    ).toStrictEqual([req(3, 'POST', 'https://qualysapi.qualys.com/api/2.0/fo/scan/', { page: 1, action: 'launch' })]);
  });

  it('"curl" must be a whole word; text before it is dropped', () => {
    expect(requests('curling "https://h/a"', 'xcurl "https://h/b"', 'see: curl "https://h/c"')).toStrictEqual([
      req(3, 'GET', 'https://h/c'),
    ]);
  });

  it('a command without a URL is no request', () => {
    expect(requests('curl -u "u:p" -X GET', 'more text')).toStrictEqual([]);
    expect(requests("curl '/api/2.0/fo/scan/'")).toStrictEqual([]);
  });
});

describe('the method', () => {
  it.each([
    ['curl -X PUT "https://h/a"', 'PUT'],
    ['curl -X  "DELETE" "https://h/a"', 'DELETE'],
    ['curl --request \'PATCH\' "https://h/a"', 'PATCH'],
    ['curl --request post "https://h/a"', 'GET'],
    ['curl -d "x=1" "https://h/a"', 'POST'],
    ['curl "https://h/a" --data-urlencode "x=1"', 'POST'],
    ['curl "https://h/a" --data @file', 'POST'],
    ['curl "https://h/a" -dx', 'GET'],
    ['curl "https://h/a" -data x', 'GET'],
    ['curl "https://h/a" -d', 'GET'],
    ['curl -X GET -d "x" "https://h/a"', 'GET'],
    ['curl "https://h/a"', 'GET'],
  ])('%s → %s', (line, method) => {
    expect(requests(line).map((r) => r.method)).toEqual([method]);
  });
});

describe('the URL', () => {
  it('the first quoted span that is a URL, blanks inside removed', () => {
    expect(requests('curl -H "X-Requested-With: curl" "https://h/api/ 2.0/fo/ x/"')).toStrictEqual([
      req(1, 'GET', 'https://h/api/2.0/fo/x/'),
    ]);
  });

  it('single, double and curly quotes', () => {
    expect(requests("curl 'https://h/a'", 'curl “https://h/b”', 'curl "https://h/c”')).toStrictEqual([
      req(1, 'GET', 'https://h/a'),
      req(2, 'GET', 'https://h/b'),
      req(3, 'GET', 'https://h/c'),
    ]);
  });

  it('a base-URL placeholder, with the slash it may lack added (blanks go like everywhere in a quoted URL)', () => {
    expect(
      requests(
        'curl "<qualys_base_url>/pci/a/<id>"',
        'curl "<QUALYS_BASE_URL>pci/b"',
        'curl "<platform API server>/pci/c"',
      ),
    ).toStrictEqual([
      req(1, 'GET', '<qualys_base_url>/pci/a/<id>'),
      req(2, 'GET', '<qualys_base_url>/pci/b'),
      req(3, 'GET', '<platformAPIserver>/pci/c'),
    ]);
  });

  it('a bare URL when no quoted span is one', () => {
    expect(requests('curl -u u:p https://h/api/2.0/fo/x/?action=list -X POST')).toStrictEqual([
      req(1, 'POST', 'https://h/api/2.0/fo/x/?action=list'),
    ]);
    expect(requests('curl "http://h/a" https://h/b')).toStrictEqual([req(1, 'GET', 'http://h/a')]);
  });

  it("the URL's own action comes first; else one named anywhere in the command", () => {
    expect(requests('curl "https://h/fo/x/?action=list" -d "action=fetch"')).toStrictEqual([
      req(1, 'POST', 'https://h/fo/x/?action=list'),
    ]);
    expect(requests('curl -d "action=fetch" "https://h/fo/x/?action=list"')).toStrictEqual([
      req(1, 'POST', 'https://h/fo/x/?action=list'),
    ]);
    expect(requests('curl "https://h/fo/x/" -d "echo=1&action=fetch_9"')).toStrictEqual([
      req(1, 'POST', 'https://h/fo/x/', { action: 'fetch' }),
    ]);
    expect(requests('curl "https://h/fo/x/" -d "action=1"')).toStrictEqual([req(1, 'POST', 'https://h/fo/x/')]);
  });
});

describe('joining the command across lines', () => {
  it('a URL broken inside its quotes is glued without a space', () => {
    expect(requests('curl -u "u:p" "https://h/qps/rest/3.0/get/was/th', '  ing/123"')).toStrictEqual([
      req(1, 'GET', 'https://h/qps/rest/3.0/get/was/thing/123'),
    ]);
  });

  it('outside quotes the lines are joined with a space', () => {
    expect(requests('curl -u "u:p" -X', 'PUT', '"https://h/a"')).toStrictEqual([req(1, 'PUT', 'https://h/a')]);
  });

  it('a blank line outside quotes ends the command; inside quotes it does not', () => {
    expect(requests('curl -u "u:p"', '', '"https://h/a"')).toStrictEqual([]);
    expect(requests('curl -u "u:p', '', 'x" "https://h/a"')).toStrictEqual([req(1, 'GET', 'https://h/a')]);
  });

  it("the line with the URL's closing quote ends the command, unless it is the curl line", () => {
    expect(requests('curl -u "u:p"', '"https://h/a"', '-X POST')).toStrictEqual([req(1, 'GET', 'https://h/a')]);
    expect(requests('curl -u "u:p"', "'https://h/a'  ", '-X POST')).toStrictEqual([req(1, 'GET', 'https://h/a')]);
    expect(requests('curl -u "u:p"', '"<qualys_base_url>/a"', '-X POST')).toStrictEqual([
      req(1, 'GET', '<qualys_base_url>/a'),
    ]);
    expect(requests('curl "https://h/a"', '-X DELETE')).toStrictEqual([req(1, 'DELETE', 'https://h/a')]);
    expect(requests('curl -u "u:p"', '-H "x"', '-X PUT "https://h/a"')).toStrictEqual([req(1, 'PUT', 'https://h/a')]);
  });

  it('a closing quote before any URL does not end the command', () => {
    expect(requests('curl -u', '"u:p"', '-X PATCH "https://h/a"')).toStrictEqual([req(1, 'PATCH', 'https://h/a')]);
  });

  it('a right curly quote opens a double-quoted span and closes one; a left one is plain text', () => {
    // the URL is not in a span (” opens none there): the bare URL shows the break was glued
    expect(requests('curl ”https://h/qps/a', 'b" -X PUT')).toStrictEqual([req(1, 'PUT', 'https://h/qps/ab"')]);
    expect(requests('curl "https://h/qps/a', 'b”', '', '-X PUT')).toStrictEqual([req(1, 'GET', 'https://h/qps/ab')]);
    expect(requests('curl “https://h/qps/a', '', '-X PUT')).toStrictEqual([req(1, 'GET', 'https://h/qps/a')]);
  });

  it('a quote closes only the kind of quote that opened', () => {
    expect(requests("curl 'https://h/a", 'b"', '', '-X PUT')).toStrictEqual([req(1, 'PUT', 'https://h/ab')]);
    expect(requests('curl "https://h/a', "b'", '', '-X PUT')).toStrictEqual([req(1, 'PUT', 'https://h/ab')]);
  });

  it('takes at most 8 lines', () => {
    const dashes = Array.from({ length: 6 }, () => '-H x');
    expect(requests('curl', ...dashes, '"https://h/a"')).toStrictEqual([req(1, 'GET', 'https://h/a')]);
    expect(requests('curl', ...dashes, '-H y', '"https://h/a"')).toStrictEqual([]);
  });

  it('each curl line starts its own command', () => {
    expect(requests('curl "https://h/a"', 'curl -X POST "https://h/b"')).toStrictEqual([
      req(1, 'POST', 'https://h/a'),
      req(2, 'POST', 'https://h/b'),
    ]);
  });
});

describe('request edges', () => {
  it('only text from "curl" on counts: a -X before it is not the method', () => {
    expect(requests('Use -X PUT with curl "https://h/a"')).toStrictEqual([req(1, 'GET', 'https://h/a')]);
  });

  it('a quoted span is a URL only when it starts like one; else the first bare URL', () => {
    expect(requests('curl "x https://h/a" -u u:p')).toStrictEqual([req(1, 'GET', 'https://h/a"')]);
    expect(requests('curl http://h/a')).toStrictEqual([req(1, 'GET', 'http://h/a')]);
  });

  it('an action name keeps its capitals', () => {
    expect(requests('curl "https://h/fo/x/" -d "action=listAll"')).toStrictEqual([
      req(1, 'POST', 'https://h/fo/x/', { action: 'listAll' }),
    ]);
  });

  it('a line of blanks is a blank line', () => {
    expect(requests('curl -u "u:p"', '   ', '"https://h/a"')).toStrictEqual([]);
  });

  it('a right curly quote opens a double-quoted part that a plain double quote closes', () => {
    expect(requests('curl ”https://h/qps/a', 'b"', '', '-X PUT')).toStrictEqual([req(1, 'GET', 'https://h/qps/ab"')]);
  });

  it('the command ends at a line ending in a quote, not at a quote inside a line; http counts too', () => {
    expect(requests('curl -u "u:p" "https://h/a', 'b" -d y', '-X PUT')).toStrictEqual([req(1, 'PUT', 'https://h/ab')]);
    expect(requests('curl -u "u:p"', '"http://h/a"', '-X POST')).toStrictEqual([req(1, 'GET', 'http://h/a')]);
  });
});

describe('quote kinds and line ends while joining', () => {
  it('a single quote opens a span a right curly quote does not close: a blank line inside it is kept', () => {
    expect(requests("curl -u 'u”p", '', "x' 'https://h/a'")).toStrictEqual([req(1, 'GET', "https://h/a'")]);
    expect(requests("curl -u 'u:p", '', "x' 'https://h/a'")).toStrictEqual([req(1, 'GET', 'https://h/a')]);
  });

  it('a quote inside a joined line does not end the command; only a quote at its end does', () => {
    expect(requests('curl -u "u:p" "https://h/a"', '-H"x"y', '-X PUT')).toStrictEqual([req(1, 'PUT', 'https://h/a')]);
  });

  it("a backslash inside the line with the URL's closing quote does not keep the command open", () => {
    expect(requests('curl -u "u:p"', '"https://h/a\\b"', '-X PUT')).toStrictEqual([req(1, 'GET', 'https://h/a\\b')]);
  });

  it('the base-URL slash is added only at the start of the URL', () => {
    expect(requests('curl "https://h/a<qualys_base_url>b"')).toStrictEqual([
      req(1, 'GET', 'https://h/a<qualys_base_url>b'),
    ]);
  });
});
