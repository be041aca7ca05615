/**
 * validateXmlStream stops reading its source once the verdict is final (a fatal error): later
 * chunks are never pulled; and the well-formedness model is a DTD-format model with no roots, so
 * any root element is accepted and nothing is checked against a schema.
 */
import { describe, expect, it } from 'vitest';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';

/** Chunks that record how many of them were pulled. */
function counted(chunks: string[]): { source: Iterable<string>; pulled: () => number } {
  let n = 0;
  function* gen(): Generator<string> {
    for (const c of chunks) {
      n++;
      yield c;
    }
  }
  return { source: gen(), pulled: () => n };
}

describe('validateXmlStream', () => {
  it('pulls no chunk after a fatal error', async () => {
    const { source, pulled } = counted(['<a>', '</b>', '<c/>', '<d/>', '</a>']);
    const r = await validateXmlStream(source, WELL_FORMED_MODEL);
    expect(r.errors.map((e) => e.code)).toEqual(['XmlSyntax']);
    expect(pulled()).toBe(2);
  });

  it('pulls every chunk of a well-formed document', async () => {
    const { source, pulled } = counted(['<a>', '<b/>', '</a>']);
    const r = await validateXmlStream(source, WELL_FORMED_MODEL);
    expect(r.valid).toBe(true);
    expect(pulled()).toBe(3);
  });
});

describe('WELL_FORMED_MODEL', () => {
  it('is a DTD-format model with no root declared', () => {
    expect(WELL_FORMED_MODEL.format).toBe('dtd');
    expect(WELL_FORMED_MODEL.roots).toEqual({});
    expect(Object.isFrozen(WELL_FORMED_MODEL)).toBe(true);
  });

  it('accepts any root element', () => {
    expect(checkWellFormed('<anything x="1"><else/></anything>').errors).toEqual([]);
  });
});
