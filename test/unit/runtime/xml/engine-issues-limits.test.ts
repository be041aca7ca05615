/**
 * The engine's issue lists (engine-issues.ts): `maxErrors` errors at most, then one `XmlLimit`
 * warning located where the last error is and the engine stops (nothing recorded after, even
 * from the same start tag); a fatal error is an error and stops the engine; undeclared elements
 * in open content (drift) are warnings naming the element, errors when `strict`; every issue is
 * located at 1-based line:column with the path of the open elements; `reset` starts empty lists without
 * touching the lists of a verdict handed out.
 *
 * @see XSD 1.1 Part 1 §3.3.4.3 (element locally valid), §3.10.1 (open content / wildcards);
 *      XML 1.0 §2.1 (a fatal well-formedness error ends processing)
 */
import { describe, expect, it } from 'vitest';
import { EngineIssues } from '../../../../runtime/xml/engine-issues.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { resolveXmlOptions } from '../../../../runtime/xml/xml-validate-options.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';

const FINDING = `<Finding status="NEW"><id>1</id><qid>150001</qid><name>XSS</name><severity>5</severity>
<score units="cvss">7.5</score><firstDetectedDate>2024-01-02T03:04:05Z</firstDetectedDate>
<lastTestedDate>2024-02-01T00:00:00Z</lastTestedDate><url>https://a.example/b</url></Finding>`;
const doc = (finding = FINDING) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ServiceResponse><responseCode>SUCCESS</responseCode>\n<data>${finding}</data></ServiceResponse>`;

const FINDING_PATH = '/ServiceResponse/data/Finding[1]';

describe('maxErrors: the stop after so many errors', () => {
  const twoBad = doc(FINDING.replace('<id>1</id>', '<id>x</id>').replace('<qid>150001</qid>', '<qid>y</qid>'));

  it('records maxErrors errors, then one XmlLimit warning at the last error, and stops', () => {
    const all = validateXml(twoBad, serviceResponseModel);
    expect(all.errors.map((e) => e.location.path)).toEqual([`${FINDING_PATH}/id`, `${FINDING_PATH}/qid`]);
    expect(all.warnings).toEqual([]);

    const r = validateXml(twoBad, serviceResponseModel, { maxErrors: 2 });
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(all.errors);
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings[0]!;
    expect([w.severity, w.code]).toEqual(['warning', 'XmlLimit']);
    expect(w.location).toEqual(all.errors[1]!.location);
    // Located as the second error: line 3, column of `<qid>`'s `<`.
    expect([w.location.line, w.location.column]).toEqual([3, twoBad.split('\n')[2]!.indexOf('<qid>') + 1]);
    expect(w.message).toMatch(/\b2 errors\b/);
  });

  it('maxErrors 1: the first error only, with the warning counting one', () => {
    const r = validateXml(twoBad, serviceResponseModel, { maxErrors: 1 });
    expect(r.errors.map((e) => e.location.path)).toEqual([`${FINDING_PATH}/id`]);
    expect(r.warnings.map((w) => [w.severity, w.code, w.location.path])).toEqual([
      ['warning', 'XmlLimit', `${FINDING_PATH}/id`],
    ]);
    expect(r.warnings[0]!.message).toMatch(/\b1 errors?\b/);
  });

  it('faults of one start tag beyond the limit are not recorded', () => {
    const xml = doc(FINDING.replace('status="NEW"', 'status="BAD" foo="1" bar="2"'));
    const all = validateXml(xml, serviceResponseModel);
    expect(all.errors.length).toBeGreaterThan(1);
    const r = validateXml(xml, serviceResponseModel, { maxErrors: 1 });
    expect(r.errors).toEqual([all.errors[0]]);
    expect(r.warnings.map((w) => w.code)).toEqual(['XmlLimit']);
  });
});

describe('fatal errors', () => {
  it('are errors, located, with the path of the elements still open', () => {
    const r = validateXml('<ServiceResponse><responseCode>SUCCESS</responseCode>\n<data>', serviceResponseModel);
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect([e.severity, e.code, e.location.line, e.location.path]).toEqual([
      'error',
      'XmlSyntax',
      2,
      '/ServiceResponse/data',
    ]);
  });

  it('an entity declaration is a fatal error at the DOCTYPE, before any element', () => {
    const r = validateXml('<?xml version="1.0"?>\n <!DOCTYPE a [<!ENTITY x "y">]>\n<a/>', serviceResponseModel);
    expect(r.errors.map((e) => [e.severity, e.code, e.location])).toEqual([
      ['error', 'XmlEntityDeclared', { line: 2, column: 2, path: '' }],
    ]);
  });
});

describe('drift: an undeclared element in open content', () => {
  const xml = doc(FINDING.replace('</url>', '</url><resultList><newField/></resultList>'));
  const at = { path: `${FINDING_PATH}/resultList/newField`, line: 5 };

  it('is a warning that names the element', () => {
    const r = validateXml(xml, serviceResponseModel);
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings[0]!;
    expect([w.severity, w.code, w.found, w.location.path, w.location.line]).toEqual([
      'warning',
      'UndeclaredElement',
      'newField',
      at.path,
      at.line,
    ]);
    expect(w.location.column).toBe(xml.split('\n')[4]!.indexOf('<newField') + 1);
    expect(w.message).toContain('newField');
  });

  it('is an error when strict, the same otherwise', () => {
    const lax = validateXml(xml, serviceResponseModel).warnings[0]!;
    const r = validateXml(xml, serviceResponseModel, { strict: true });
    expect(r.valid).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.errors).toEqual([{ ...lax, severity: 'error' }]);
  });
});

describe('EngineIssues directly', () => {
  const make = (maxErrors = 100) => new EngineIssues(resolveXmlOptions({ maxErrors }));

  it('nothing is recorded once stopped by maxErrors: no error, warning or fatal', () => {
    const x = make(2);
    x.issue('error', 'InvalidValue', 'one', 1, 1, '/a');
    x.issue('warning', 'UndeclaredElement', 'w', 1, 2, '/a/w');
    expect(x.stopped).toBe(false);
    x.issue('error', 'InvalidValue', 'two', 2, 3, '/a/b');
    expect(x.stopped).toBe(true);
    x.issue('error', 'InvalidValue', 'three', 3, 1, '/a/c');
    x.issue('warning', 'UndeclaredElement', 'w2', 3, 2, '/a/d');
    x.fatal('XmlSyntax', 'late', 4, 1);
    expect(x.errors.map((e) => e.message)).toEqual(['one', 'two']);
    expect(x.warnings.map((w) => [w.severity, w.code, w.location])).toEqual([
      ['warning', 'UndeclaredElement', { line: 1, column: 2, path: '/a/w' }],
      ['warning', 'XmlLimit', { line: 2, column: 3, path: '/a/b' }],
    ]);
  });

  it('a fatal error is an error located at line:column, and only the first one counts', () => {
    const x = make();
    x.fatal('XmlSyntax', 'first', 3, 7);
    x.fatal('XmlLimit', 'second', 4, 1);
    x.issue('error', 'InvalidValue', 'after', 5, 1, '/a');
    expect(x.stopped).toBe(true);
    expect(x.errors).toEqual([
      { severity: 'error', code: 'XmlSyntax', message: 'first', location: { line: 3, column: 7, path: '' } },
    ]);
    expect(x.warnings).toEqual([]);
  });

  it('reset: empty lists and running again; a list handed out keeps its issues', () => {
    const x = make(1);
    x.issue('error', 'InvalidValue', 'one', 1, 1, '/a');
    const errors = x.errors;
    const warnings = x.warnings;
    x.reset();
    expect([x.errors, x.warnings, x.stopped]).toEqual([[], [], false]);
    x.issue('warning', 'UndeclaredElement', 'w', 2, 2, '/b');
    expect(errors.map((e) => e.message)).toEqual(['one']);
    expect(warnings.map((w) => w.code)).toEqual(['XmlLimit']);
    expect(x.warnings.map((w) => w.message)).toEqual(['w']);
  });
});
