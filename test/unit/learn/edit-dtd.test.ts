/**
 * `qspec learn --write` on DTD sources: a new element goes into the parent's content model with
 * the connector of its group (`, X?` in a sequence, `| X` in a repeated choice or mixed content,
 * out of a non-repeating choice), and is declared after its parent; attributes join the ATTLIST
 * (or a new one), enumeration values the `( … )` group; occurrence indicators combine. The rest
 * of the file is kept byte for byte. Real temp spec folders and HAR files, through runLearn.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLearn } from '../../../conformance/learn/run-learn.js';
import { oneSchemaSpecs, writeHar, X_URL } from './learn-fixture.js';

const DTD = `<!-- header comment kept -->
<!ELEMENT R (A, (B | C), D*, M?, P?, E?)>
<!ELEMENT A (#PCDATA)>
<!ELEMENT B (#PCDATA)>
<!ELEMENT C (#PCDATA)>
<!ELEMENT D (#PCDATA)>
<!ATTLIST D
    kind (x | y) #REQUIRED
    note CDATA #IMPLIED
>
<!ELEMENT M (#PCDATA | A)*>
<!ELEMENT P (#PCDATA)>
<!ELEMENT E EMPTY>
`;

async function learn(body: string) {
  const { dir, specs, file } = oneSchemaSpecs('dtd', DTD, 'R');
  const har = writeHar(path.join(dir, 'r.har'), [{ url: X_URL, body: `<!DOCTYPE R SYSTEM "s.dtd">\n${body}` }]);
  const run = await runLearn({ specsDir: specs, inputs: [har], write: true });
  return { run, text: readFileSync(file, 'utf8') };
}

describe('learn --write on DTD', () => {
  it('adds an element after its preceding sibling (out of the non-repeating choice) and declares it after the parent', async () => {
    const { run, text } = await learn('<R><A>1</A><B>2</B><N>3</N><D kind="x"/></R>');
    expect(run.proposals.map((p) => [p.rule, p.path])).toEqual([['element-added', 'R/N']]);
    expect(text).toContain(
      '<!ELEMENT R (A, (B | C), N?, D*, M?, P?, E?)>\n<!ELEMENT N (#PCDATA)>\n<!ELEMENT A (#PCDATA)>',
    );
    expect(text.replace('N?, ', '').replace('<!ELEMENT N (#PCDATA)>\n', '')).toBe(DTD);
    expect(run.after).toEqual({ cases: 1, failing: 0 });
  });

  it('declares the nested content of a new element, reusing declared names, and places a first child before its follower', async () => {
    const { text, run } = await learn('<R><Z/><A>1</A><C>2</C><G k="1"><A>x</A><H>y</H><H>z</H></G></R>');
    // G follows C, which sits in a choice that does not repeat: G goes after the whole choice.
    expect(text).toContain('<!ELEMENT R (Z?, A, (B | C), G?, D*, M?, P?, E?)>');
    expect(text).toContain('<!ELEMENT G (A, H+)>\n<!ATTLIST G k CDATA #IMPLIED>\n<!ELEMENT H (#PCDATA)>');
    expect(text.match(/<!ELEMENT A /g)).toHaveLength(1);
    expect(run.after?.failing).toBe(0);
  });

  it('adds to mixed content, to (#PCDATA) and to EMPTY', async () => {
    const { text, run } = await learn('<R><A>1</A><B>2</B><M>t<A>a</A><Q>q</Q></M><P>t<S>s</S></P><E><T/></E></R>');
    expect(text).toContain('<!ELEMENT M (#PCDATA | A | Q)*>');
    expect(text).toContain('<!ELEMENT P (#PCDATA | S)*>');
    expect(text).toContain('<!ELEMENT E (T?)>');
    expect(run.after?.failing).toBe(0);
  });

  it('adds an attribute to a multi-line ATTLIST, a new ATTLIST, and an enumeration value in the group spacing', async () => {
    const { text, run } = await learn('<R a="1"><A>1</A><B>2</B><D kind="z" extra="e"/></R>');
    expect(run.proposals.map((p) => p.rule).sort()).toEqual(['attribute-added', 'attribute-added', 'enum-value-added']);
    expect(text).toContain(
      '<!ATTLIST D\n    kind (x | y | z) #REQUIRED\n    note CDATA #IMPLIED\n    extra CDATA #IMPLIED\n>',
    );
    expect(text).toContain('<!ELEMENT R (A, (B | C), D*, M?, P?, E?)>\n<!ATTLIST R a CDATA #IMPLIED>');
    expect(run.after?.failing).toBe(0);
  });

  it('combines occurrence changes of one name and relaxes a required attribute', async () => {
    const { text, run } = await learn('<R><B>2</B><D/><P>1</P><P>2</P></R>');
    expect(run.proposals.map((p) => p.rule).sort()).toEqual([
      'attribute-became-optional',
      'element-became-optional',
      'single-became-repeated',
    ]);
    expect(text).toContain('<!ELEMENT R (A?, (B | C), D*, M?, P*, E?)>');
    expect(text).toContain('kind (x | y) #IMPLIED');
    expect(run.after?.failing).toBe(0);
  });
});
