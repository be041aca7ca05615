/**
 * `checkReleaseNote`, the "API affected" blocks: every path must name a spec endpoint (of either
 * side or of the spec folder of single schema files), a path the note's own sample contradicts is
 * resolved through the sample (a warning), and "DTD or XSD changes Yes/No" must agree with the
 * XSD/DTD findings of the block's endpoints (or, for single schema files, of the schema files
 * those endpoints use). Exact issues, their order, and the verdict.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, endpoint, finding } from './check-note-builders.js';

const unknown = (path: string, line: number) => ({
  kind: 'unknown-endpoint',
  severity: 'error',
  name: path,
  line,
  message: `"API affected ${path}" (line ${line}) matches no spec endpoint path or alias`,
});
const yesMismatch = (names: string, line = 1) => ({
  kind: 'schema-flag-mismatch',
  severity: 'error',
  name: names,
  line,
  message: `"DTD or XSD changes Yes" (line ${line}) but the diff has no XSD or DTD change for ${names}`,
});

describe('"API affected" paths', () => {
  it('a path no endpoint has is an error', () => {
    const r = check(['API affected /nowhere/x']);
    expect(r).toMatchObject({ agree: false, counts: { blocks: 1, claims: 0, findings: 0 } });
    expect(r.issues).toStrictEqual([
      {
        kind: 'unknown-endpoint',
        severity: 'error',
        name: '/nowhere/x',
        line: 1,
        message: '"API affected /nowhere/x" (line 1) matches no spec endpoint path or alias',
      },
    ]);
  });

  it("endpoints of REV win over BASE endpoints of the same id; the spec folder's count too", () => {
    const o = {
      base: doc([endpoint('a', '/old/p'), endpoint('b', '/base/only')]),
      rev: doc([endpoint('a', '/new/p')]),
      lookup: { compared: [], endpoints: [endpoint('c', '/via/lookup')] },
    };
    const r = check(['API affected /old/p', '/new/p', '/base/only', '/via/lookup'], [], o);
    expect(r.issues).toEqual([unknown('/old/p', 1)]);
  });

  it('single schema files without a spec folder: paths are not checked (warnings), the note agrees', () => {
    const lookup = { compared: ['s.xsd'], missing: 'specs/' };
    const r = check(['API affected /nowhere/x', 'DTD or XSD changes Yes'], [], {
      lookup,
      rev: doc([endpoint('k', '/known')]),
    });
    expect(r.agree).toBe(true);
    expect(r.issues).toStrictEqual([
      {
        kind: 'unknown-endpoint',
        severity: 'warning',
        name: '/nowhere/x',
        line: 1,
        message:
          '"API affected /nowhere/x" (line 1) not checked: single schema files were compared and there is no spec folder specs/ to look endpoints up in (pass --specs DIR)',
      },
    ]);
    // a path that does resolve is checked as usual (here: "Yes" and no change)
    expect(
      check(['API affected /known', 'DTD or XSD changes No'], [], { lookup, rev: doc([endpoint('k', '/known')]) })
        .issues,
    ).toEqual([]);
  });
});

describe("a path contradicted by the note's sample request", () => {
  const note = [
    'API affected /pci/compliance/summary',
    'DTD or XSD changes No',
    'curl -u "U:P" "https://qualysapi.qualys.com/pci/reporting/complianceSummary"',
  ];
  const contradiction = {
    kind: 'contradiction',
    severity: 'warning',
    name: '/pci/compliance/summary',
    line: 1,
    message:
      'contradiction: "API affected /pci/compliance/summary" (line 1) but the sample request requests GET /pci/reporting/complianceSummary (line 3)',
  };
  const eps = [endpoint('cs', '/pci/reporting/complianceSummary')];

  it('resolves through the sample: a warning naming the endpoint, then the contradiction', () => {
    const r = check(note, [], { rev: doc(eps) });
    expect(r.agree).toBe(true);
    expect(r.issues).toStrictEqual([
      {
        kind: 'unknown-endpoint',
        severity: 'warning',
        name: '/pci/compliance/summary',
        line: 1,
        message:
          '"API affected /pci/compliance/summary" (line 1) matches no spec endpoint path or alias; its sample request /pci/reporting/complianceSummary is cs (add the spelling as an alias)',
      },
      contradiction,
    ]);
  });

  it('the endpoint found through the sample is checked against "DTD or XSD changes"', () => {
    const f = [
      finding('element-added', 'newSummaryField', {
        format: 'xsd',
        schema: 'pci.xsd',
        endpoints: ['cs'],
        path: 'S/newSummaryField',
      }),
    ];
    const r = check([...note, 'newSummaryField'], f, { rev: doc(eps) });
    expect(r.issues.map((i) => [i.kind, i.severity])).toEqual([
      ['unknown-endpoint', 'warning'],
      ['schema-flag-mismatch', 'error'],
      ['contradiction', 'warning'],
    ]);
    expect(r.issues[1]!.message).toBe(
      '"DTD or XSD changes No" (line 1) but the diff changes pci.xsd for cs: element-added S/newSummaryField',
    );
  });

  it('a sample matching several endpoints names them all', () => {
    const two = [
      endpoint('cs.get', '/pci/reporting/complianceSummary'),
      endpoint('cs.post', '/pci/reporting/complianceSummary', { method: 'POST' }),
    ];
    expect(check(note, [], { rev: doc(two) }).issues[0]!.message).toBe(
      '"API affected /pci/compliance/summary" (line 1) matches no spec endpoint path or alias; its sample request /pci/reporting/complianceSummary is cs.get, cs.post (add the spelling as an alias)',
    );
  });

  it('a sample that resolves nowhere either: an error, and still the contradiction', () => {
    expect(check(note).issues).toStrictEqual([unknown('/pci/compliance/summary', 1), contradiction]);
  });

  it('each block uses the contradiction of its own line and path', () => {
    const two = [
      'API affected /wrong/one',
      '/wrong/two',
      'curl "https://h.example/x/two/real"',
      'curl "https://h.example/x/one/real"',
      '',
      '',
      '',
      '',
      '',
      ' Page two',
      'API affected /wrong/one',
      'curl "https://h.example/y/one/real"',
    ];
    const e = [endpoint('o', '/x/one/real'), endpoint('t', '/x/two/real'), endpoint('y', '/y/one/real')];
    const r = check(two, [], { rev: doc(e) });
    expect(
      r.issues.filter((i) => i.kind === 'unknown-endpoint').map((i) => [i.line, i.message.split('; ')[1]]),
    ).toEqual([
      [1, 'its sample request /x/one/real is o (add the spelling as an alias)'],
      [1, 'its sample request /x/two/real is t (add the spelling as an alias)'],
      [11, 'its sample request /y/one/real is y (add the spelling as an alias)'],
    ]);
  });
});

describe('"DTD or XSD changes"', () => {
  const eps = [endpoint('b.get', '/b/x'), endpoint('a.get', '/a/x'), endpoint('c.get', '/c/x')];
  const block = (flag: string) => ['API affected /b/x', '/a/x', `DTD or XSD changes ${flag}`, 'zzElem'];
  const xml = (format: 'xsd' | 'dtd' | 'json-schema' | undefined, endpoints: string[], n = 1) =>
    Array.from({ length: n }, (_, i) =>
      finding(`rule${i}`, 'zzElem', { schema: 'm/s.xsd', path: `T/p${i}`, endpoints, ...(format ? { format } : {}) }),
    );
  const run = (flag: string, f: ReturnType<typeof finding>[]) => check(block(flag), f, { rev: doc(eps) }).issues;

  it('"Yes" without an XSD or DTD change of the block\'s endpoints: an error naming them, sorted', () => {
    expect(run('Yes', [])).toStrictEqual([yesMismatch('a.get, b.get', 1)]);
    expect(run('Yes', xml('json-schema', ['a.get']))).toEqual([yesMismatch('a.get, b.get', 1)]);
    expect(run('Yes', xml(undefined, ['a.get']))).toEqual([yesMismatch('a.get, b.get', 1)]);
    expect(run('Yes', xml('xsd', ['c.get']))).toEqual([yesMismatch('a.get, b.get', 1)]);
  });

  it('"Yes" with an XSD or a DTD change of one of them: agree', () => {
    expect(run('Yes', xml('xsd', ['b.get']))).toEqual([]);
    expect(run('Yes', xml('dtd', ['c.get', 'a.get']))).toEqual([]);
  });

  it('"No" with XSD changes: an error with the schema and the first three changes', () => {
    expect(run('No', xml('xsd', ['a.get'], 4))).toStrictEqual([
      {
        kind: 'schema-flag-mismatch',
        severity: 'error',
        name: 'a.get, b.get',
        line: 1,
        message:
          '"DTD or XSD changes No" (line 1) but the diff changes m/s.xsd for a.get, b.get: rule0 T/p0; rule1 T/p1; rule2 T/p2',
      },
    ]);
    expect(run('No', xml('dtd', ['b.get'])).map((i) => i.message)).toEqual([
      '"DTD or XSD changes No" (line 1) but the diff changes m/s.xsd for a.get, b.get: rule0 T/p0',
    ]);
  });

  it('"No" without XSD or DTD changes of the block: agree', () => {
    expect(run('No', [])).toEqual([]);
    expect(run('No', xml('json-schema', ['a.get']))).toEqual([]);
    expect(run('No', xml('xsd', ['c.get']))).toEqual([]);
  });

  it('"Not Applicable" and no flag at all are not checked', () => {
    expect(run('Not Applicable', xml('xsd', ['a.get']))).toEqual([]);
    expect(check(['API affected /b/x', 'zzElem'], xml('xsd', ['a.get']), { rev: doc(eps) }).issues).toEqual([]);
  });

  it('a block whose paths all fail to resolve is not checked against the flag', () => {
    expect(check(['API affected /none', 'DTD or XSD changes Yes']).issues).toEqual([unknown('/none', 1)]);
  });

  it('spec folders: a change counts by its endpoints, not by the file name of its schema', () => {
    const e = [endpoint('s.get', '/s', { responses: ['m/s.xsd'] })];
    const f = finding('element-added', 'zzElem', { format: 'xsd', schema: 'other/s.xsd' });
    expect(check(['API affected /s', 'DTD or XSD changes No', 'zzElem'], [f], { rev: doc(e) }).issues).toEqual([]);
  });
});

describe('"DTD or XSD changes" with single schema files (the spec folder gives the endpoints)', () => {
  const eps = [
    endpoint('f.get', '/was/finding', { responses: [undefined, 'was/schemas/finding.xsd'] }),
    endpoint('r.post', '/was/req', { request: 'was/schemas/req.xsd' }),
    endpoint('o.get', '/was/other', { responses: ['was/schemas/other.xsd'] }),
  ];
  // a change of a schema without endpoints and without a schema id belongs to no block
  const stray = finding('element-added', 'strayOne', { format: 'xsd' });
  const run = (path: string, flag: string, compared: string[], f: ReturnType<typeof finding>[]) =>
    check([`API affected ${path}`, `DTD or XSD changes ${flag}`, 'strayOne newOne'], [stray, ...f], {
      lookup: { compared, endpoints: eps },
    }).issues;
  const change = (file: string) => finding('element-added', 'newOne', { format: 'xsd', schema: file });

  it('a change of a compared file a response of the block uses', () => {
    expect(run('/was/finding', 'Yes', ['finding.xsd'], [change('finding.xsd')])).toEqual([]);
    expect(run('/was/finding', 'Yes', ['finding.xsd'], [])).toEqual([yesMismatch('f.get', 1)]);
    expect(run('/was/finding', 'No', ['finding.xsd'], [change('finding.xsd')]).map((i) => i.message)).toEqual([
      '"DTD or XSD changes No" (line 1) but the diff changes finding.xsd for f.get: element-added newOne',
    ]);
  });

  it('a change of the request schema', () => {
    expect(run('/was/req', 'Yes', ['req.xsd'], [change('req.xsd')])).toEqual([]);
    expect(run('/was/req', 'Yes', ['req.xsd'], [change('finding.xsd')])).toEqual([yesMismatch('r.post', 1)]);
  });

  it('one of the compared files used by the block is enough', () => {
    expect(run('/was/finding', 'Yes', ['other.xsd', 'finding.xsd'], [])).toEqual([yesMismatch('f.get', 1)]);
  });

  it('a block about schemas that were not compared is not checked', () => {
    expect(run('/was/finding', 'Yes', ['other.xsd'], [])).toEqual([]);
    expect(run('/was/other', 'Yes', ['other.xsd'], [])).toEqual([yesMismatch('o.get', 1)]);
  });
});

describe('order of the issues and the verdict', () => {
  it('unannounced, not found, per block (path, flag), then contradictions', () => {
    const note = [
      'We added a new element "brandNewElem".',
      'API affected /nowhere',
      'API affected /pci/b',
      'DTD or XSD changes Yes',
      'curl "https://h.example/pci/bb"',
    ];
    const r = check(note, [finding('element-removed', 'goneElem')], { rev: doc([endpoint('pb', '/pci/b')]) });
    expect(r.issues.map((i) => `${i.kind}/${i.severity}/${i.name}`)).toEqual([
      'unannounced-change/error/goneElem',
      'announced-not-found/error/brandNewElem',
      'unknown-endpoint/error//nowhere',
      'schema-flag-mismatch/error/pb',
      'contradiction/warning//nowhere',
      'contradiction/warning//pci/b',
    ]);
    expect(r.counts).toEqual({ blocks: 1, claims: 1, findings: 1 });
  });
});
