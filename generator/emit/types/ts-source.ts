/**
 * Safe builders for TypeScript source text: doc comments that cannot be closed early, property
 * keys that are quoted when they are not identifiers, string literals via JSON.stringify. Emitters
 * build code through these and never paste spec text into code unescaped; the template view
 * models (`../view-models/`) hand only such values to the templates.
 */

/** A JSDoc block, `*\/` escaped, indented; empty string for no text. */
export function docComment(text: string | undefined, indent = ''): string {
  if (text === undefined || text.trim() === '') return '';
  const lines = text
    .replace(/\*\//g, '*\\/')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd());
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines.at(-1) === '') lines.pop();
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** A property key: bare when it is an identifier, else a quoted string. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A string literal. */
export function literal(value: string): string {
  return JSON.stringify(value);
}
