/**
 * auth-provider.ts, exactly: the Basic header of each auth kind (basic, netrc, token, none), PCI
 * credentials with their `apiVersion: V1` header and their fallback to the main auth, the netrc
 * file read once and only when needed, registration of every secret with the redactor before use,
 * and the "no credentials" error, which names the host and never a secret.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthProvider } from '../../../../runtime/client/auth-provider.js';
import { QualysError } from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';

const dir = mkdtempSync(join(tmpdir(), 'qspec-auth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const basic = (username: string, password: string) => ({ kind: 'basic' as const, username, password });
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('basic', () => {
  it('HTTP basic of username:password in UTF-8', () => {
    const p = new AuthProvider(basic('alice', 'pässwörd'), undefined, new Redactor());
    expect(p.basicHeaders('basic', 'h', 'vm.x')).toEqual({ authorization: `Basic ${b64('alice:pässwörd')}` });
    expect(p.credentials('h')).toEqual({ kind: 'basic', username: 'alice', password: 'pässwörd' });
  });

  it('registers the password and user:password at construction, for auth and pciAuth', () => {
    const r = new Redactor();
    new AuthProvider(basic('alice', 'main-secret'), basic('merchant', 'pci-secret'), r);
    expect(r.text('a main-secret b pci-secret c')).toBe('a *** b *** c');
    expect(r.text(b64('alice:main-secret'))).toBe('***');
    expect(r.text(b64('merchant:pci-secret'))).toBe('***');
  });

  it("auth 'none' endpoints get no header", () => {
    const p = new AuthProvider(basic('a', 'bbb'), undefined, new Redactor());
    expect(p.basicHeaders('none', 'h', 'x')).toEqual({});
  });
});

describe('pci-basic', () => {
  it('uses pciAuth and adds apiVersion: V1', () => {
    const p = new AuthProvider(basic('alice', 'main-pw'), basic('merchant', 'pci-pw'), new Redactor());
    expect(p.basicHeaders('pci-basic', 'h', 'pci.x')).toEqual({
      authorization: `Basic ${b64('merchant:pci-pw')}`,
      apiVersion: 'V1',
    });
    expect(p.credentials('h', 'pci')).toEqual(basic('merchant', 'pci-pw'));
    expect(p.credentials('h', 'main')).toEqual(basic('alice', 'main-pw'));
    expect(p.basicHeaders('basic', 'h', 'vm.x')).toEqual({ authorization: `Basic ${b64('alice:main-pw')}` });
  });

  it('falls back to auth without pciAuth', () => {
    const p = new AuthProvider(basic('alice', 'main-pw'), undefined, new Redactor());
    expect(p.basicHeaders('pci-basic', 'h', 'pci.x')).toEqual({
      authorization: `Basic ${b64('alice:main-pw')}`,
      apiVersion: 'V1',
    });
  });
});

describe('token', () => {
  it('is the preset token, registered with the redactor; basic endpoints have no credentials', () => {
    const r = new Redactor();
    const p = new AuthProvider({ kind: 'token', token: 'eyJ.tok3n.sig' }, undefined, r);
    expect(p.presetToken).toBe('eyJ.tok3n.sig');
    expect(r.text('Bearer eyJ.tok3n.sig')).toBe('Bearer ***');
    expect(p.credentials('h')).toBe(undefined);
    const err = (() => {
      try {
        p.basicHeaders('basic', 'qualysapi.example.com', 'vm.scan.list');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(QualysError);
    expect((err as QualysError).message).toBe(
      'vm.scan.list: no credentials for qualysapi.example.com (give auth.kind basic, or a .netrc entry for the host)',
    );
    expect((err as QualysError).endpoint).toBe('vm.scan.list');
    expect((err as Error).message).not.toContain('tok3n');
  });

  it('a token given as pciAuth is registered too', () => {
    const r = new Redactor();
    new AuthProvider({ kind: 'none' }, { kind: 'token', token: 'pci-tok-123' }, r);
    expect(r.text('pci-tok-123')).toBe('***');
  });

  it('no preset token for other kinds', () => {
    expect(new AuthProvider(basic('a', 'bbb'), undefined, new Redactor()).presetToken).toBe(undefined);
    expect(new AuthProvider({ kind: 'none' }, { kind: 'token', token: 'ttt' }, new Redactor()).presetToken).toBe(
      undefined,
    );
  });

  it("auth 'none' has no credentials for a basic endpoint", () => {
    const p = new AuthProvider({ kind: 'none' }, undefined, new Redactor());
    expect(() => p.basicHeaders('pci-basic', 'h', 'pci.x')).toThrow(
      'pci.x: no credentials for h (give auth.kind basic, or a .netrc entry for the host)',
    );
  });
});

describe('netrc', () => {
  const entries = [
    { machine: 'qualysapi.example.com', login: 'alice', password: 'netrc-pw-1' },
    { machine: 'nopass.example.com', login: 'bob' },
    { machine: 'nologin.example.com', password: 'netrc-pw-2' },
    { machine: undefined, login: 'anon', password: 'anon-pw-3' },
  ];

  it('looks the host up; registers the secrets only once used', () => {
    const r = new Redactor();
    const p = new AuthProvider({ kind: 'netrc', entries }, undefined, r);
    expect(r.text('netrc-pw-1')).toBe('netrc-pw-1');
    expect(p.basicHeaders('basic', 'QUALYSAPI.example.com', 'vm.x')).toEqual({
      authorization: `Basic ${b64('alice:netrc-pw-1')}`,
    });
    expect(r.text('x netrc-pw-1')).toBe('x ***');
    expect(r.text(b64('alice:netrc-pw-1'))).toBe('***');
    expect(r.text('anon-pw-3')).toBe('anon-pw-3');
  });

  it('falls back to the default entry', () => {
    const p = new AuthProvider({ kind: 'netrc', entries }, undefined, new Redactor());
    expect(p.credentials('other.example.com')).toEqual({ username: 'anon', password: 'anon-pw-3' });
  });

  it.each(['nopass.example.com', 'nologin.example.com'])(
    'an entry without login or password (%s) is no credentials',
    (host) => {
      const p = new AuthProvider({ kind: 'netrc', entries }, undefined, new Redactor());
      expect(p.credentials(host)).toBe(undefined);
      expect(() => p.basicHeaders('basic', host, 'vm.x')).toThrow(`vm.x: no credentials for ${host}`);
    },
  );

  it('no entry at all is no credentials', () => {
    const p = new AuthProvider({ kind: 'netrc', entries: [] }, undefined, new Redactor());
    expect(p.credentials('h')).toBe(undefined);
  });

  it('reads the given file once, lazily', () => {
    const file = join(dir, 'netrc-a');
    writeFileSync(file, 'machine h.example login carol password file-pw-4\n');
    const r = new Redactor();
    const p = new AuthProvider({ kind: 'netrc', file }, undefined, r);
    rmSync(file);
    expect(() => p.credentials('h.example')).toThrow();
    writeFileSync(file, 'machine h.example login carol password file-pw-4\n');
    expect(p.credentials('h.example')).toEqual({ username: 'carol', password: 'file-pw-4' });
    writeFileSync(file, 'machine h.example login dave password changed-pw\n');
    expect(p.credentials('h.example')).toEqual({ username: 'carol', password: 'file-pw-4' });
    expect(r.text('file-pw-4')).toBe('***');
  });

  it('pci-basic under a netrc pciAuth uses it, with the main auth untouched', () => {
    const p = new AuthProvider(
      basic('alice', 'main-pw'),
      { kind: 'netrc', entries: [{ machine: 'h', login: 'm', password: 'pci-netrc-pw' }] },
      new Redactor(),
    );
    expect(p.basicHeaders('pci-basic', 'h', 'pci.x')).toEqual({
      authorization: `Basic ${b64('m:pci-netrc-pw')}`,
      apiVersion: 'V1',
    });
    expect(p.basicHeaders('basic', 'h', 'vm.x')).toEqual({ authorization: `Basic ${b64('alice:main-pw')}` });
  });
});
