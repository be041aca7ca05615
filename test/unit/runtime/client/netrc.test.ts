/**
 * netrc.ts, exactly: the parsed entries (machine/default, login/password/account, quoted tokens
 * with backslash escapes, comments, macdef bodies up to the next blank line, CRLF), odd tokens
 * read without throwing, host lookup (case-insensitive, first match, then `default`), and which
 * file `readNetrc` reads ($NETRC, else ~/.netrc, unless a file is given).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { findNetrcEntry, parseNetrc, readNetrc } from '../../../../runtime/client/netrc.js';

// `os.homedir()` reads the process's real environment, which a test in a worker thread (Stryker
// runs vitest with threads) cannot change through `process.env.HOME`: the home folder is stubbed.
const home = vi.hoisted(() => ({ dir: '' }));
vi.mock('node:os', async (original) => {
  const os = await original<typeof import('node:os')>();
  return {
    ...os,
    default: { ...os, homedir: () => home.dir || os.homedir() },
    homedir: () => home.dir || os.homedir(),
  };
});

describe('parseNetrc', () => {
  it('reads machine, default, login, password, account', () => {
    expect(parseNetrc('machine a.example login al password p1 account acc\ndefault login anon password p2\n')).toEqual([
      { machine: 'a.example', login: 'al', password: 'p1', account: 'acc' },
      { machine: undefined, login: 'anon', password: 'p2' },
    ]);
  });

  it('tokens span lines and CRLF; order of keys is free', () => {
    expect(parseNetrc('machine h\r\n  password pw\r\n\tlogin u\r\nmachine g login v')).toEqual([
      { machine: 'h', password: 'pw', login: 'u' },
      { machine: 'g', login: 'v' },
    ]);
  });

  it('quoted tokens keep spaces and unescape backslashes', () => {
    expect(parseNetrc('machine h login "a b" password "q\\"x\\\\y\\z"')).toEqual([
      { machine: 'h', login: 'a b', password: 'q"x\\yz' },
    ]);
  });

  it('an empty quoted token is a value', () => {
    expect(parseNetrc('machine h login "" password x')).toEqual([{ machine: 'h', login: '', password: 'x' }]);
  });

  it('skips comment lines (only those starting with #, after blanks)', () => {
    expect(parseNetrc('# machine evil login e password e\n  # another\nmachine h login u password p#x')).toEqual([
      { machine: 'h', login: 'u', password: 'p#x' },
    ]);
  });

  it('skips a macdef body up to the next blank line, then reads on', () => {
    const text = [
      'machine a login u password p',
      'macdef init',
      'machine evil login e password e',
      'password still-macro',
      '   ',
      'machine b login v password q',
    ].join('\n');
    expect(parseNetrc(text)).toEqual([
      { machine: 'a', login: 'u', password: 'p' },
      { machine: 'b', login: 'v', password: 'q' },
    ]);
  });

  it('a macdef running to the end of the file swallows the rest', () => {
    expect(parseNetrc('machine a login u\n  macdef x\nmachine b login v')).toEqual([{ machine: 'a', login: 'u' }]);
  });

  it('a word merely starting with macdef is a token', () => {
    expect(parseNetrc('machine a\nmacdefx\nlogin u password p')).toEqual([{ machine: 'a', login: 'u', password: 'p' }]);
  });

  it('ignores keys before any machine, unknown tokens, and a key without a value at the end', () => {
    expect(parseNetrc('login early password early port 21 machine h login u foo bar password')).toEqual([
      { machine: 'h', login: 'u' },
    ]);
  });

  it('a machine without a name at the end of the file', () => {
    expect(parseNetrc('machine h login u\nmachine')).toEqual([{ machine: 'h', login: 'u' }, { machine: undefined }]);
  });

  it('a later key overwrites an earlier one of the same entry', () => {
    expect(parseNetrc('machine h login a login b')).toEqual([{ machine: 'h', login: 'b' }]);
  });

  it('nothing to read: no entries', () => {
    expect(parseNetrc('')).toEqual([]);
    expect(parseNetrc('\n\n# only a comment\n')).toEqual([]);
  });
});

describe('findNetrcEntry', () => {
  const entries = parseNetrc(
    'machine API.example.com login first\nmachine api.example.com login second\ndefault login anon\nmachine other login o',
  );
  it.each([
    ['api.example.com', 'first'],
    ['API.EXAMPLE.COM', 'first'],
    ['other', 'o'],
    ['example.com', 'anon'],
    ['api.example.com.evil', 'anon'],
  ])('%s → %s', (host, login) => {
    expect(findNetrcEntry(entries, host)?.login).toBe(login);
  });
  it('no match and no default: undefined', () => {
    expect(findNetrcEntry(parseNetrc('machine a login u'), 'b')).toBe(undefined);
  });
});

describe('readNetrc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qspec-netrc-'));
  const saved = { NETRC: process.env.NETRC };
  afterEach(() => {
    home.dir = '';
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'given'), 'machine given login g');
  writeFileSync(join(dir, 'env'), 'machine env login e');
  writeFileSync(join(dir, '.netrc'), 'machine home login h');

  it('reads the given file first', () => {
    process.env.NETRC = join(dir, 'env');
    expect(readNetrc(join(dir, 'given'))).toEqual([{ machine: 'given', login: 'g' }]);
  });
  it('else $NETRC', () => {
    process.env.NETRC = join(dir, 'env');
    home.dir = dir;
    expect(readNetrc()).toEqual([{ machine: 'env', login: 'e' }]);
  });
  it('else ~/.netrc', () => {
    delete process.env.NETRC;
    home.dir = dir;
    expect(readNetrc()).toEqual([{ machine: 'home', login: 'h' }]);
  });
});
