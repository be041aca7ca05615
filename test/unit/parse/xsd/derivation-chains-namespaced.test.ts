/**
 * The derivation-chain bound (docs/security.md: at most 64 named types in a base=/itemType=/
 * memberTypes= chain) in a schema with a target namespace. The check looked types up by local
 * name while they are keyed by expanded name (`{urn:t}T1`), so such a schema was never measured
 * and chains of 65 to about 100 steps got through (found by the parse area's mutation survivors,
 * 2026-12-03). XSD 1.1 Part 1 §3.4.2, Part 2 §4.1.2; generator/parse/input-limits.ts.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

/** T0 restricts xs:int; Ti restricts t:T(i-1): a chain of n named steps from Tn. */
function chain(n: number): string {
  const body = ['<xs:simpleType name="T0"><xs:restriction base="xs:int"/></xs:simpleType>'];
  for (let i = 1; i <= n; i++) {
    body.push(`<xs:simpleType name="T${i}"><xs:restriction base="t:T${i - 1}"/></xs:simpleType>`);
  }
  return `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t">
${body.join('\n')}
</xs:schema>
`;
}

describe('derivation chains in a namespace', () => {
  it('64 steps are read', () => {
    const s = parseSnippet('', { source: chain(64) });
    expect(typeOf(s, '{urn:t}T64')).toEqual({ kind: 'ref', target: expect.stringMatching(/#\{urn:t\}T63$/) });
  });

  it('65 steps are refused at the type that starts the chain', () => {
    expect(diagnosticOf(() => parseSnippet('', { source: chain(65) }))).toEqual({
      code: 'XsdDerivationTooLong',
      severity: 'error',
      message:
        'type "{urn:t}T65" is derived through more than 64 named types (base=, itemType= or memberTypes= chains); qspec refuses longer derivation chains',
      location: { file: 'test/t.xsd', line: 68, column: 1 },
    });
  });
});
