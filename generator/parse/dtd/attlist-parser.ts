/**
 * Parses the body of an `<!ATTLIST element AttDef* >` declaration: for each attribute its name,
 * type (CDATA, ID, IDREF, IDREFS, ENTITY, ENTITIES, NMTOKEN, NMTOKENS, `NOTATION (a|b)`, or an
 * enumeration `(a|b)`) and default (`#REQUIRED`, `#IMPLIED`, `#FIXED "v"`, or `"v"`).
 * Default values are normalised like attribute values: character references and the predefined
 * entities are replaced, whitespace characters become spaces; other entity references are kept
 * as written (never expanded).
 *
 * @see XML 1.0 (Fifth Edition) §3.3 [52]–[60], §3.3.3
 */
import type { DtdAttributeDef, DtdAttributeType, DtdDefaultDecl } from './dtd-declarations.js';
import { positionOf } from './dtd-diagnostics.js';
import type { DtdToken } from './dtd-lexer.js';
import type { DtdTokenStream } from './dtd-token-stream.js';
import { decodeCharRef } from './parameter-entities.js';

const BUILTINS = new Set(['CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES', 'NMTOKEN', 'NMTOKENS']);
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Reads attribute definitions up to and including the closing `>` (the element name is already read). */
export function parseAttlist(stream: DtdTokenStream): DtdAttributeDef[] {
  const defs: DtdAttributeDef[] = [];
  for (;;) {
    const tok = stream.next();
    if (tok.kind === '>') return defs;
    if (tok.kind !== 'name') stream.unexpected(tok, "an attribute name or '>'");
    const type = parseAttributeType(stream);
    const defaultDecl = parseDefaultDecl(stream);
    defs.push({ name: tok.value, type, defaultDecl, at: positionOf(tok) });
  }
}

function parseAttributeType(stream: DtdTokenStream): DtdAttributeType {
  const tok = stream.next();
  if (tok.kind === '(') return { kind: 'enumeration', values: parseValueList(stream) };
  if (tok.kind === 'name' && tok.value === 'NOTATION') {
    stream.expect('(', "'(' after NOTATION");
    return { kind: 'notation', values: parseValueList(stream) };
  }
  if (tok.kind === 'name' && BUILTINS.has(tok.value)) {
    return { kind: 'builtin', name: tok.value as Extract<DtdAttributeType, { kind: 'builtin' }>['name'] };
  }
  return stream.unexpected(
    tok,
    'an attribute type (CDATA, ID, IDREF, IDREFS, ENTITY, ENTITIES, NMTOKEN, NMTOKENS, NOTATION or an enumeration)',
  );
}

/** After `(`: `a | b | c )`. */
function parseValueList(stream: DtdTokenStream): string[] {
  const values: string[] = [];
  for (;;) {
    const value = stream.next();
    if (value.kind !== 'name') stream.unexpected(value, 'an enumeration value');
    if (!values.includes(value.value)) values.push(value.value);
    const sep = stream.next();
    if (sep.kind === ')') return values;
    if (sep.kind !== '|') stream.unexpected(sep, "'|' or ')' in an enumeration");
  }
}

function parseDefaultDecl(stream: DtdTokenStream): DtdDefaultDecl {
  const tok = stream.next();
  if (tok.kind === 'hash') {
    if (tok.value === 'REQUIRED') return { kind: 'required' };
    if (tok.value === 'IMPLIED') return { kind: 'implied' };
    if (tok.value === 'FIXED') {
      const lit = stream.expect('literal', 'a quoted value after #FIXED');
      return { kind: 'fixed', value: normaliseDefault(lit, stream.file) };
    }
  }
  if (tok.kind === 'literal') return { kind: 'default', value: normaliseDefault(tok, stream.file) };
  return stream.unexpected(tok, '#REQUIRED, #IMPLIED, #FIXED "value" or a quoted default value');
}

/** Attribute-value normalisation of a default value (§3.3.3), without expanding general entities. */
function normaliseDefault(lit: DtdToken, file: string): string {
  return lit.value
    .replace(/[\t\n]/g, ' ')
    .replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z]+));/g, (whole, hex, dec, name) =>
      name !== undefined
        ? Object.hasOwn(PREDEFINED, name)
          ? PREDEFINED[name]!
          : whole
        : decodeCharRef(hex, dec, file, lit),
    );
}
