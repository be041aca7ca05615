/**
 * The front ends take names that Object.prototype also has as ordinary names: a namespace prefix
 * `constructor` or `toString` is unbound unless declared (before: the inherited property counted
 * as a binding), and a JSON Schema `required` or `dependencies` name such as `toString` must be
 * declared in `properties` (before: the inherited property counted as declared).
 */
import { describe, expect, it } from 'vitest';
import { parseJsonSchema } from '../../../generator/parse/json-schema/parse-json-schema.js';
import { parseXmlTree } from '../../../generator/parse/xml/xml-tree.js';

const json = (schema: unknown) =>
  parseJsonSchema({ source: JSON.stringify(schema), file: 'p.schema.json', schemaId: 'p.schema.json' });

describe('prototype property names in schemas', () => {
  it('reports the prefixes constructor: and toString: as unbound unless declared', () => {
    for (const p of ['constructor', 'toString', '__proto__']) {
      expect(() => parseXmlTree(`<a>\n  <${p}:b/></a>`, 'p.xsd')).toThrow(
        `p.xsd:2:3: error XmlSyntax: unbound namespace prefix: "${p}"`,
      );
    }
    const declared = parseXmlTree('<constructor:a xmlns:constructor="urn:c"/>', 'p.xsd');
    expect(declared.ns.constructor).toBe('urn:c');
  });

  it('refuses a required or dependencies name that only Object.prototype has', () => {
    const props = { a: { type: 'string' } };
    expect(() => json({ type: 'object', properties: props, required: ['toString'] })).toThrow(
      "required property 'toString' is not declared in properties",
    );
    expect(() => json({ type: 'object', properties: props, dependencies: { a: ['constructor'] } })).toThrow(
      "dependencies name 'constructor', which is not a declared property",
    );
    expect(() => json({ type: 'object', properties: props, required: ['a'] })).not.toThrow();
  });
});
