/**
 * Binary garbage detection on the first bytes of a payload: a NUL byte or a run of C0 control
 * characters cannot start (or appear in) a well-formed XML 1.0 / JSON document, so such input is
 * reported at once as "not XML/JSON" with the line:column of the first offending byte, instead of
 * a confusing parser message. The bytes themselves are never echoed.
 *
 * @see XML 1.0 §2.2 (Char production), RFC 8259 §2
 */
import type { PayloadIssue } from './payload-issue.js';

export function sniffBinary(head: Uint8Array, what: 'XML' | 'JSON'): PayloadIssue | undefined {
  // UTF-16 XML (a byte order mark, or '<?' in UTF-16 without one) has NUL bytes: the XML engine decodes it.
  if (what === 'XML' && isUtf16Xml(head)) return undefined;
  // The common case, text only: one tight pass; lines and columns are counted only for a hit.
  let at = 0;
  while (at < head.length) {
    const b = head[at]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) break;
    at++;
  }
  if (at === head.length) return undefined;
  let line = 1;
  let column = 1;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    const control = b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d;
    if (control) {
      return {
        severity: 'error',
        code: 'NotXml',
        message: `binary data (byte 0x${b.toString(16).padStart(2, '0')} at offset ${i}): not a ${what} document`,
        location: { line, column },
      };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) {
      column++;
    }
  }
  return undefined;
}

function isUtf16Xml(b: Uint8Array): boolean {
  return (
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff) ||
    (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) ||
    (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f)
  );
}
