/**
 * Bench reference child: the saxes tokenizer alone, with the same options and handlers the qspec
 * driver registers (positions on, every event handled, nothing validated), on 64 KiB chunks of
 * strict UTF-8. Its speed is the ceiling of any validator built on saxes. Prints
 * `{ valid, elements }`.
 *
 * Usage: saxes-tokenize-child.ts FILE
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

const file = process.argv[2];
if (!file) throw new Error('usage: saxes-tokenize-child FILE');
const p = new SaxesParser({ xmlns: false, position: true });
let elements = 0;
let valid = true;
let where = 0;
p.on('opentag', () => {
  elements++;
  where = p.line + p.columnIndex;
});
p.on('closetag', () => {
  where = p.line + p.columnIndex;
});
p.on('text', () => {});
p.on('cdata', () => {});
p.on('comment', () => {});
p.on('doctype', () => {});
p.on('error', () => {
  valid = false;
});
const decoder = new TextDecoder('utf-8', { fatal: true });
for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
  p.write(decoder.decode(chunk as Uint8Array, { stream: true }));
}
p.close();
process.stdout.write(`${JSON.stringify({ valid, elements, where: where > 0 })}\n`);
