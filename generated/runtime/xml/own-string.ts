// Copied by qspec from runtime/xml/own-string.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A string that keeps nothing else alive. In V8 a `slice` of 13 characters or more is a view of
 * the string it was cut from, and a concatenation of 13 or more is a pair of links to its parts:
 * either keeps the whole decoded document (or chunk) in memory for as long as it is held. Names
 * kept in caches that outlive a document, and whatever a verdict holds (the root name,
 * `xsi:schemaLocation`, issue messages, paths and values) must not: a batch keeps every file's
 * verdict until its report is written (5,000 files of 2.5 KB held 12 MB of documents that way;
 * 100 documents of 1 MB, each with its own long root name, held 108 MB through a name cache).
 *
 * Shorter strings are always copies. A longer one is joined to a character and cut again: the
 * join is flattened into new storage before the cut, and the result is a view of that storage
 * only (its own length plus one character).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}
