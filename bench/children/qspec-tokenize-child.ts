/**
 * Bench reference child: qspec's own tokenizer (runtime/xml/xml-scanner.ts) alone, fed
 * 64 KiB chunks of strict UTF-8 exactly as the validator feeds it, with an engine that validates
 * nothing but asks for every text (so each text string is built). Its speed is the ceiling of the
 * validator; the gap to `qspec engine` is the cost of validation. Prints `{ valid, elements }`.
 *
 * Usage: qspec-tokenize-child.ts FILE
 */
import { createReadStream } from 'node:fs';
import { Utf8Input } from '../../runtime/xml/utf8-input.js';
import type { XmlEngine } from '../../runtime/xml/xml-engine.js';
import { XmlScanner } from '../../runtime/xml/xml-scanner.js';

const file = process.argv[2];
if (!file) throw new Error('usage: qspec-tokenize-child FILE');
let elements = 0;
let valid = true;
const counting = {
  stopped: false,
  textWanted: 2,
  startElement() {
    elements++;
  },
  endElement() {},
  text() {},
  fatal() {
    valid = false;
    this.stopped = true;
  },
};
const scanner = new XmlScanner(counting as unknown as XmlEngine, { doctype() {}, entity() {} });
const input = new Utf8Input();
for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
  const d = input.decode(chunk as Uint8Array, false);
  scanner.write(d.text);
  if (d.bad) valid = false;
  if (!valid) break;
}
if (valid) scanner.end();
process.stdout.write(`${JSON.stringify({ valid, elements })}\n`);
