/**
 * `checkReleaseNote`, the first half: every diff finding must be announced by the note. Pins,
 * rule by rule, what counts as announced (the name mentioned, the endpoint named by a block or a
 * sample request or mentioned by its path, a parameter of a new endpoint, a new type reached from
 * an announced type or element), the exact "unannounced change" issue, and the report's shape.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, endpoint, finding, schema, unannounced } from './check-note-builders.js';

describe('report shape', () => {
  it('an empty note and no findings: version 1, labels, counts 0, agree', () => {
    expect(check([''])).toStrictEqual({
      version: 1,
      note: 'n.txt',
      base: 'B',
      rev: 'R',
      agree: true,
      counts: { blocks: 0, claims: 0, findings: 0 },
      issues: [],
    });
  });

  it('ignored findings are neither counted nor reported; the others are', () => {
    const r = check(['nothing here'], [finding('element-added', 'alphaOne', { ignored: 'known' })]);
    expect(r.counts).toEqual({ blocks: 0, claims: 0, findings: 0 });
    expect(r.issues).toEqual([]);
    const r2 = check(
      ['nothing here'],
      [finding('element-added', 'alphaOne', { ignored: 'known' }), finding('element-added', 'betaTwo')],
    );
    expect(r2.counts).toEqual({ blocks: 0, claims: 0, findings: 1 });
    expect(r2.agree).toBe(false);
    expect(r2.issues).toStrictEqual([
      {
        kind: 'unannounced-change',
        severity: 'error',
        name: 'betaTwo',
        message: 'unannounced change: element-added betaTwo changed',
      },
    ]);
  });

  it('the message lists the endpoints of the finding in brackets', () => {
    const r = check([''], [finding('element-added', 'gamma', { endpoints: ['a.get', 'b.list'], message: 'M' })]);
    expect(r.issues).toStrictEqual([
      {
        kind: 'unannounced-change',
        severity: 'error',
        name: 'gamma',
        message: 'unannounced change: element-added M [a.get, b.list]',
      },
    ]);
  });
});

describe('names: mentioned through case, underscores and line breaks', () => {
  it('a mentioned name is announced; an unmentioned one is not', () => {
    const f = [finding('element-added', 'hostSummary_categories'), finding('element-added', 'otherThing')];
    expect(check(['We now return host summary', 'CATEGORIES.'], f).issues).toEqual([
      unannounced('element-added', 'otherThing'),
    ]);
  });

  it('an empty name (nothing left to match) is never announced', () => {
    expect(check(['anything'], [finding('enum-value-added', '--')]).issues).toEqual([
      unannounced('enum-value-added', '--'),
    ]);
  });
});

describe('parameter rules of new endpoints', () => {
  const eps = [endpoint('new.get', '/new/thing'), endpoint('old.get', '/old/thing')];
  const added = finding('endpoint-added', 'NEW', { endpoints: ['new.get'] });
  // the note names the new endpoint, so only the parameter findings are in question
  const note = ['API affected /new/thing'];
  const run = (f: ReturnType<typeof finding>) => check(note, [added, f], { rev: doc(eps) }).issues;

  it.each(['param-added', 'required-param-added', 'facet-pattern-changed'])(
    '%s of a new endpoint is announced by the endpoint, unmentioned',
    (rule) => {
      expect(run(finding(rule, 'zzParam', { endpoints: ['new.get'] }))).toEqual([]);
    },
  );

  it.each(['xparam-added', 'required-x-added', 'param', 'required-facet-x', 'xfacet-added', 'optional-param-added'])(
    '%s is not a parameter rule: the name must be mentioned',
    (rule) => {
      expect(run(finding(rule, 'zzParam', { endpoints: ['new.get'] }))).toEqual([
        unannounced(rule, 'zzParam', ['new.get']),
      ]);
    },
  );

  it('a parameter finding of a schema, or of an endpoint that is not new, needs its name', () => {
    expect(run(finding('param-added', 'zzParam', { endpoints: ['new.get'], schema: 's.xsd' }))).toEqual([
      unannounced('param-added', 'zzParam', ['new.get']),
    ]);
    expect(run(finding('param-added', 'zzParam', { endpoints: ['new.get', 'old.get'] }))).toEqual([
      unannounced('param-added', 'zzParam', ['new.get', 'old.get']),
    ]);
    expect(run(finding('param-added', 'zzParam', { endpoints: ['old.get'] }))).toEqual([
      unannounced('param-added', 'zzParam', ['old.get']),
    ]);
  });

  it('a parameter finding with no endpoints counts as announced (every of none)', () => {
    expect(check([''], [finding('param-removed', 'zzParam')]).issues).toEqual([]);
  });
});

describe('endpoint rules: the endpoint must be named, the finding name does not count', () => {
  const RULES = ['endpoint-added', 'endpoint-removed', 'path-changed', 'method-changed', 'response-schema-changed'];
  const eps = [
    endpoint('thing.get', '/api/thing/{id}/detail', { aliases: ['/legacy/thing-view'] }),
    endpoint('other.get', '/api/other'),
  ];
  const run = (lines: string[], rule: string, ids = ['thing.get']) =>
    check(lines, [finding(rule, 'qqName', { endpoints: ids })], { base: doc(eps) }).issues;

  it.each(RULES)('%s: named by an "API affected" block', (rule) => {
    expect(run(['API affected /api/thing/<id>/detail'], rule)).toEqual([]);
  });

  it.each(RULES)('%s: named by a sample request', (rule) => {
    expect(run(['curl -u "U:P" "https://qualysapi.qualys.com/api/thing/77/detail"'], rule)).toEqual([]);
  });

  it.each(RULES)('%s: its path mentioned in prose (placeholders left out)', (rule) => {
    expect(run(['The api thing detail call changed.'], rule)).toEqual([]);
  });

  it.each(RULES)('%s: an alias mentioned', (rule) => {
    expect(run(['see legacy/thing-view'], rule)).toEqual([]);
  });

  it.each(RULES)('%s: the finding name mentioned is not enough', (rule) => {
    expect(run(['qqName is new'], rule)).toEqual([unannounced(rule, 'qqName', ['thing.get'])]);
  });

  it.each(RULES)('%s: every endpoint must be named, not just one', (rule) => {
    expect(run(['API affected /api/thing/<id>/detail'], rule, ['other.get', 'thing.get'])).toEqual([
      unannounced(rule, 'qqName', ['other.get', 'thing.get']),
    ]);
  });

  it('an endpoint id no side declares is not announced (and does not throw)', () => {
    expect(run(['API affected /api/thing/<id>/detail'], 'endpoint-removed', ['gone.get'])).toEqual([
      unannounced('endpoint-removed', 'qqName', ['gone.get']),
    ]);
  });
});

describe('schema-added / schema-removed', () => {
  const eps = [endpoint('new.get', '/new/thing'), endpoint('old.get', '/old/thing')];
  const added = finding('endpoint-added', 'NEW', { endpoints: ['new.get'] });
  const run = (lines: string[], f: ReturnType<typeof finding>) =>
    check(['API affected /new/thing', ...lines], [added, f], { rev: doc(eps) }).issues;

  it.each(['schema-added', 'schema-removed'])('%s: announced when all its endpoints are new', (rule) => {
    expect(run([], finding(rule, 'x/s.xsd', { endpoints: ['new.get'] }))).toEqual([]);
  });

  it.each(['schema-added', 'schema-removed'])('%s: not when one endpoint is not new, unless mentioned', (rule) => {
    expect(run([], finding(rule, 'x/s.xsd', { endpoints: ['new.get', 'old.get'] }))).toEqual([
      unannounced(rule, 'x/s.xsd', ['new.get', 'old.get']),
    ]);
    expect(run(['see x/s.xsd'], finding(rule, 'x/s.xsd', { endpoints: ['old.get'] }))).toEqual([]);
  });

  it.each(['schema-added', 'schema-removed'])('%s: without endpoints only a mention announces it', (rule) => {
    expect(run([], finding(rule, 'x/s.xsd'))).toEqual([unannounced(rule, 'x/s.xsd')]);
    expect(run(['the X S.XSD schema'], finding(rule, 'x/s.xsd'))).toEqual([]);
  });
});

describe('new types reached from announced types and elements', () => {
  const S = 's.xsd';
  const ref = (name: string) => ({ kind: 'ref' as const, target: `${S}#${name}` });
  const obj = (...fields: { name: string; type: object }[]) =>
    ({ kind: 'object', fields, content: 'sequence' }) as never;
  const rev = doc(
    [],
    [
      schema(S, {
        Outer: obj(
          { name: 'viaList', type: { kind: 'list', item: ref('ListItem') } },
          { name: 'plain', type: ref('Direct') },
        ),
        Direct: obj({ name: 'deep', type: { kind: 'union', members: [ref('UnionMember'), { kind: 'any' }] } }),
        Lonely: { kind: 'primitive', builtin: 'string', facets: {} } as never,
      }),
      schema('t.xsd', { Outer: obj({ name: 'x', type: { kind: 'ref', target: 't.xsd#Foreign' } }) }),
    ],
  );
  const types = ['UnionMember', 'ListItem', 'Direct'].map((n) => finding('type-added', n, { schema: S }));

  it("an announced element of Outer announces Outer's new types, through list, ref and union, in any order", () => {
    const el = finding('element-added', 'brandNewChild', { schema: S, path: 'Outer/brandNewChild' });
    expect(check(['the new brandNewChild element'], [...types, el], { rev }).issues).toEqual([]);
    expect(check(['nothing'], [...types, el], { rev }).issues).toEqual([
      unannounced('type-added', 'UnionMember'),
      unannounced('type-added', 'ListItem'),
      unannounced('type-added', 'Direct'),
      unannounced('element-added', 'brandNewChild'),
    ]);
  });

  it('an announced attribute counts like an element', () => {
    const at = finding('attribute-added', 'brandNewAttr', { schema: S, path: 'Outer/@brandNewAttr' });
    expect(check(['brandNewAttr'], [...types, at], { rev }).issues).toEqual([]);
  });

  it('other rules about a mentioned name do not announce the types of their parent', () => {
    const el = finding('element-removed', 'brandNewChild', { schema: S, path: 'Outer/brandNewChild' });
    expect(check(['brandNewChild'], [...types, el], { rev }).issues).toEqual([
      unannounced('type-added', 'UnionMember'),
      unannounced('type-added', 'ListItem'),
      unannounced('type-added', 'Direct'),
    ]);
  });

  it('a mentioned new type announces the types only it uses, transitively', () => {
    const direct = finding('type-added', 'Direct', { schema: S });
    const member = finding('type-added', 'UnionMember', { schema: S });
    expect(check(['Direct'], [member, direct], { rev }).issues).toEqual([]);
    expect(check(['UnionMember'], [member, direct], { rev }).issues).toEqual([unannounced('type-added', 'Direct')]);
  });

  it('a chain found in later passes: each pass announces one more link', () => {
    const outer = finding('type-added', 'Outer', { schema: S });
    const chain = [
      finding('type-added', 'UnionMember', { schema: S }),
      finding('type-added', 'Direct', { schema: S }),
      outer,
    ];
    expect(check(['Outer'], chain, { rev }).issues).toEqual([]);
  });

  it('the same type name in another schema is a different type', () => {
    const el = finding('element-added', 'brandNewChild', { schema: 't.xsd', path: 'Outer/brandNewChild' });
    const foreign = finding('type-added', 'Foreign', { schema: 't.xsd' });
    const other = finding('type-added', 'Direct', { schema: 't.xsd' });
    expect(check(['brandNewChild'], [foreign, other, el], { rev }).issues).toEqual([
      unannounced('type-added', 'Direct'),
    ]);
  });

  it('only type-added findings are covered by the reach of an announcement', () => {
    const el = finding('element-added', 'brandNewChild', { schema: S, path: 'Outer/brandNewChild' });
    const sameName = finding('element-removed', 'Direct', { schema: S, path: 'Other/Direct' });
    expect(
      check(['brandNewChild'], [finding('type-added', 'Direct', { schema: S }), el, sameName], { rev }).issues,
    ).toEqual([unannounced('element-removed', 'Direct')]);
  });

  it('a new type without a schema is never reached (even from a schema whose id is "undefined")', () => {
    const odd = doc(
      [],
      [schema('undefined', { Outer: obj({ name: 'x', type: { kind: 'ref', target: 'undefined#Inner' } }) })],
    );
    const el = finding('element-added', 'brandNewChild', { path: 'Outer/brandNewChild' });
    const inner = finding('type-added', 'Inner');
    expect(check(['brandNewChild'], [inner, el], { rev: odd }).issues).toEqual([unannounced('type-added', 'Inner')]);
  });

  it('a type with several users is announced when any one of them is', () => {
    const shared = doc(
      [],
      [
        schema(S, {
          Outer: obj({ name: 'a', type: ref('Shared') }),
          Quiet: obj({ name: 'b', type: ref('Shared') }),
        }),
      ],
    );
    const el = finding('element-added', 'brandNewChild', { schema: S, path: 'Outer/brandNewChild' });
    expect(
      check(['brandNewChild'], [finding('type-added', 'Shared', { schema: S }), el], { rev: shared }).issues,
    ).toEqual([]);
  });

  it('a mentioned finding of another rule named like a type does not announce what that type uses', () => {
    const likeType = finding('element-removed', 'Outer', { schema: S, path: 'Else/Outer' });
    expect(check(['Outer'], [finding('type-added', 'Direct', { schema: S }), likeType], { rev }).issues).toEqual([
      unannounced('type-added', 'Direct'),
    ]);
  });

  it('a type nothing uses needs its own mention', () => {
    const lonely = finding('type-added', 'Lonely', { schema: S });
    const outer = finding('type-added', 'Outer', { schema: S });
    expect(check(['Outer'], [lonely, outer], { rev }).issues).toEqual([unannounced('type-added', 'Lonely')]);
  });
});
