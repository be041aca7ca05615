/**
 * The committed expectations of the XSD suite run (xsd-expected.json):
 * - `constructs`: construct → why qspec is not right on the cases filed under it;
 * - `cases`: test id → `OUTCOME: CONSTRUCT` for every case where qspec's outcome is not the
 *   expected verdict (a wrong verdict, a refusal or a crash), OUTCOME being qspec's outcome
 *   (`valid`, `invalid`, `schema-error`, `refused`, `crashed`).
 * Every case not listed must get the expected verdict; a listed case must keep its outcome, so a
 * regression and an improvement both show. `npm run conformance:xsd -- --update` rewrites the
 * case list from a full run (keeping the reasons; a new construct gets a TODO the test rejects).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Outcome } from './xsd-run.js';

export interface XsdExpectations {
  readonly constructs: Readonly<Record<string, string>>;
  readonly cases: Readonly<Record<string, string>>;
}

const FILE = new URL('./xsd-expected.json', import.meta.url);

export function loadXsdExpectations(): XsdExpectations {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8')) as XsdExpectations;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { constructs: {}, cases: {} };
    throw e;
  }
}

export function saveXsdExpectations(x: XsdExpectations): void {
  const sorted = <T>(o: Readonly<Record<string, T>>) =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]!]),
    );
  writeFileSync(FILE, `${JSON.stringify({ constructs: sorted(x.constructs), cases: sorted(x.cases) }, null, 2)}\n`);
}

export function expectationEntry(outcome: Outcome, construct: string): string {
  return `${outcome}: ${construct}`;
}

/** `valid: wildcards` → { outcome: 'valid', construct: 'wildcards' }. */
export function parseEntry(entry: string): { outcome: string; construct: string } {
  const i = entry.indexOf(': ');
  return i < 0 ? { outcome: entry, construct: '' } : { outcome: entry.slice(0, i), construct: entry.slice(i + 2) };
}
