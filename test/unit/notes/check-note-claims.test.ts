/**
 * `checkReleaseNote`, the second half: every claim of the note must be in the diff. Pins what
 * satisfies each kind of claim (new element or field, table parameter, cut-off table parameter,
 * new enum value, new endpoint with or without a method), what does not (the input that just
 * misses), the exact "announced but not found" issue, and claims about schemas not compared.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, endpoint, finding } from './check-note-builders.js';

const notFound = (name: string, line: number, what: string) => ({
  kind: 'announced-not-found',
  severity: 'error',
  name,
  line,
  message: `announced but not found: ${what} (note line ${line}) is not in the diff`,
});

describe('new elements', () => {
  const note = ['Intro', 'We added two new elements: "history" and "ThingHistory."'];

  it('claims without findings: one issue each, with the note line', () => {
    const r = check(note);
    expect(r.counts).toEqual({ blocks: 0, claims: 2, findings: 0 });
    expect(r.agree).toBe(false);
    expect(r.issues).toStrictEqual([
      {
        kind: 'announced-not-found',
        severity: 'error',
        name: 'history',
        line: 2,
        message: 'announced but not found: element/field "history" (note line 2) is not in the diff',
      },
      {
        kind: 'announced-not-found',
        severity: 'error',
        name: 'ThingHistory',
        line: 2,
        message: 'announced but not found: element/field "ThingHistory" (note line 2) is not in the diff',
      },
    ]);
  });

  it('found by schema findings, ignoring case and (8+ characters) one typo', () => {
    const f = [
      finding('element-added', 'HISTORY', { schema: 's.xsd' }),
      finding('type-added', 'ThingHistor', { schema: 's.xsd' }),
    ];
    expect(check(note, f).issues).toEqual([]);
  });

  it('a short name with one typo is another name', () => {
    const f = [
      finding('element-added', 'histor', { schema: 's.xsd' }),
      finding('element-added', 'ThingHistory', { schema: 's.xsd' }),
    ];
    expect(check(note, f).issues).toEqual([notFound('history', 2, 'element/field "history"')]);
  });

  it('a finding of no schema that is not a parameter rule does not count', () => {
    const f = [finding('element-added', 'history'), finding('element-added', 'ThingHistory', { schema: 's.xsd' })];
    expect(check(note, f).issues).toEqual([notFound('history', 2, 'element/field "history"')]);
  });

  it('a parameter finding counts by the last segment of its path', () => {
    const ok = [
      finding('param-added', 'zz', { path: 'ep.get/history' }),
      finding('param-added', 'yy', { path: 'ThingHistory' }),
    ];
    expect(check(note, ok).issues).toEqual([]);
    const off = [
      finding('param-added', 'history', { path: 'history/other' }),
      finding('param-added', 'ThingHistory', { path: 'ep.get/ThingHistory', schema: 's.xsd' }),
    ];
    expect(check(note, off).issues).toEqual([notFound('history', 2, 'element/field "history"')]);
  });

  it('a parameter rule of a schema is matched by name only', () => {
    const f = [
      finding('param-added', 'zzz', { path: 'a/history', schema: 's.xsd' }),
      finding('facet-changed', 'qq', { path: 'b/ThingHistory' }),
    ];
    expect(check([...note, 'zzz'], f).issues).toEqual([notFound('history', 2, 'element/field "history"')]);
  });

  it('claims about names the spec folder declares elsewhere are not held against the diff', () => {
    const r = check(note, [], { lookup: { compared: ['x.xsd'], elsewhere: new Set(['history', 'thinghistory']) } });
    expect(r.issues).toEqual([notFound('ThingHistory', 2, 'element/field "ThingHistory"')]);
    expect(check(note, [], { lookup: { compared: ['x.xsd'] } }).issues).toEqual([
      notFound('history', 2, 'element/field "history"'),
      notFound('ThingHistory', 2, 'element/field "ThingHistory"'),
    ]);
  });
});

describe('parameters', () => {
  const note = [
    'We added a new input parameter "sendMailOption".',
    'Parameter Description',
    'show_more={0|1} (Optional) Show more.',
    'Include_hosts_ca (Optional) cut name',
    'API request:',
  ];
  const claims = {
    send: notFound('sendMailOption', 1, 'parameter "sendMailOption"'),
    show: notFound('show_more', 3, 'parameter "show_more"'),
    cut: notFound('Include_hosts_ca', 4, 'parameter "Include_hosts_ca"'),
  };

  it('none found', () => {
    const r = check(note);
    expect(r.counts.claims).toBe(3);
    expect(r.issues).toEqual([claims.send, claims.show, claims.cut]);
  });

  it('a parameter of a new endpoint satisfies the claim; of an endpoint that is not new, not', () => {
    const eps = [endpoint('new.get', '/new/x', { params: [{ name: 'SHOW_MORE' }, { name: 'sendmailoption' }] })];
    const added = finding('endpoint-added', 'x', { endpoints: ['new.get'] });
    expect(check(['new x', ...note], [added], { rev: doc(eps) }).issues).toEqual([
      { ...claims.cut, line: 5, message: claims.cut.message.replace('line 4', 'line 5') },
    ]);
    expect(check(['new x', ...note], [], { rev: doc(eps) }).issues.map((i) => i.name)).toEqual([
      'sendMailOption',
      'show_more',
      'Include_hosts_ca',
    ]);
  });

  it('a name cut by the table matches a finding that starts with it, ignoring case', () => {
    const f = [finding('param-added', 'INCLUDE_hosts_categories', { path: 'e/INCLUDE_hosts_categories' })];
    expect(check(note, f).issues).toEqual([claims.send, claims.show]);
    const endpointParam = [endpoint('n.get', '/n', { params: [{ name: 'include_HOSTS_categories' }] })];
    const added = finding('endpoint-added', 'n', { endpoints: ['n.get'] });
    expect(check(['n', ...note], [added], { rev: doc(endpointParam) }).issues.map((i) => i.name)).toEqual([
      'sendMailOption',
      'show_more',
    ]);
  });

  it('a whole name is not matched by a longer one', () => {
    const f = [
      finding('param-added', 'show_more_details', { path: 'e/show_more_details' }),
      finding('param-added', 'sendMailOptionX', { path: 'e/sendMailOptionXY' }),
      finding('param-added', 'Include_host', { path: 'e/Include_host' }),
    ];
    expect(check(note, f).issues).toEqual([claims.send, claims.show, claims.cut]);
  });
});

describe('new enum values', () => {
  const note = ['The API has 2 new possible values for the kind_filter input parameter: Alpha and beta_gamma.'];
  const alpha = notFound('Alpha', 1, 'value "Alpha" of parameter kind_filter');
  const beta = notFound('beta_gamma', 1, 'value "beta_gamma" of parameter kind_filter');

  it('none found', () => {
    expect(check(note).issues).toEqual([alpha, beta]);
  });

  it('found by param-enum-value-added and enum-value-added, ignoring case', () => {
    const f = [
      finding('param-enum-value-added', 'aLPHA'),
      finding('enum-value-added', 'BETA_GAMMA', { schema: 's.xsd' }),
    ];
    expect(check(note, f).issues).toEqual([]);
  });

  it('other rules, or other values, do not count', () => {
    const f = [finding('enum-value-removed', 'alpha'), finding('enum-value-added', 'beta_gamm')];
    expect(check(note, f).issues).toEqual([alpha, beta]);
  });
});

describe('new endpoints', () => {
  const note = [
    'New or Updated API New',
    'API Endpoint /pci/thing/list',
    'Method POST',
    '',
    '',
    '',
    '',
    '',
    '',
    'New or Updated API New',
    'API Endpoint /pci/other',
  ];
  const list = notFound('/pci/thing/list', 1, 'new endpoint POST /pci/thing/list');
  const other = notFound('/pci/other', 10, 'new endpoint /pci/other');
  const addedBoth = [
    finding('endpoint-added', 'L', { endpoints: ['list'] }),
    finding('endpoint-added', 'O', { endpoints: ['other'] }),
  ];

  it('found when the endpoint is new and (when the block says one) has the method', () => {
    const eps = [
      endpoint('list', '/pci/thing/list', { method: 'POST' }),
      endpoint('other', '/pci/other', { method: 'DELETE' }),
    ];
    const r = check(note, addedBoth, { rev: doc(eps) });
    expect(r.counts).toEqual({ blocks: 2, claims: 2, findings: 2 });
    expect(r.issues).toEqual([]);
  });

  it('a path of several endpoints: one new endpoint with the method is enough', () => {
    const eps = [
      endpoint('list', '/pci/thing/list', { method: 'POST' }),
      endpoint('list.get', '/pci/thing/list', { method: 'GET' }),
      endpoint('other', '/pci/other', { method: 'PUT' }),
      endpoint('other.old', '/pci/other', { method: 'GET' }),
    ];
    expect(check(note, addedBoth, { rev: doc(eps) }).issues).toEqual([]);
  });

  it('another method, or an endpoint that is not new, is not found', () => {
    const eps = [endpoint('list', '/pci/thing/list', { method: 'GET' }), endpoint('other', '/pci/other')];
    expect(check(note, addedBoth, { rev: doc(eps) }).issues).toEqual([list]);
    const eps2 = [endpoint('list', '/pci/thing/list', { method: 'POST' }), endpoint('other', '/pci/other')];
    expect(check(note, [addedBoth[0]!], { rev: doc(eps2) }).issues).toEqual([other]);
  });
});
