/**
 * Extracts a schema's header comment (provenance) from the source text: the XML comments before
 * the root element or, when there are none, those directly after the root start tag before its
 * first child element (a section marker like `<!-- REQUEST -->` after a real header is not part of
 * it). The tree reader drops comments, so this is a small scanner over the raw source. Each
 * comment's lines are trimmed; several comments are joined by a blank line.
 *
 * @see XML 1.0 §2.5 (comments), §2.8 (prolog)
 */

const PROLOG_ITEM = /^\s*(?:<\?[\s\S]*?\?>|<!--([\s\S]*?)-->)/;
const START_TAG = /^\s*<[^\s/>!?]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/;
const COMMENT = /^\s*<!--([\s\S]*?)-->/;

export function readHeaderComment(source: string): string | undefined {
  const comments: string[] = [];
  let rest = source.replace(/^\uFEFF/, '');
  for (let m = PROLOG_ITEM.exec(rest); m; m = PROLOG_ITEM.exec(rest)) {
    if (m[1] !== undefined) comments.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  const tag = START_TAG.exec(rest);
  if (comments.length === 0 && tag && tag[1] !== '/') {
    rest = rest.slice(tag[0].length);
    for (let m = COMMENT.exec(rest); m; m = COMMENT.exec(rest)) {
      comments.push(m[1] ?? '');
      rest = rest.slice(m[0].length);
    }
  }
  const cleaned = comments.map(cleanComment).filter((c) => c !== '');
  return cleaned.length > 0 ? cleaned.join('\n\n') : undefined;
}

function cleanComment(text: string): string {
  const joined = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .join('\n');
  let start = 0;
  let end = joined.length;
  while (start < end && joined.charCodeAt(start) === 0x0a) start += 1;
  while (end > start && joined.charCodeAt(end - 1) === 0x0a) end -= 1;
  return joined.slice(start, end);
}
