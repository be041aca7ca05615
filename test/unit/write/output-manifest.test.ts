import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  isSafeRelativePath,
  MANIFEST_NAME,
  manifestFile,
  parseManifest,
  qspecVersion,
} from '../../../generator/write/output-manifest.js';

describe('output manifest', () => {
  const files = [
    { path: 'z.ts', content: 'zed\n' },
    { path: 'a/b.json', content: '{"é":1}\n' },
  ];

  it('lists every file sorted with the SHA-256 of its UTF-8 bytes and the version, and nothing time-dependent', () => {
    const m = manifestFile(files, '9.9.9');
    expect(m.path).toBe(MANIFEST_NAME);
    const body = JSON.parse(m.content);
    expect(body.generator).toBe('qspec');
    expect(body.version).toBe('9.9.9');
    expect(Object.entries(body.files)).toEqual([
      ['a/b.json', createHash('sha256').update(Buffer.from('{"é":1}\n', 'utf8')).digest('hex')],
      ['z.ts', createHash('sha256').update('zed\n').digest('hex')],
    ]);
    expect(manifestFile([...files].reverse(), '9.9.9').content).toBe(m.content);
    expect(m.content).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(manifestFile(files).content).toContain(`"version": "${qspecVersion()}"`);
  });

  it('parses what it writes and rejects anything else', () => {
    const parsed = parseManifest(manifestFile(files, '1.0.0').content)!;
    expect(parsed.version).toBe('1.0.0');
    expect([...parsed.files.keys()]).toEqual(['a/b.json', 'z.ts']);
    expect(parseManifest('not json')).toBeUndefined();
    expect(parseManifest('[]')).toBeUndefined();
    expect(parseManifest('{"generator":"other","version":"1","files":{}}')).toBeUndefined();
    expect(parseManifest('{"generator":"qspec","version":"1","files":{"../x":"00"}}')).toBeUndefined();
    expect(parseManifest('{"generator":"qspec","version":"1","files":{"a":1}}')).toBeUndefined();
  });

  it('isSafeRelativePath keeps paths inside the folder', () => {
    expect(['a', 'a/b.ts', '.hidden/x'].map(isSafeRelativePath)).toEqual([true, true, true]);
    expect(['', '/a', 'a/../b', '..', 'a//b', './a', 'a\\b'].map(isSafeRelativePath)).toEqual(Array(7).fill(false));
  });
});
