/**
 * Parses the content spec of an `<!ELEMENT name contentspec>` declaration:
 * `EMPTY`, `ANY`, mixed content `(#PCDATA)` / `(#PCDATA | a | b)*`, and element content
 * (nested sequence `(a, b?, c*)` and choice `(x | y)+` groups with `? * +` occurrences).
 * A group mixing `,` and `|`, `#PCDATA` anywhere but first, or a mixed model with names but no
 * `)*` is `DtdSyntax`, located at the offending token. Groups nested more than `MAX_NESTING_DEPTH`
 * deep are `DtdTooDeep` at the first '(' beyond the limit (checked before descending, so the
 * parser's recursion is bounded).
 *
 * @see XML 1.0 (Fifth Edition) §3.2 [46], §3.2.1 [47]–[50], §3.2.2 [51]
 */
import type { IrOccurs } from '../../ir/ir-types.js';
import { MAX_NESTING_DEPTH } from '../input-limits.js';
import type { DtdContentSpec, DtdParticle } from './dtd-declarations.js';
import { type DtdPosition, dtdFail, positionOf } from './dtd-diagnostics.js';
import type { DtdTokenStream } from './dtd-token-stream.js';

const ONE: IrOccurs = { min: 1, max: 1 };

/** Reads one content spec from `stream` (positioned just after the element name). */
export function parseContentModel(stream: DtdTokenStream): DtdContentSpec {
  const first = stream.next();
  if (first.kind === 'name' && first.value === 'EMPTY') return { kind: 'empty' };
  if (first.kind === 'name' && first.value === 'ANY') return { kind: 'any' };
  if (first.kind !== '(') stream.unexpected(first, "a content model: EMPTY, ANY or '('");
  const next = stream.peek();
  if (next.kind === 'hash' && next.value === 'PCDATA') {
    stream.next();
    return parseMixed(stream, first);
  }
  const group = parseGroup(stream, first, 1);
  return { kind: 'children', particle: group };
}

/** After `( #PCDATA`: `)` or `)*`, or `| a | b ... )*`. */
function parseMixed(stream: DtdTokenStream, open: DtdPosition): DtdContentSpec {
  const names: { name: string; at: DtdPosition }[] = [];
  for (;;) {
    const tok = stream.next();
    if (tok.kind === ')') break;
    if (tok.kind !== '|') stream.unexpected(tok, `'|' or ')' in a mixed content model`);
    const name = stream.next();
    if (name.kind !== 'name') stream.unexpected(name, 'an element name after | in a mixed content model');
    names.push({ name: name.value, at: name });
  }
  const after = stream.peek();
  if (after.kind === '*') {
    stream.next();
  } else if (names.length > 0) {
    stream.unexpected(after, `'*' after a mixed content model with element names: (#PCDATA | a | b)*`);
  } else if (after.kind === '?' || after.kind === '+') {
    stream.unexpected(after, `')' or ')*' after (#PCDATA`);
  }
  return { kind: 'mixed', names, at: positionOf(open) };
}

/** After `(`: a sequence or choice of content particles, then its occurrence indicator. */
function parseGroup(
  stream: DtdTokenStream,
  open: DtdPosition,
  depth: number,
): DtdParticle & { kind: 'sequence' | 'choice' } {
  if (depth > MAX_NESTING_DEPTH) {
    dtdFail(
      'DtdTooDeep',
      `content model groups nest more than ${MAX_NESTING_DEPTH} levels deep; qspec refuses deeper content models`,
      stream.file,
      open,
    );
  }
  const items: DtdParticle[] = [parseParticle(stream, depth)];
  let separator: ',' | '|' | undefined;
  for (;;) {
    const tok = stream.next();
    if (tok.kind === ')') break;
    if (tok.kind !== ',' && tok.kind !== '|') stream.unexpected(tok, `',', '|' or ')' in a content model`);
    if (separator !== undefined && separator !== tok.kind) {
      stream.unexpected(tok, `'${separator}' (a group cannot mix ',' and '|'; nest one of them in parentheses)`);
    }
    separator = tok.kind;
    items.push(parseParticle(stream, depth));
  }
  return {
    kind: separator === '|' ? 'choice' : 'sequence',
    items,
    occurs: parseOccurs(stream),
    at: positionOf(open),
  };
}

function parseParticle(stream: DtdTokenStream, depth: number): DtdParticle {
  const tok = stream.next();
  if (tok.kind === '(') return parseGroup(stream, tok, depth + 1);
  if (tok.kind === 'name') {
    return {
      kind: 'name',
      name: tok.value,
      occurs: parseOccurs(stream),
      at: positionOf(tok),
    };
  }
  if (tok.kind === 'hash' && tok.value === 'PCDATA') {
    return stream.unexpected(tok, `an element name or '(' (#PCDATA must come first: (#PCDATA | a | b)*)`);
  }
  return stream.unexpected(tok, `an element name or '('`);
}

function parseOccurs(stream: DtdTokenStream): IrOccurs {
  const tok = stream.peek();
  switch (tok.kind) {
    case '?':
      stream.next();
      return { min: 0, max: 1 };
    case '*':
      stream.next();
      return { min: 0, max: 'unbounded' };
    case '+':
      stream.next();
      return { min: 1, max: 'unbounded' };
    default:
      return ONE;
  }
}
