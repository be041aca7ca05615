/**
 * The Redactor on its own: which secrets it registers, every encoding it masks them in (each
 * encoding that differs from the others is its own case, so dropping one form is noticed), where
 * `excerpt` cuts, how overlapping occurrences merge, how headers are masked, and what `safeCopy`
 * keeps of a foreign error. Each test asserts the exact output or that no form of the secret is
 * visible in it.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../runtime/client/redact.js';

/** A secret whose raw, percent, form, JSON and base64 forms all differ (space, `>`, `?`, `~`, `"`, non-ASCII). */
const SECRET = 'pa>>>?ss??~~ "q" é';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const form = (s: string) => new URLSearchParams({ s }).toString().slice(2);

function redactor(...secrets: string[]): Redactor {
  const r = new Redactor();
  for (const s of secrets) r.add(s);
  return r;
}

describe('which secrets are registered', () => {
  it('masks a secret of 3 characters, but not one of 2 (it would mask ordinary words)', () => {
    expect(redactor('abc').text('x abc y')).toBe('x *** y');
    expect(redactor('ab').text('x ab y')).toBe('x ab y');
  });

  it('ignores undefined and keeps masking a secret added twice', () => {
    const r = redactor('secret1');
    r.add(undefined);
    r.add('secret1');
    expect(r.text('a secret1 b')).toBe('a *** b');
  });

  it('with no secret registered, text comes back unchanged, escapes and all', () => {
    const text = 'a+b%20c &amp; d \\u0041 %u0042';
    expect(new Redactor().text(text)).toBe(text);
    expect(new Redactor().text('')).toBe('');
  });

  it('maxEncodedLength covers the longest secret, 20 text characters per secret character', () => {
    expect(redactor('abc', 'abcdefghij', 'abcd').maxEncodedLength).toBe(200);
  });
});

describe('every encoding of the secret is masked', () => {
  const r = redactor(SECRET);
  const once = encodeURIComponent(SECRET);
  const cases: Record<string, string> = {
    raw: SECRET,
    encodeURIComponent: once,
    form: form(SECRET),
    'double percent-encoded (encodeURIComponent twice)': encodeURIComponent(once),
    'form, then percent-encoded': encodeURIComponent(form(SECRET)),
    'JSON-escaped': JSON.stringify(SECRET).slice(1, -1),
    base64: b64(SECRET),
    base64url: b64url(SECRET),
  };
  // Inside a longer base64 blob, at each of the three byte alignments, in both alphabets, with
  // the secret written raw, JSON-escaped, percent- or form-encoded in the blob's plain text.
  const inner: Record<string, string> = {
    raw: SECRET,
    'JSON-escaped': JSON.stringify(SECRET).slice(1, -1),
    percent: once,
    form: form(SECRET),
  };
  for (const [how, written] of Object.entries(inner)) {
    for (const prefix of ['', 'x', 'xy', 'user:']) {
      cases[`base64 blob, ${how}, after ${JSON.stringify(prefix)}`] = b64(`${prefix}${written}zz`);
      const url = b64url(`${prefix}${written}zz`);
      if (url !== b64(`${prefix}${written}zz`)) cases[`base64url blob, ${how}, after ${JSON.stringify(prefix)}`] = url;
    }
  }

  it('the cases differ from each other', () => {
    expect(new Set(Object.values(cases)).size).toBe(Object.keys(cases).length);
  });

  for (const [name, encoded] of Object.entries(cases)) {
    it(name, () => {
      const out = r.text(`before ${encoded} after`);
      expect(out.startsWith('before ')).toBe(true);
      expect(out.endsWith(' after')).toBe(true);
      expect(out).toContain('***');
      // No 8-character run of the encoded form survives (the bytes next to the secret in a blob
      // may stay: they also carry the neighbouring text).
      for (let i = 0; i + 8 <= encoded.length; i += 4) {
        const piece = encoded.slice(i, i + 8);
        if (!`before ${SECRET.length} after`.includes(piece)) expect(out, piece).not.toContain(piece);
      }
    });
  }

  it('a whole encoded form is masked to the last character (padding included)', () => {
    for (const name of Object.keys(cases).filter((n) => !n.includes('blob'))) {
      expect(r.text(`before ${cases[name]} after`), name).toBe('before *** after');
    }
  });

  it('base64 fragments under 6 characters are not registered (they would mask random text)', () => {
    // "abcd" at the first alignment is only the 5 characters "YWJjZ"; the full form is "YWJjZA==".
    expect(redactor('abcd').text('token YWJjZz')).toBe('token YWJjZz');
    expect(redactor('abcd').text('token YWJjZA==')).toBe('token ***');
  });

  it('a 5-byte secret inside a base64 blob (its one 6-character fragment) is masked', () => {
    const out = redactor('abcde').text(b64('abcdeXYZ'));
    expect(out).not.toContain('YWJjZG');
    expect(out.startsWith('***')).toBe(true);
  });

  it('text around a base64 fragment stays when it does not depend on the secret', () => {
    // "xy" + secret: the first base64 characters only encode "xy" and are kept.
    const blob = b64(`xy${SECRET}`);
    const out = r.text(blob);
    expect(out.startsWith(b64('xy').slice(0, 2))).toBe(true);
    expect(out).toContain('***');
  });
});

describe('several occurrences and secrets', () => {
  it('masks every occurrence, each once', () => {
    expect(redactor('secret').text('secret, secret and secret')).toBe('***, *** and ***');
  });

  it('adjacent occurrences are masked one by one', () => {
    expect(redactor('secret').text('secretsecret')).toBe('******');
  });

  it('merges overlapping secrets into one mask, whichever was registered first', () => {
    expect(redactor('defghi', 'abcdef').text('<abcdefghi>')).toBe('<***>');
    expect(redactor('abcdef', 'defghi').text('<abcdefghi>')).toBe('<***>');
  });

  it('a secret inside a longer one is masked with it', () => {
    expect(redactor('longsecret', 'gsec').text('a longsecret b gsec c')).toBe('a *** b *** c');
  });

  it('secrets found out of order are all masked', () => {
    expect(redactor('zzzsecret', 'aaasecret').text('1 aaasecret 2 zzzsecret 3 aaasecret')).toBe('1 *** 2 *** 3 ***');
  });

  it('masks extra strings given literally, from 3 characters on', () => {
    const r = new Redactor();
    expect(r.text('body={"a":1} end', ['{"a":1}'])).toBe('body=*** end');
    expect(r.text('abc ab', ['abc'])).toBe('*** ab');
    expect(r.text('xy ab', ['ab'])).toBe('xy ab');
  });
});

describe('excerpt', () => {
  const r = redactor('secret');

  it('keeps the first max characters when no secret is in them', () => {
    expect(r.excerpt('0123456789', 4)).toBe('0123');
    expect(r.excerpt('0123', 10)).toBe('0123');
  });

  it('masks a secret that starts before the cut whole, and shows nothing after it', () => {
    expect(r.excerpt('0123secret6789', 6)).toBe('0123***');
    expect(r.excerpt('0123secret6789', 5)).toBe('0123***');
  });

  it('drops a secret that starts at the cut', () => {
    expect(r.excerpt('0123secret6789', 4)).toBe('0123');
  });

  it('text after a secret, up to the cut, stays', () => {
    expect(r.excerpt('ab secret cdef', 12)).toBe('ab *** cd');
  });

  it('masks a long encoded secret straddling the cut', () => {
    const secret = 'é€ "&<>?é€';
    const twice = encodeURIComponent(encodeURIComponent(secret));
    const text = `head ${twice} tail`.repeat(3);
    const out = redactor(secret).excerpt(text, 8);
    expect(out).toBe('head ***');
  });

  it('masks an extra string straddling the cut (no secret registered)', () => {
    const body = 'x'.repeat(40);
    expect(new Redactor().excerpt(`aaaa${body}bbbb`, 6, [body])).toBe('aaaa***');
  });
});

describe('headers', () => {
  const r = redactor('secret');

  it('masks sensitive headers whatever their case, keeping a word scheme', () => {
    expect(
      r.headers({
        Authorization: 'Basic dXNlcjpwYXNz',
        cookie: 'session=abc',
        'Set-Cookie': 'id=1; HttpOnly',
        'proxy-authorization': 'Bearer tok',
        'X-API-KEY': 'key123',
      }),
    ).toEqual({
      Authorization: 'Basic ***',
      cookie: '***',
      'Set-Cookie': '***',
      'proxy-authorization': 'Bearer ***',
      'X-API-KEY': '***',
    });
  });

  it('a value without a scheme is masked whole', () => {
    expect(r.headers({ authorization: 'eyJhbGciOiJIUzI1NiJ9.payload.sig' })).toEqual({ authorization: '***' });
    expect(r.headers({ authorization: ' leading-space' })).toEqual({ authorization: '***' });
  });

  it('a "scheme" that is not one word is masked with the value', () => {
    expect(r.headers({ authorization: 'tok.en rest' })).toEqual({ authorization: '***' });
    expect(r.headers({ authorization: '.token rest' })).toEqual({ authorization: '***' });
    expect(r.headers({ authorization: 'Bearer tok' })).toEqual({ authorization: 'Bearer ***' });
  });

  it('other headers are kept, with secrets in them masked', () => {
    expect(r.headers({ 'content-type': 'text/xml', 'x-note': 'pw=secret' })).toEqual({
      'content-type': 'text/xml',
      'x-note': 'pw=***',
    });
  });
});

describe('safeCopy', () => {
  const r = redactor('secret');

  it('copies name, message, stack and a string code with the secret masked', () => {
    const err = Object.assign(new TypeError('failed with secret'), { code: 'E_secret' });
    err.stack = 'TypeError: failed with secret\n    at secret (file.js:1:1)';
    const copy = r.safeCopy(err);
    expect(copy).toBeInstanceOf(Error);
    expect(copy).not.toBe(err);
    expect(copy.name).toBe('TypeError');
    expect(copy.message).toBe('failed with ***');
    expect(copy.stack).toBe('TypeError: failed with ***\n    at *** (file.js:1:1)');
    expect((copy as { code?: unknown }).code).toBe('E_***');
  });

  it('keeps a numeric code, drops a code of another type', () => {
    expect((r.safeCopy(Object.assign(new Error('x'), { code: 42 })) as { code?: unknown }).code).toBe(42);
    expect('code' in r.safeCopy(Object.assign(new Error('x'), { code: { secret: 1 } }))).toBe(false);
  });

  it('reads thrown non-errors as text, masked', () => {
    const copy = r.safeCopy('boom: secret');
    expect(copy.message).toBe('boom: ***');
    expect(copy.name).toBe('Error');
    expect(copy.stack).toBe('Error: boom: ***');
    expect(r.safeCopy(undefined).message).toBe('unknown error');
    expect(r.safeCopy(null).message).toBe('unknown error');
    expect(r.safeCopy({ message: 7, name: 8 }).message).toBe('[object Object]');
  });

  it('bounds message (2000), stack (8000), name and code (100)', () => {
    const err = Object.assign(new Error('m'.repeat(3000)), { code: 'c'.repeat(300) });
    err.name = 'N'.repeat(300);
    err.stack = 's'.repeat(9000);
    const copy = r.safeCopy(err);
    expect(copy.message).toBe('m'.repeat(2000));
    expect(copy.stack).toBe('s'.repeat(8000));
    expect(copy.name).toBe('N'.repeat(100));
    expect((copy as { code?: unknown }).code).toBe('c'.repeat(100));
  });

  it('copies nested causes 4 deep, masked, as a native cause (not enumerable)', () => {
    let err: Error = new Error('level 6 secret');
    for (let level = 5; level >= 0; level--) err = new Error(`level ${level} secret`, { cause: err });
    const copy = r.safeCopy(err);
    const native = Object.getOwnPropertyDescriptor(new Error('x', { cause: 1 }), 'cause');
    const messages: string[] = [];
    let at: unknown = copy;
    while (at instanceof Error) {
      messages.push(at.message);
      const descriptor = Object.getOwnPropertyDescriptor(at, 'cause');
      if (descriptor !== undefined) expect({ ...descriptor, value: 1 }).toEqual(native);
      at = at.cause;
    }
    expect(messages).toEqual(['level 0 ***', 'level 1 ***', 'level 2 ***', 'level 3 ***', 'level 4 ***']);
    expect(Object.keys(copy)).not.toContain('cause');
  });

  it('has no cause when the original has none or a null one', () => {
    expect('cause' in r.safeCopy(new Error('x'))).toBe(false);
    expect('cause' in r.safeCopy(Object.assign(new Error('x'), { cause: null }))).toBe(false);
  });
});

describe('a secret with a lone UTF-16 surrogate', () => {
  it('registers without throwing and is masked raw and in its percent-encoded wire form', () => {
    const secret = 'pa\ud83dss-word';
    const r = new Redactor();
    expect(() => r.add(secret)).not.toThrow();
    expect(r.text(`password=${secret}`)).not.toContain('ss-word');
    const wire = new URLSearchParams({ password: secret }).toString();
    expect(wire).toContain('%EF%BF%BD');
    expect(r.text(`body: ${wire}`)).not.toContain('ss-word');
  });
});
