/**
 * One large file cut between records and validated on several threads (record-split.ts): its
 * verdict is exactly the single-thread one (`validatePayloadFile`: issues, locations, paths,
 * bytes), valid or not, wherever the cuts land, and the parts' verdict is used only when every
 * part was clean. Each document is a WAS search response of ~1.5 MB (over the 1 MiB below which
 * files are never cut), checked with real worker threads. Each case also says which way it went
 * (`parallel`), so a change that silently stopped cutting (or trusted a false cut) fails here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitParts } from '../../../../conformance/validate/batch-threads.js';
import { validateRecordSplit } from '../../../../conformance/validate/record-split.js';
import { checkSegment } from '../../../../conformance/validate/record-split-segment.js';
import { BatchWorkers } from '../../../../conformance/validate/validate-parallel.js';
import { validatePayloadFile } from '../../../../conformance/validate/validate-payload.js';
import {
  targetForEndpoint,
  targetForSchema,
  type ValidationTarget,
} from '../../../../conformance/validate/validation-target.js';
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
    const part = (from: number, to: number, last = false, h: Uint8Array = head) =>
      checkSegment({ file, head: h, from, to, last, level }, model, { maxBytes: 1e9, maxDepth: 256 });
    return { bytes, starts, part };
  }

  it('a middle part between two records, and the last part: clean, with their byte counts', () => {
    const { bytes, starts, part } = setUp(document());
    expect(part(starts[100]!, starts[2000]!)).toEqual({ clean: true, bytes: starts[2000]! - starts[100]! });
    expect(part(starts[2000]!, bytes.length, true)).toEqual({ clean: true, bytes: bytes.length - starts[2000]! });
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
  });
});
