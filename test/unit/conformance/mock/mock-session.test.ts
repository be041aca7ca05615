/**
 * The mock's FO sessions (mock-session.ts): the QualysSession cookie read from a Cookie header
 * (any position, spaces trimmed, 8 KiB bound), which requests a live session admits (FO only),
 * and login / logout on 2xx answers only: the Set-Cookie attributes, at most 1000 live sessions
 * (the oldest dropped), logout ending only the named session.
 */
import { describe, expect, it } from 'vitest';
import type { MockAnswer } from '../../../../conformance/mock/error-body.js';
import { hasSession, sessionAnswer, sessionOf } from '../../../../conformance/mock/mock-session.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

const ep = (id: string, api = 'fo') => ({ id, api }) as unknown as IrEndpoint;
const LOGIN = ep('vm.session.login');
const LOGOUT = ep('vm.session.logout');
const answer = (status = 200): MockAnswer => ({ status, headers: { a: 'b' }, body: 'x' });
const COOKIE = /^QualysSession=([0-9a-f]{32}); path=\/api; secure; HttpOnly$/;

describe('sessionOf', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['QualysSession=abc', 'abc'],
    ['a=1; QualysSession=abc ; b=2', 'abc'],
    ['  QualysSession  =  v w  ', 'v w'],
    ['QualysSession=a=b', 'a=b'],
    ['QualysSession=', ''],
    ['QualysSessionX=1; xQualysSession=2', undefined],
    ['=QualysSession', undefined],
    ['QualysSession', undefined],
    ['qualyssession=1', undefined],
    ['QualysSession=1; QualysSession=2', '1'],
  ])('%j → %j', (header, id) => {
    expect(sessionOf(header)).toBe(id);
  });
  it('reads headers up to 8192 characters', () => {
    const pad = (n: number) => `QualysSession=s; x=${'y'.repeat(n - 19)}`;
    expect(pad(8192).length).toBe(8192);
    expect(sessionOf(pad(8192))).toBe('s');
    expect(sessionOf(pad(8193))).toBeUndefined();
  });
});

describe('hasSession', () => {
  const live = new Set(['s1']);
  it.each([
    [ep('vm.x'), 'QualysSession=s1', true],
    [ep('vm.x'), 'QualysSession=s2', false],
    [ep('vm.x'), undefined, false],
    [ep('vm.x'), 'other=s1', false],
    [ep('am.x', 'qps'), 'QualysSession=s1', false],
  ])('%# → %s', (endpoint, cookie, want) => {
    expect(hasSession(live, endpoint, cookie)).toBe(want);
  });
});

describe('sessionAnswer', () => {
  it('login on a 2xx: a new session id in Set-Cookie, other headers kept', () => {
    const sessions = new Set<string>();
    const a = sessionAnswer(sessions, LOGIN, undefined, answer(200));
    const id = COOKIE.exec(a.headers['Set-Cookie'] ?? '')?.[1];
    expect(a).toEqual({
      status: 200,
      headers: { a: 'b', 'Set-Cookie': `QualysSession=${id}; path=/api; secure; HttpOnly` },
      body: 'x',
    });
    expect([...sessions]).toEqual([id]);
    const b = sessionAnswer(sessions, LOGIN, undefined, answer(299));
    expect(b.headers['Set-Cookie']).not.toBe(a.headers['Set-Cookie']);
    expect(sessions.size).toBe(2);
  });
  it.each([[199], [300], [401], [409]])('nothing happens on a %i', (status) => {
    const sessions = new Set(['s1']);
    const a = answer(status);
    expect(sessionAnswer(sessions, LOGIN, undefined, a)).toBe(a);
    expect(sessionAnswer(sessions, LOGOUT, 'QualysSession=s1', a)).toBe(a);
    expect([...sessions]).toEqual(['s1']);
  });
  it('keeps at most 1000 sessions, dropping the oldest', () => {
    const sessions = new Set(Array.from({ length: 999 }, (_, i) => `old${i}`));
    sessionAnswer(sessions, LOGIN, undefined, answer());
    expect(sessions.size).toBe(1000);
    expect(sessions.has('old0')).toBe(true);
    sessionAnswer(sessions, LOGIN, undefined, answer());
    expect(sessions.size).toBe(1000);
    expect(sessions.has('old0')).toBe(false);
    expect(sessions.has('old1')).toBe(true);
  });
  it('logout ends the named session only; other endpoints change nothing', () => {
    const sessions = new Set(['s1', 's2']);
    const a = answer();
    expect(sessionAnswer(sessions, LOGOUT, 'x=1; QualysSession=s1', a)).toBe(a);
    expect([...sessions]).toEqual(['s2']);
    sessionAnswer(sessions, LOGOUT, undefined, a);
    sessionAnswer(sessions, LOGOUT, 'QualysSession=nope', a);
    expect([...sessions]).toEqual(['s2']);
    expect(sessionAnswer(sessions, ep('vm.host.list'), 'QualysSession=s2', a)).toBe(a);
    expect([...sessions]).toEqual(['s2']);
  });
});
