// Copied by qspec from runtime/xml/own-key.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Writes `key` as an own, enumerable property of a plain object, `__proto__` included (a plain
 * assignment to `__proto__` would set the prototype, or be ignored for a string). Attribute and
 * key tables stay plain objects, which V8 keeps in fast mode (an `Object.create(null)` table is a
 * dictionary, several times slower to fill and read); their lookups use `Object.hasOwn`.
 */
export function putOwn(o: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__')
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}
