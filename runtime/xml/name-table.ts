/**
 * The element and attribute names the tokenizer has read, kept so a name read again is the string
 * it was last time instead of a new one per tag. A schema has a few hundred names and a document
 * repeats them in every record; slicing each one out of the text cost 79 MB of the 950 MB the
 * client allocated on a 100 MB page, and a slice of 13 characters or more is a view that keeps the
 * whole decoded chunk it came from alive for as long as the name is held (an open element's
 * name is held until its end tag).
 *
 * A name is found by a hash of its characters in a fixed table of `NAME_SLOTS` entries (the
 * hashed entry and its neighbour `slot ^ 1`), checked character by character against the text (a
 * collision only means a new string, never a wrong name). One table serves every document read in the thread: an entry is only ever a name's own
 * text, so documents cannot see each other through it. Bounded: `NAME_SLOTS` entries of at most
 * `MAX_NAME` characters each (a longer name is sliced every time and never kept), and each kept
 * name is a copy of its own characters, never a view of the text it was read from.
 */
import { ownString } from './own-string.js';

/** Entries in the table (a power of two). */
export const NAME_SLOTS = 4096;
/** Longer names are not kept. */
export const MAX_NAME = 64;

const names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);

/** The name `s[from, to)`: the kept string when it was read before, else a new one (then kept). */
export function nameAt(s: string, from: number, to: number): string {
  const n = to - from;
  if (n > MAX_NAME) return s.slice(from, to);
  const slot = slotOf(s, from, to);
  const first = names[slot];
  if (first !== undefined && first.length === n && s.startsWith(first, from)) return first;
  const second = names[slot ^ 1];
  if (second !== undefined && second.length === n && s.startsWith(second, from)) return second;
  // Two entries per hash: the newest name first, the one it displaces second (the older second
  // is dropped), so two names that share an entry do not take each other's place on every tag.
  const name = ownString(s.slice(from, to));
  names[slot ^ 1] = first;
  names[slot] = name;
  return name;
}

/** True when the table holds `name` (for tests: which names are kept, and which were displaced). */
export function isKept(name: string): boolean {
  const slot = slotOf(name, 0, name.length);
  return names[slot] === name || names[slot ^ 1] === name;
}

/** The table entry of the name `s[from, to)`: a hash of its length and characters. */
export function slotOf(s: string, from: number, to: number): number {
  let h = to - from;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return (h ^ (h >>> 15)) & (NAME_SLOTS - 1);
}
