/**
 * API paths as release notes write them (generator/notes/note-paths.ts): normalisation (hosts,
 * base-URL placeholders, quotes and punctuation, slashes, placeholders, the FO `action=`),
 * matching against endpoint paths and aliases, and the shared-word similarity used to pick the
 * sample a wrong "API affected" line meant.
 */
import { describe, expect, it } from 'vitest';
import {
  endpointPaths,
  parseNotePath,
  pathSimilarity,
  resolveNotePath,
  samePath,
} from '../../../generator/notes/note-paths.js';
import { endpoint, param } from '../diff/ir-builders.js';

describe('parseNotePath', () => {
  it.each([
    ['/api/2.0/fo/asset/group/', ['api', '2.0', 'fo', 'asset', 'group'], undefined],
    [
      'https://qualysapi.qualys.com/qps/rest/2.0/get/am/hostasset/2797037',
      ['qps', 'rest', '2.0', 'get', 'am', 'hostasset', '2797037'],
      undefined,
    ],
    ['HTTP://host.example:8443/a/b', ['a', 'b'], undefined],
    ['<qualys_base_url>/pci/reporting/<report_id>/status', ['pci', 'reporting', '{}', 'status'], undefined],
    ['<platform API server>/a', ['a'], undefined],
    ['<Server URL>/a', ['a'], undefined],
    ['"/a/{reportId}/b",', ['a', '{}', 'b'], undefined],
    ["('/a/b');", ['a', 'b'], undefined],
    ['/api/2.0/fo/scan/?action=list&echo_request=1', ['api', '2.0', 'fo', 'scan'], 'list'],
    ['/api/2.0/fo/scan/?echo_request=1&action=launch', ['api', '2.0', 'fo', 'scan'], 'launch'],
    ['/api/2.0/fo/scan/?xaction=list', ['api', '2.0', 'fo', 'scan'], undefined],
    ['/api/2.0/fo/scan/?action=', ['api', '2.0', 'fo', 'scan'], undefined],
    ['  /a//b  ', ['a', 'b'], undefined],
    ['/a/<id/b', ['a', '<id', 'b'], undefined],
  ])('%s', (raw, segments, action) => {
    const p = parseNotePath(raw);
    expect(p.segments).toEqual(segments);
    expect(p.action).toBe(action);
    expect('action' in p).toBe(action !== undefined);
    expect(p.raw).toBe(raw);
  });

  it('keeps a base-URL-like placeholder that is not at the start, and an unnamed <x> only as a segment', () => {
    expect(parseNotePath('/a/<server>/b').segments).toEqual(['a', '{}', 'b']);
    expect(parseNotePath('<id>/b').segments).toEqual(['{}', 'b']);
  });
});

describe('samePath', () => {
  const same = (a: string, b: string) => samePath(parseNotePath(a), parseNotePath(b));

  it('needs the same number of segments', () => {
    expect(same('/a/b', '/a/b/c')).toBe(false);
    expect(same('/a/b/c', '/a/b')).toBe(false);
  });

  it('compares segments ignoring case; a placeholder on either side matches any segment', () => {
    expect(same('/A/B', '/a/b')).toBe(true);
    expect(same('/a/b', '/a/c')).toBe(false);
    expect(same('/a/<id>', '/a/123')).toBe(true);
    expect(same('/a/123', '/a/<id>')).toBe(true);
    expect(same('/x/<id>', '/a/123')).toBe(false);
  });

  it('compares actions (ignoring case) only when both paths have one', () => {
    expect(same('/a/?action=list', '/a/?action=LIST')).toBe(true);
    expect(same('/a/?action=list', '/a/?action=fetch')).toBe(false);
    expect(same('/a/?action=list', '/a/')).toBe(true);
    expect(same('/a/', '/a/?action=list')).toBe(true);
  });
});

describe('endpointPaths and resolveNotePath', () => {
  const report = endpoint('report', {
    path: '/api/2.0/fo/report/{id}/',
    aliases: ['/api/2.0/fo/old_report/{id}/'],
    params: [param('action', { const: 'fetch' }), param('other', { const: 'x' })],
  });
  const plain = endpoint('plain', { path: '/api/2.0/fo/plain/', params: [param('action')] });

  it('gives the path with its const action, then each alias', () => {
    const [main, alias, ...rest] = endpointPaths(report);
    expect(main).toEqual({
      segments: ['api', '2.0', 'fo', 'report', '{}'],
      action: 'fetch',
      raw: '/api/2.0/fo/report/{x}/',
    });
    expect(alias).toEqual({ segments: ['api', '2.0', 'fo', 'old_report', '{}'], raw: '/api/2.0/fo/old_report/{x}/' });
    expect(rest).toEqual([]);
  });

  it('an action param without a const gives no action', () => {
    expect('action' in endpointPaths(plain)[0]!).toBe(false);
  });

  it('resolves a note path by the main path or an alias, respecting the action', () => {
    const eps = [report, plain];
    expect(resolveNotePath(parseNotePath('/api/2.0/fo/report/42/?action=fetch'), eps).map((e) => e.id)).toEqual([
      'report',
    ]);
    expect(resolveNotePath(parseNotePath('/api/2.0/fo/report/42/?action=list'), eps)).toEqual([]);
    expect(resolveNotePath(parseNotePath('/api/2.0/fo/old_report/7'), eps).map((e) => e.id)).toEqual(['report']);
    expect(resolveNotePath(parseNotePath('/api/2.0/fo/plain/?action=list'), eps).map((e) => e.id)).toEqual(['plain']);
    expect(resolveNotePath(parseNotePath('/api/2.0/fo/nothing/'), eps)).toEqual([]);
  });
});

describe('pathSimilarity', () => {
  const sim = (a: string, b: string) => pathSimilarity(parseNotePath(a), parseNotePath(b));

  it('counts the distinct words two paths share, split at camel case and punctuation, ignoring case', () => {
    expect(sim('/pci/compliance/summary', '/pci/reporting/complianceSummary')).toBe(3);
    expect(sim('/rest/2.0/get/am/asset', '/rest/2.0/search/am/asset')).toBe(3);
    expect(sim('/a/b', '/c/d')).toBe(0);
  });

  it('ignores one-character words and counts a repeated word once', () => {
    expect(sim('/x/y/asset', '/x/asset')).toBe(1);
    expect(sim('/asset/asset', '/asset')).toBe(1);
    expect(sim('/host_asset', '/hostAsset')).toBe(2);
  });
});
