/**
 * XmlValidator.validateStream stops reading its source once the verdict is final (a fatal
 * well-formedness error, XML 1.0 §2.1; a limit; maxErrors): later chunks are never pulled, a
 * source that would fail afterwards is not reached, and the verdict is the one `validateXml`
 * gives for the whole document. The next document on the same validator is unaffected, and a
 * first document on a new validator gets the verdict of a fresh `validateXml`.
 *
 * @see XSD 1.1 Part 1 §5.2 (assessing schema-validity); XML 1.0 §2.1 (well-formed documents)
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';

const GOOD = `<ServiceResponse><responseCode>SUCCESS</responseCode><data><Finding status="NEW"><id>1</id>
<qid>150001</qid><name>XSS</name><severity>5</severity><score units="cvss">7.5</score>
<firstDetectedDate>2024-01-02T03:04:05Z</firstDetectedDate><lastTestedDate>2024-02-01T00:00:00Z</lastTestedDate>
<url>https://a.example/b</url></Finding></data></ServiceResponse>`;

/** Chunks that record how many were pulled, then fail if pulled past `failAfter`. */
function counted(
  chunks: (string | Uint8Array)[],
  failAfter = Number.POSITIVE_INFINITY,
): { source: AsyncIterable<string | Uint8Array>; pulled: () => number; closed: () => boolean } {
  let n = 0;
  let closed = false;
  async function* gen(): AsyncGenerator<string | Uint8Array> {
    try {
      for (const c of chunks) {
        if (n >= failAfter) throw new Error('read past the end of the verdict');
        n++;
        yield c;
      }
    } finally {
      closed = true;
    }
  }
  return { source: gen(), pulled: () => n, closed: () => closed };
}

describe('XmlValidator.validateStream: reading stops with the verdict', () => {
  it('a syntax error: no chunk after it is pulled and the source is closed', async () => {
    const v = new XmlValidator(serviceResponseModel);
    const chunks = [
      '<ServiceResponse>',
      '<responseCode>SUCCESS</responseCode></oops>',
      '<data/>',
      '</ServiceResponse>',
    ];
    const { source, pulled, closed } = counted(chunks, 2);
    const r = await v.validateStream(source);
    expect(pulled()).toBe(2);
    expect(closed()).toBe(true);
    expect(r.errors.map((e) => e.code)).toEqual(['XmlSyntax']);
    expect(r).toEqual(validateXml(chunks.join(''), serviceResponseModel));
  });

  it('maxBytes and an entity declaration stop reading as well', async () => {
    const v = new XmlValidator(serviceResponseModel, { maxBytes: 20 });
    const big = counted(['<ServiceResponse>', '<responseCode>SUCCESS', '</responseCode>', '</ServiceResponse>'], 2);
    const r = await v.validateStream(big.source);
    expect(big.pulled()).toBe(2);
    expect(r.errors.map((e) => e.code)).toEqual(['XmlLimit']);

    const w = new XmlValidator(serviceResponseModel);
    const ent = counted(['<!DOCTYPE ServiceResponse [<!ENTITY x "y">]>', GOOD], 1);
    const r2 = await w.validateStream(ent.source);
    expect(ent.pulled()).toBe(1);
    expect(r2.errors.map((e) => e.code)).toEqual(['XmlEntityDeclared']);
  });

  it('maxErrors reached: the rest of the document is not read', async () => {
    const bad = GOOD.replace('<id>1</id>', '<id>x</id>');
    const v = new XmlValidator(serviceResponseModel, { maxErrors: 1 });
    const cut = bad.indexOf('<qid>');
    const { source, pulled } = counted([bad.slice(0, cut), bad.slice(cut)], 1);
    const r = await v.validateStream(source);
    expect(pulled()).toBe(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['XmlLimit']);
    expect(r.errors).toEqual(validateXml(bad, serviceResponseModel, { maxErrors: 1 }).errors);
  });

  it('a well-formed document is read to its end; the next one after a stop is checked whole', async () => {
    const v = new XmlValidator(serviceResponseModel);
    const first = counted(['<ServiceResponse>', '</x>', GOOD], 2);
    await v.validateStream(first.source);
    const second = counted([GOOD.slice(0, 40), GOOD.slice(40, 90), GOOD.slice(90)]);
    const r = await v.validateStream(second.source);
    expect(second.pulled()).toBe(3);
    expect(r).toEqual(validateXml(GOOD, serviceResponseModel));
    expect(r.valid).toBe(true);
  });
});

describe('XmlValidator: the first document on a new validator', () => {
  it('gets the verdict of validateXml, for string, bytes and streamed input', async () => {
    const bytes = new TextEncoder().encode(GOOD);
    expect(new XmlValidator(serviceResponseModel).validate(GOOD)).toEqual(validateXml(GOOD, serviceResponseModel));
    expect(new XmlValidator(serviceResponseModel).validate(bytes)).toEqual(validateXml(bytes, serviceResponseModel));
    const streamed = await new XmlValidator(serviceResponseModel).validateStream([GOOD.slice(0, 7), GOOD.slice(7)]);
    expect(streamed).toEqual(validateXml(GOOD, serviceResponseModel));
  });
});
