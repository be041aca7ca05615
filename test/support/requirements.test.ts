/**
 * The skip policy for requirements from outside the repository (test/support/requirements.ts):
 * a missing requirement fails in CI, skips with its reason as the note elsewhere.
 */
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { allOf, enforce, inCi, type Requirement, repoRoot, sharedPath, sharedRoot } from './requirements.js';

const missing: Requirement = { name: 'thing', present: false, reason: 'needs thing (install it)' };
const present: Requirement = { name: 'other', present: true, reason: 'needs other' };

function fakeContext(): TestContext & { notes: string[] } {
  const notes: string[] = [];
  return {
    notes,
    skip: (note?: string) => {
      notes.push(note ?? '');
    },
  } as unknown as TestContext & { notes: string[] };
}

describe('requirements skip policy', () => {
  it('CI is recognised from CI=true or 1, not from an empty, 0 or false value', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: '' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
    expect(inCi({ CI: 'false' })).toBe(false);
  });

  it('a missing requirement fails in CI with its reason', () => {
    const ctx = fakeContext();
    expect(() => enforce(missing, ctx, { CI: 'true' })).toThrow('missing in CI: needs thing (install it)');
    expect(ctx.notes).toEqual([]);
  });

  it('a missing requirement skips outside CI, with the reason as the skip note', () => {
    const ctx = fakeContext();
    enforce(missing, ctx, {});
    expect(ctx.notes).toEqual(['needs thing (install it)']);
  });

  it('a present requirement neither skips nor fails', () => {
    const ctx = fakeContext();
    enforce(present, ctx, { CI: 'true' });
    enforce(present, ctx, {});
    expect(ctx.notes).toEqual([]);
  });

  it('allOf is present only when every part is, and names what is missing', () => {
    expect(allOf(present, present).present).toBe(true);
    const both = allOf(present, missing);
    expect(both.present).toBe(false);
    expect(both.reason).toBe('needs thing (install it)');
  });

  it('sharedPath points beside the checkout and reports absence', () => {
    const req = sharedPath('no-such-folder-for-the-test');
    expect(req.present).toBe(false);
    expect(req.name).toBe('../shared/no-such-folder-for-the-test');
    expect(req.path.endsWith('/shared/no-such-folder-for-the-test')).toBe(true);
  });

  it('the shared folder is ../shared beside the checkout unless QSPEC_SHARED_DIR names another', () => {
    expect(sharedRoot({})).toBe(path.resolve(repoRoot, '..', 'shared'));
    expect(sharedRoot({ QSPEC_SHARED_DIR: '/tmp/elsewhere/shared' })).toBe('/tmp/elsewhere/shared');
  });
});
