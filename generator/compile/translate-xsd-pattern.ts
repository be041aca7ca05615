/**
 * Translates an XSD regular expression (XSD 1.1 Part 2 Appendix G) into an anchored JavaScript
 * regex source for the `u` flag. XSD patterns match the whole value (implicitly anchored), `^`
 * and `$` are ordinary characters, and the multi-character escapes `\i \I \c \C` and the
 * `\p{IsBlock}` forms have no JavaScript spelling; character-class subtraction `[a-z-[aeiou]]`
 * is rewritten with a lookahead.
 *
 * Returns undefined for a construct it cannot translate faithfully; the caller reports
 * `XsdPatternUnsupported` and the facet is not enforced (documented, never silently wrong).
 */

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

const BLOCKS: Record<string, string> = {
  BasicLatin: '\\u0000-\\u007F',
  'Latin-1Supplement': '\\u0080-\\u00FF',
  LatinExtended_A: '\\u0100-\\u017F',
  'LatinExtended-A': '\\u0100-\\u017F',
  'LatinExtended-B': '\\u0180-\\u024F',
  GreekandCoptic: '\\u0370-\\u03FF',
  Greek: '\\u0370-\\u03FF',
  Cyrillic: '\\u0400-\\u04FF',
};

export function translateXsdPattern(xsd: string): string | undefined {
  let out = '';
  let i = 0;
  let depth = 0; // character class nesting
  while (i < xsd.length) {
    const ch = xsd[i]!;
    if (ch === '\\') {
      const next = xsd[i + 1];
      if (next === undefined) return undefined;
      const esc = translateEscape(next, xsd, i, depth > 0);
      if (esc === undefined) return undefined;
      out += esc.text;
      i += esc.length;
      continue;
    }
    if (depth === 0 && (ch === '^' || ch === '$')) {
      out += `\\${ch}`;
      i++;
      continue;
    }
    if (ch === '[') {
      // class subtraction: [base-[sub]] → (?![sub])[base]
      const sub = findSubtraction(xsd, i);
      if (sub) {
        const base = translateXsdPattern(`${xsd.slice(i, sub.dash)}]`);
        const minus = translateXsdPattern(xsd.slice(sub.dash + 1, sub.subEnd + 1));
        if (base === undefined || minus === undefined) return undefined;
        out += `(?:(?!${stripAnchors(minus)})${stripAnchors(base)})`;
        i = sub.end + 1;
        continue;
      }
      depth++;
      out += ch;
      i++;
      continue;
    }
    if (ch === ']' && depth > 0) {
      depth--;
      out += ch;
      i++;
      continue;
    }
    if (depth > 0 && ch === '/') {
      out += '\\/';
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  return `^(?:${out})$`;
}

function stripAnchors(s: string): string {
  return s.replace(/^\^\(\?:/, '').replace(/\)\$$/, '');
}

function translateEscape(
  next: string,
  src: string,
  at: number,
  inClass: boolean,
): { text: string; length: number } | undefined {
  switch (next) {
    case 'i':
      return { text: inClass ? NAME_START : `[${NAME_START}]`, length: 2 };
    case 'I':
      return inClass ? undefined : { text: `[^${NAME_START}]`, length: 2 };
    case 'c':
      return { text: inClass ? NAME_CHAR : `[${NAME_CHAR}]`, length: 2 };
    case 'C':
      return inClass ? undefined : { text: `[^${NAME_CHAR}]`, length: 2 };
    case 'd':
      return { text: '\\p{Nd}', length: 2 };
    case 'D':
      return { text: '\\P{Nd}', length: 2 };
    case 'w':
      return { text: inClass ? '\\p{L}\\p{M}\\p{N}\\p{S}\\p{Pc}' : '[^\\p{P}\\p{Z}\\p{C}]', length: 2 };
    case 'W':
      return inClass ? undefined : { text: '[\\p{P}\\p{Z}\\p{C}]', length: 2 };
    case 's':
    case 'S':
      return { text: next === 's' ? (inClass ? ' \\t\\n\\r' : '[ \\t\\n\\r]') : '[^ \\t\\n\\r]', length: 2 };
    case 'p':
    case 'P': {
      const m = /^\{([^}]+)\}/.exec(src.slice(at + 2));
      if (!m) return undefined;
      const name = m[1]!;
      if (name.startsWith('Is')) {
        const range = BLOCKS[name.slice(2)];
        if (range === undefined) return undefined;
        const body = next === 'p' ? (inClass ? range : `[${range}]`) : inClass ? undefined : `[^${range}]`;
        return body === undefined ? undefined : { text: body, length: 2 + m[0].length };
      }
      return { text: `\\${next}{${name}}`, length: 2 + m[0].length };
    }
    case 'n':
    case 'r':
    case 't':
    case '\\':
    case '|':
    case '.':
    case '-':
    case '^':
    case '?':
    case '*':
    case '+':
    case '{':
    case '}':
    case '(':
    case ')':
    case '[':
    case ']':
      return { text: `\\${next}`, length: 2 };
    default:
      return undefined;
  }
}

/** Finds `-[` inside a class starting at `start` and the matching closing brackets. */
function findSubtraction(src: string, start: number): { dash: number; subEnd: number; end: number } | undefined {
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === ']') return undefined;
    if (ch === '-' && src[i + 1] === '[') {
      let j = i + 2;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (src[j + 1] !== ']') return undefined;
      return { dash: i, subEnd: j, end: j + 1 };
    }
    i++;
  }
  return undefined;
}
