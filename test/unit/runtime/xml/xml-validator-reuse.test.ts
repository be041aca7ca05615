/**
 * One `XmlValidator` reused for many documents gives, for each, exactly the verdict of a new
 * validator (`validateXml` / `validateXmlStream`): whatever the document before it left behind
 * (a syntax error mid-tag, an unclosed element, a refused DOCTYPE, a limit, bad bytes, CR line
 * ends, another encoding, namespace declarations, a stream abandoned midway). And after a reset
 * every field of the driver, tokenizer and engine is what a new driver starts with.
 */
import { describe, expect, it } from 'vitest';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { XmlDriver } from '../../../../runtime/xml/xml-driver.js';
import { type NamespaceScope, XSI_NS } from '../../../../runtime/xml/xml-namespaces.js';
import type { XmlValidateOptions } from '../../../../runtime/xml/xml-validate-options.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { asyncChunks } from './verdict-helper.js';

const FINDING = `<Finding status="NEW"><id>1</id><qid>150001</qid><name>XSS &amp; more</name><severity>5</severity>
<score units="cvss">7.5</score><firstDetectedDate>2024-01-02T03:04:05Z</firstDetectedDate>
<lastTestedDate>2024-02-01T00:00:00Z</lastTestedDate><url>https://a.example/b</url></Finding>`;
const doc = (finding = FINDING, open = '<ServiceResponse>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${open}<responseCode>SUCCESS</responseCode>\n<data>${finding}</data></ServiceResponse>`;

const bytes = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

/** Documents that leave different state behind them, each as a string or as bytes. */
const DOCS: [string, string | Uint8Array][] = [
  ['valid', doc()],
  ['invalid values and order', doc(FINDING.replace('<id>1</id>', '<id>x</id>').replace('<qid>150001</qid>', ''))],
  ['malformed mid-tag', doc().slice(0, doc().indexOf('<severity>') + 5)],
  ['unclosed root after a default namespace', doc(FINDING, '<ServiceResponse xmlns="urn:x" xmlns:p="urn:p">')],
  ['an entity DOCTYPE', `<?xml version="1.0"?>\n<!DOCTYPE ServiceResponse [ <!ENTITY x "y"> ]>\n${doc().slice(22)}`],
  ['a DOCTYPE without entities', `<!DOCTYPE ServiceResponse SYSTEM "x.dtd">\n${doc().slice(22)}`],
  ['CR line ends', doc().replace(/\n/g, '\r\n')],
  ['bad UTF-8 byte', Uint8Array.from([...bytes(doc().slice(0, 80)), 0xff, ...bytes(doc().slice(80))])],
  ['UTF-16 with BOM', utf16le(doc().replace('UTF-8', 'UTF-16'))],
  ['windows-1252', Buffer.from(doc().replace('UTF-8', 'windows-1252').replace('XSS', 'X\u00e9S'), 'latin1')],
  ['UTF-8 BOM, bytes', bytes(`\ufeff${doc()}`)],
  ['many errors', doc(FINDING.repeat(150).replaceAll('<id>1</id>', '<id>x</id>'))],
  ['text outside the root', `${doc()} trailing`],
  ['a CDATA section and a comment cut', `${doc(FINDING.replace('XSS', '<![CDATA[a]]>'))}<!-- open`],
  ['bytes, valid', bytes(doc())],
  ['xsi declared on the root', doc(FINDING, `<ServiceResponse xmlns:xsi="${XSI_NS}">`)],
  ['a default namespace on an inner element', doc(FINDING.replace('<Finding', '<Finding xmlns="urn:z"'))],
];

function checkReuse(model: XmlSchemaModel, options: XmlValidateOptions | undefined, order: number[]): void {
  const v = new XmlValidator(model, options);
  for (const i of order) {
    const [name, input] = DOCS[i]!;
    expect(v.validate(input), name).toEqual(validateXml(input, model, options));
  }
}

describe('XmlValidator: one instance for many documents', () => {
  it('every document after every other gives the verdict of a new validator', () => {
    for (let a = 0; a < DOCS.length; a++) {
      for (let b = 0; b < DOCS.length; b++) checkReuse(serviceResponseModel, undefined, [a, b]);
    }
  });

  it('the same under limits (maxBytes, maxErrors, maxDepth) and a required root', () => {
    const all = DOCS.map((_, i) => i);
    for (const options of [{ maxBytes: 300 }, { maxErrors: 2 }, { maxDepth: 3 }, { root: 'Other', strict: true }]) {
      checkReuse(serviceResponseModel, options, all);
      checkReuse(serviceResponseModel, options, [...all].reverse());
    }
  });

  it('streams (7-unit chunks) give the streamed verdict, also after a stream abandoned midway', async () => {
    const v = new XmlValidator(serviceResponseModel);
    async function* failing(): AsyncGenerator<string> {
      yield doc().slice(0, 120);
      throw new Error('connection reset');
    }
    await expect(v.validateStream(failing())).rejects.toThrow('connection reset');
    for (const [name, input] of [...DOCS, ...DOCS]) {
      const want = await validateXmlStream(asyncChunks(input, 7), serviceResponseModel);
      expect(await v.validateStream(asyncChunks(input, 7)), name).toEqual(want);
      expect(v.validate(input), name).toEqual(validateXml(input, serviceResponseModel));
    }
  });

  it('a verdict handed out is not changed by the next document', () => {
    const v = new XmlValidator(serviceResponseModel);
    const first = v.validate(DOCS[1]![1]);
    const copy = structuredClone(first);
    v.validate(DOCS[11]![1]);
    v.validate(DOCS[0]![1]);
    expect(first).toEqual(copy);
  });

  it('refuses a second document while a stream is being read', async () => {
    const v = new XmlValidator(serviceResponseModel);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    async function* slow(): AsyncGenerator<string> {
      yield '<ServiceResponse>';
      await gate;
      yield '</ServiceResponse>';
    }
    const pending = v.validateStream(slow());
    expect(() => v.validate(doc())).toThrow('one at a time');
    release();
    await pending;
    expect(v.validate(doc())).toEqual(validateXml(doc(), serviceResponseModel));
  });

  it('after reset every field of driver, tokenizer and engine is as in a new driver', () => {
    for (const [name, input] of DOCS) {
      const used = new XmlDriver(serviceResponseModel);
      used.write(input);
      used.end();
      used.reset();
      expect(stateOf(used), name).toEqual(stateOf(new XmlDriver(serviceResponseModel)));
      // The engine keeps its namespace scope for the name caches, with no binding left in it.
      const kept = (used.engine as unknown as { nsKept?: NamespaceScope }).nsKept;
      if (kept !== undefined) {
        expect(kept.uriOf(''), name).toBeUndefined();
        expect(kept.uriOf('p'), name).toBeUndefined();
        expect(kept.top, name).toBe(-1);
      }
    }
  });
});

/**
 * The fields of a driver and the objects it owns, as plain data: functions and the shared
 * compiled model left out, the engine's frame storage (reused on purpose, rewritten on open) and
 * its kept namespace scope (reused on purpose for its name caches; its bindings are checked
 * apart) left out, each object visited once.
 */
function stateOf(x: unknown, seen = new Set<unknown>()): unknown {
  if (typeof x === 'function') return 'function';
  if (typeof x !== 'object' || x === null) return x;
  if (seen.has(x)) return '(seen)';
  seen.add(x);
  if (ArrayBuffer.isView(x)) return Array.from(x as Uint8Array);
  if (x instanceof Map) return [...x].map(([k, v]) => [k, stateOf(v, seen)]);
  if (Array.isArray(x)) return x.map((v) => stateOf(v, seen));
  const out: Record<string, unknown> = { class: x.constructor?.name };
  for (const [k, v] of Object.entries(x)) {
    if (k === 'compiled' || k === 'frames' || k === 'nsKept') continue;
    out[k] = stateOf(v, seen);
  }
  return out;
}
