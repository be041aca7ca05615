/**
 * One large file cut between records and validated on several threads (record-split.ts): its
 * verdict is exactly the single-thread one (`validatePayloadFile`: issues, locations, paths,
 * bytes), valid or not, wherever the cuts land, and the parts' verdict is used only when every
 * part was clean. Each document is a WAS search response of ~1.5 MB (over the 1 MiB below which
 * files are never cut), checked with real worker threads. Each case also says which way it went
 * (`parallel`), so a change that silently stopped cutting (or trusted a false cut) fails here.
 */
import { closeSync, fstatSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitParts } from '../../../../conformance/validate/batch-threads.js';
import { validateRecordSplit } from '../../../../conformance/validate/record-split.js';
import { planRecordSplit, recordLevel } from '../../../../conformance/validate/record-split-plan.js';
import { checkSegment } from '../../../../conformance/validate/record-split-segment.js';
import { BatchWorkers } from '../../../../conformance/validate/validate-parallel.js';
import { type PayloadOptions, validatePayloadFile } from '../../../../conformance/validate/validate-payload.js';
import {
  targetForEndpoint,
  targetForSchema,
  type ValidationTarget,
} from '../../../../conformance/validate/validation-target.js';
import { xmlEngineDriver } from '../../../../conformance/validate/xml-engine.js';
import { loadIrDocument, loadSchemaFile } from '../../../../generator/load/load-ir.js';
import { repoRoot } from '../helpers.js';

const tmp = path.join(os.tmpdir(), `qspec-record-split-${process.pid}`);
let table: Record<string, ValidationTarget>;

beforeAll(async () => {
  const doc = await loadIrDocument(path.join(repoRoot, 'specs'));
  table = { xml: targetForEndpoint(doc, 'was.webapp.search', 200, 'xml') };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="webapp.xsd">
  <responseCode>SUCCESS</responseCode>
  <count>RECORDS</count>
  <hasMoreRecords>false</hasMoreRecords>
  <data>
`;
const FOOT = `  </data>
</ServiceResponse>
`;
const RECORDS = 5000;

function record(i: number, name = `app ${i}`): string {
  return `    <WebApp>
      <id>${100000 + i}</id>
      <name><![CDATA[${name}]]></name>
      <url><![CDATA[https://app${i}.example.com/]]></url>
      <owner><id>${10000 + (i % 97)}</id></owner>
      <tags><count>0</count></tags>
      <createdDate>2024-0${1 + (i % 9)}-10T00:01:33Z</createdDate>
    </WebApp>
`;
}

/** A search response of RECORDS records; `edit(i, text)` may change record i. */
function document(edit: (i: number, text: string) => string = (_, t) => t, head = HEAD, foot = FOOT): string {
  const parts = [head.replace('RECORDS', String(RECORDS))];
  for (let i = 0; i < RECORDS; i++) parts.push(edit(i, record(i)));
  parts.push(foot);
  return parts.join('');
}

let n = 0;
function write(text: string | Buffer, ext = 'xml'): string {
  const file = path.join(tmp, `doc-${n++}.${ext}`);
  rmSync(file, { force: true });
  writeFileSync(file, text, { flag: 'wx' });
  return file;
}

/** The split verdict (with `workers` threads besides this one) against the single-thread one. */
async function compare(text: string | Buffer, workers = 1, targets = table) {
  const file = write(text);
  const pool = new BatchWorkers(workers);
  try {
    const split = await validateRecordSplit({ shown: file, abs: file }, targets, {}, pool);
    const serial = await validatePayloadFile(file, targets.xml!, {});
    return { split, serial };
  } finally {
    pool.close();
  }
}

describe('record split: the single-thread verdict, from the parts when every part is clean', () => {
  beforeAll(() => mkdirSync(tmp, { recursive: true }));

  it('a valid document cut in 2 and in 3: valid from the parts, byte count included', async () => {
    for (const workers of [1, 2]) {
      const { split, serial } = await compare(document(), workers);
      expect(serial.valid).toBe(true);
      expect(split).toMatchObject({ parts: workers + 1, parallel: true });
      expect(split!.verdict).toEqual(serial);
    }
  });

  it('multi-byte characters, a byte order mark and CRLF line ends: the same bytes and verdict', async () => {
    const text = document((i, t) => (i % 7 === 0 ? t.replace(`app ${i}`, `appé 日本 ${i} 𝄞`) : t));
    for (const body of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      text.replace(/\n/g, '\r\n'),
    ]) {
      const { split, serial } = await compare(body);
      expect(serial.valid).toBe(true);
      expect(split).toMatchObject({ parallel: true });
      expect(split!.verdict).toEqual(serial);
    }
  });

  it('an invalid record in any part, or a broken end: the single-thread issues, read on one thread', async () => {
    const bogus = (at: number) => (i: number, t: string) => (i === at ? t.replace('<tags>', '<bogus/><tags>') : t);
    const cases: [string, number][] = [
      [document(bogus(1500)), 1], // first part (this thread), past the planning probe's 256 KiB
      [document(bogus(Math.floor(RECORDS * 0.6))), 1], // last part (a worker)
      [document(bogus(Math.floor(RECORDS * 0.5))), 2], // middle part of three
      [document(bogus(RECORDS - 1)), 2], // last record
      [document(undefined, HEAD, '  </data>\n'), 1], // the root never closed
      [document(undefined, HEAD, `${FOOT}<after/>`), 1], // a second root
      [document((i, t) => (i === 3000 ? t.replace('</name>', '</nam>') : t)), 1], // malformed
      [document((i, t) => (i === 3000 ? `${t}    stray text\n` : t)), 1], // text between records
    ];
    for (const [text, workers] of cases) {
      const { split, serial } = await compare(text, workers);
      expect(serial.valid).toBe(false);
      expect(split).toMatchObject({ parallel: false });
      expect(split!.verdict).toEqual(serial);
    }
    // An issue within the first 256 KiB: seen while planning, so the file is not cut at all.
    const { split } = await compare(document(bogus(10)));
    expect(split).toBeUndefined();
  });

  it('a warning (drift in an elided type) in the last part: read on one thread, the warning reported', async () => {
    const xml = table.xml as Extract<ValidationTarget, { kind: 'xml' }>;
    const open = { ...xml.model, types: xml.model.types.map((t) => (t.k === 'complex' ? { ...t, open: true } : t)) };
    const drifting = { xml: { ...xml, model: open } };
    const text = document((i, t) => (i === RECORDS - 2 ? t.replace('<tags>', '<surprise/><tags>') : t));
    const { split, serial } = await compare(text, 1, drifting);
    expect(serial).toMatchObject({ valid: true, warnings: [{ code: 'UndeclaredElement' }] });
    expect(split).toMatchObject({ parallel: false });
    expect(split!.verdict).toEqual(serial);
  });

  it('cuts that land in a CDATA section or a comment holding "<WebApp>": not trusted, the same verdict', async () => {
    const noise = ' <WebApp> x'.repeat(300);
    const cdata = document((i, t) => t.replace(`app ${i}`, noise));
    const comment = document((_, t) => `    <!--${noise} -->\n${t}`);
    for (const text of [cdata, comment]) {
      const { split, serial } = await compare(text);
      expect(serial.valid).toBe(true);
      // Most bytes are noise, so the byte search's cut falls inside it: the part is not clean.
      expect(split).toMatchObject({ parallel: false });
      expect(split!.verdict).toEqual(serial);
    }
  });

  it('a part that ends between records but not in the loop state the cut assumes is not clean', async () => {
    // <list> holds item*, sep, item*: two loops. A middle part holding the first sep ends in the
    // second loop; the last part, read from the head, takes its items for the first loop and its
    // (second, invalid) sep for the first: alone it is valid. Only the middle part's end state
    // shows that the cut was wrong.
    const xsd = write(
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="list"><xs:complexType><xs:sequence>
    <xs:element name="item" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="sep" type="xs:string"/>
    <xs:element name="item" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`,
      'xsd',
    );
    const list = { xml: targetForSchema(await loadSchemaFile(xsd), 'list', 'list.xsd') };
    const items = 60_000;
    const body = (second: string) => {
      const out = ['<?xml version="1.0" encoding="UTF-8"?>\n<list>\n'];
      for (let i = 0; i < items; i++) {
        if (i === items * 0.4) out.push('<sep>a</sep>\n');
        if (i === items * 0.8) out.push(second);
        out.push(`<item>${i}</item>\n`);
      }
      out.push('</list>\n');
      return out.join('');
    };
    // Valid or not (a second sep), the middle part ends in the second loop: read on one thread.
    // (Trusting it would call the invalid one valid: its every part is valid alone.)
    const good = await compare(body(''), 2, list);
    expect(good.serial.valid).toBe(true);
    expect(good.split).toMatchObject({ parts: 3, parallel: false });
    expect(good.split!.verdict).toEqual(good.serial);
    const bad = await compare(body('<sep>b</sep>\n'), 2, list);
    expect(bad.serial.valid).toBe(false);
    expect(bad.split).toMatchObject({ parts: 3, parallel: false });
    expect(bad.split!.verdict).toEqual(bad.serial);
  });

  it('not cut: small files, UTF-16, documents that are not records', async () => {
    const small = HEAD + record(1) + FOOT;
    const utf16 = Buffer.from(`\ufeff${document().replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le');
    // One record of 2 MB: the probe of the head ends inside it before any record closed... and
    // there is no second record to cut at.
    const flat = `${HEAD}    <WebApp><id>1</id><name>${'x'.repeat(2_000_000)}</name></WebApp>\n${FOOT}`;
    for (const text of [small, utf16, flat]) {
      const { split } = await compare(text);
      expect(split).toBeUndefined();
    }
  });
});

describe('splitParts: how many parts one file is cut into', () => {
  it('one per core and per 24 MiB by default; --jobs N: N, at most one per MiB', () => {
    const MiB = 1024 * 1024;
    expect(splitParts(47 * MiB, 2)).toBe(1);
    expect(splitParts(48 * MiB, 2)).toBe(2);
    expect(splitParts(1000 * MiB, 2)).toBe(2);
    expect(splitParts(1000 * MiB, 8)).toBe(8);
    expect(splitParts(3 * MiB, 2, 2)).toBe(2);
    expect(splitParts(3 * MiB, 2, 8)).toBe(3);
    expect(splitParts(MiB - 1, 2, 2)).toBe(1);
    expect(splitParts(100 * MiB, 2, 1)).toBe(1);
  });
});

describe('checkSegment: one part, in this thread', () => {
  beforeAll(() => mkdirSync(tmp, { recursive: true }));

  /** The WebApp model, the file's head (up to record 0) and each record's offset. */
  function setUp(text: string) {
    const file = write(text);
    const model = (table.xml as Extract<ValidationTarget, { kind: 'xml' }>).model;
    const bytes = Buffer.from(text);
    const starts: number[] = [];
    for (let at = bytes.indexOf('    <WebApp>'); at >= 0; at = bytes.indexOf('    <WebApp>', at + 1))
      starts.push(at + 4);
    const head = bytes.subarray(0, starts[0]);
    const level = { depth: 2, names: ['ServiceResponse', 'data'], element: 'WebApp' };
    const part = (from: number, to: number, last = false, h: Uint8Array = head, element = 'WebApp') =>
      checkSegment({ file, head: h, from, to, last, level: { ...level, element } }, model, {
        maxBytes: 1e9,
        maxDepth: 256,
      });
    return { bytes, starts, part };
  }

  it('a middle part between two records, and the last part: clean, with their byte counts', () => {
    const { bytes, starts, part } = setUp(document());
    expect(part(starts[100]!, starts[2000]!)).toEqual({ clean: true, bytes: starts[2000]! - starts[100]! });
    expect(part(starts[2000]!, bytes.length, true)).toEqual({ clean: true, bytes: bytes.length - starts[2000]! });
    // The same part for a record the list does not hold: the head does not lead into a loop.
    expect(part(starts[100]!, starts[2000]!, false, undefined, 'owner')).toEqual({ clean: false, bytes: 0 });
  });

  it('not clean: a part with an issue, ending mid-record, starting mid-record, a head not at the records', () => {
    const { bytes, starts, part } = setUp(document((i, t) => (i === 150 ? t.replace('<tags>', '<bogus/><tags>') : t)));
    const NOT = { clean: false, bytes: 0 };
    expect(part(starts[100]!, starts[200]!)).toEqual(NOT);
    expect(part(starts[300]!, starts[400]! + 20)).toEqual(NOT);
    expect(part(starts[300]! + 20, starts[400]!)).toEqual(NOT);
    expect(part(starts[300]!, starts[400]!, false, bytes.subarray(0, starts[0]! - 10))).toEqual(NOT);
    // The last part must end the document; a middle range read as the last does not.
    expect(part(starts[300]!, starts[400]!, true)).toEqual(NOT);
    // A file shorter than the range (it shrank): not judged.
    expect(part(starts[300]!, bytes.length + 100)).toEqual(NOT);
    // The last part, from a clean start to the end, with the issue in it.
    expect(part(starts[100]!, bytes.length, true)).toEqual(NOT);
  });
});

describe('the plan: record level, head and cuts', () => {
  beforeAll(() => mkdirSync(tmp, { recursive: true }));
  const model = () => (table.xml as Extract<ValidationTarget, { kind: 'xml' }>).model;
  const plan = (text: string | Buffer, parts: number) => {
    const file = write(text);
    const fd = openSync(file, 'r');
    try {
      return planRecordSplit(fd, fstatSync(fd).size, parts, () =>
        xmlEngineDriver(model(), { maxBytes: 1e9, maxDepth: 256 }),
      );
    } finally {
      closeSync(fd);
    }
  };

  it('the head ends at the first record; each cut is the first record start after its 1/n', () => {
    const text = document();
    const bytes = Buffer.from(text);
    const starts: number[] = [];
    for (let at = bytes.indexOf('<WebApp>'); at >= 0; at = bytes.indexOf('<WebApp>', at + 1)) starts.push(at);
    const p = plan(text, 3)!;
    expect(p.level).toMatchObject({
      depth: 2,
      names: ['ServiceResponse', 'data'],
      record: 'WebApp',
      element: 'WebApp',
    });
    expect(Buffer.from(p.head).toString()).toBe(text.slice(0, starts[0]));
    const headEnd = starts[0]!;
    const expected = [1, 2].map((i) => {
      const target = headEnd + Math.floor(((bytes.length - headEnd) * i) / 3);
      return starts.find((s) => s >= target);
    });
    expect(p.cuts).toEqual(expected);
    expect(plan(text, 2)!.cuts).toHaveLength(1);
    expect(plan(text, 1)).toBeUndefined();
  });

  it('"<WebApp" counts only as a whole name (space, tab, CR, LF, "/" or ">" after it)', () => {
    // Records renamed in the middle of the file: no cut can be found after half of it.
    const odd = document((i, t) =>
      i > 100 ? t.replace('<WebApp>', '<WebAppX>').replace('</WebApp>', '</WebAppX>') : t,
    );
    expect(plan(odd, 2)).toBeUndefined();
    for (const sep of [' ', '\t', '\r\n', '\n']) {
      const text = document((_, t) => t.replace('<WebApp>', `<WebApp${sep}>`));
      const p = plan(text, 2)!;
      expect(
        Buffer.from(text)
          .subarray(p.cuts[0]!, p.cuts[0]! + 8)
          .toString(),
      ).toBe(`<WebApp${sep}`.slice(0, 8));
    }
  });

  it('the head is the first "<WebApp" where the reader stands at the record level (not one in a comment)', () => {
    const text = document((i, t) => (i === 0 ? `    <!-- <WebApp> <WebApp/> -->\n${t}` : t));
    const p = plan(text, 2)!;
    expect(Buffer.from(p.head).toString()).toBe(text.slice(0, text.indexOf('    <WebApp>') + 4));
    // No record start in the probe outside a comment: no plan.
    const none = HEAD.replace('RECORDS', '0') + `    <!-- ${'<WebApp> '.repeat(40_000)} -->\n` + FOOT;
    expect(plan(none, 2)).toBeUndefined();
  });

  it('recordLevel: the outermost element-only parent whose state loops on its child', () => {
    const text = `${HEAD.replace('RECORDS', '2')}${record(1)}${record(2).slice(0, 60)}`;
    const d = xmlEngineDriver(model(), { maxBytes: 1e9, maxDepth: 256 });
    d.write(Buffer.from(text));
    const open = d.engine.openElements()!;
    expect(open.map((o) => o.name)).toEqual(['ServiceResponse', 'data', 'WebApp', 'name']);
    expect(recordLevel(open)).toMatchObject({ depth: 2, record: 'WebApp', names: ['ServiceResponse', 'data'] });
    // Without the list element's loop (a state that is not the one after a record), nothing.
    expect(recordLevel(open.map((o, i) => (i === 1 ? { ...o, state: open[0]!.state } : o)))).toBeUndefined();
    expect(recordLevel(open.map((o, i) => (i === 1 ? { ...o, text: true } : o)))).toBeUndefined();
    expect(recordLevel(open.map((o, i) => (i === 1 ? { ...o, state: undefined } : o)))).toBeUndefined();
    expect(recordLevel(open.slice(0, 2))).toBeUndefined();
  });
});

describe('validateRecordSplit: files it leaves to one thread', () => {
  beforeAll(() => mkdirSync(tmp, { recursive: true }));

  it('over --max-bytes, at most 1 MiB, binary, or checked against a JSON target', async () => {
    const big = document();
    const under = HEAD.replace('RECORDS', '3000') + Array.from({ length: 3000 }, (_, i) => record(i)).join('') + FOOT;
    expect(Buffer.byteLength(under)).toBeLessThan(1024 * 1024);
    const binary = Buffer.concat([
      Buffer.from(big.slice(0, 100)),
      Buffer.from([0, 1, 2, 3]),
      Buffer.from(big.slice(100)),
    ]);
    const json: ValidationTarget = { kind: 'json', label: 'JSON', schemaId: 'j', validate: (() => true) as never };
    const cases: [string | Buffer, PayloadOptions, Record<string, ValidationTarget>][] = [
      [big, { maxBytes: 1024 * 1024 }, table],
      [under, {}, table],
      [binary, {}, table],
      [big, {}, { xml: json }],
    ];
    for (const [text, options, targets] of cases) {
      const file = write(text);
      const pool = new BatchWorkers(1);
      try {
        expect(await validateRecordSplit({ shown: file, abs: file }, targets, options, pool)).toBeUndefined();
      } finally {
        pool.close();
      }
    }
    // The same large file is cut when it fits (the cases above differ only in what they test).
    expect((await compare(big)).split).toMatchObject({ parallel: true });
  });
});
