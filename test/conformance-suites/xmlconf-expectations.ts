/**
 * The committed expectations of the xmlconf run (xmlconf-expected.json): the tests qspec refuses
 * by policy (id → issue code; see docs/decisions/0007-entity-policy.md) and the known failures
 * (id → reason). Any other test must get the expected verdict; a listed test that starts passing
 * must be taken off the list.
 */
import { readFileSync } from 'node:fs';

export interface XmlconfExpectations {
  /** Well-formed tests rejected by policy: id → the issue code of the refusal. */
  readonly refused: Readonly<Record<string, string>>;
  /** Tests where qspec is known to be wrong: id → why. */
  readonly failing: Readonly<Record<string, string>>;
}

export function loadExpectations(): XmlconfExpectations {
  const url = new URL('./xmlconf-expected.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as XmlconfExpectations;
}
