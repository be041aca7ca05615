// Copied by qspec from runtime/xml/record-value.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Small helpers of typed-record building and issue rendering: attaching a child's value to its
 * parent record (an array when the particle says the element can repeat, even with one element;
 * otherwise a single value), whitespace tests, and shortening a value for a message.
 *
 * @see runtime/schema-model.ts (`p`, `array`) (an element that can repeat is always an array)
 */
import type { ElementParticle } from './content-state.js';

/** Puts `value` under the particle's property of `parent`. */
export function putChild(parent: Record<string, unknown>, el: ElementParticle, value: unknown): void {
  if (el.array) {
    const list = parent[el.p];
    if (Array.isArray(list)) list.push(value);
    else parent[el.p] = [value];
  } else parent[el.p] = value;
}

/** True when `s` holds only XML whitespace (space, tab, CR, LF). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A value as shown in a message: at most 80 characters. */
export function renderFound(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * A new, empty object for a value built in records mode (`streamRecords`, the client's record
 * stream), in V8's dictionary mode. Records whose elements vary from one to the next (optional
 * elements, xs:all in any order) would otherwise give V8 a new hidden class for nearly every
 * record; hidden classes live in the old generation, and objects pointing at fresh ones were
 * promoted with them: on the 100 MB WebApp page (docs/performance.md, "Client RSS") the record
 * stream promoted 25 MB of short-lived objects and peaked at 37 MB of heap and 103 MB RSS; with
 * dictionary-mode records, 1.3 MB, 19 MB and 82 MB, at the same speed. A dictionary-mode object
 * is an ordinary object to every reader (same prototype, keys in insertion order); V8 turns an
 * object into one when a property other than the last one added is deleted. Whole documents
 * (`parseXml`) keep fast objects: they are held, where shared hidden classes are smaller. So do
 * the objects of types with few keys (`CompiledType.fewKeys`): they come in few shapes, and a
 * dictionary costs several times a fast object (its table grows by copies as keys are added): on
 * the same page, 549 MB allocated instead of 715 and a young generation that stays at 2 x 4 MiB.
 */
export function transientRecord(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: undefined, b: undefined };
  delete o['a'];
  delete o['b'];
  return o;
}
