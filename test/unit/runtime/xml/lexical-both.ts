/**
 * Test helper for the builtin-lexical tests: both entry points must agree, checkBuiltinLexical
 * and the checker lexicalCheckerFor picks once per type; returns their verdict.
 */
import { expect } from 'vitest';
import { checkBuiltinLexical, lexicalCheckerFor } from '../../../../runtime/xml/builtin-lexical.js';

export function both(b: string, v: string): string | undefined {
  const direct = checkBuiltinLexical(b, v);
  const checker = lexicalCheckerFor(b);
  expect(checker).toBeDefined();
  expect(checker!(v)).toBe(direct);
  return direct;
}
