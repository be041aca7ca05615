/**
 * Sample requests in a release note: every `curl` command, re-joined across the PDF line breaks
 * (a URL broken inside its quotes is glued back without a space), with its method (`-X`,
 * `--request`, or POST when it sends `-d`), its URL path and its FO `action`.
 *
 * Qualys release notes carry curl samples with URLs broken across lines.
 */
import { type NotePath, parseNotePath } from './note-paths.js';
import { delimitedSpans } from './note-scan.js';
import type { NoteText } from './note-text.js';

export interface NoteRequest {
  readonly line: number;
  readonly page: number;
  readonly method: string;
  readonly path: NotePath;
}

const URL_START = /^(?:https?:\/\/|<qualys_base_url>|<platform)/i;

export function findNoteRequests(note: NoteText): NoteRequest[] {
  const out: NoteRequest[] = [];
  note.lines.forEach((line, i) => {
    if (!/\bcurl\b/.test(line)) return;
    const command = joinCommand(note.lines, i);
    const url = extractUrl(command);
    if (!url) return;
    const explicit = /(?:-X|--request)\s+["']?([A-Z]+)/.exec(command)?.[1];
    const method = explicit ?? (/\s(?:-d|--data\S*)\s/.test(command) ? 'POST' : 'GET');
    let path = parseNotePath(url.replace(/^<qualys_base_url>(?!\/)/i, '<qualys_base_url>/'));
    if (!path.action) {
      const action = /action=([A-Za-z]+)/.exec(command)?.[1];
      if (action) path = { ...path, action };
    }
    out.push({ line: i + 1, page: note.pageOf[i]!, method, path });
  });
  return out;
}

/** Joins the command's lines: inside an open quote the break is dropped, otherwise a space. */
function joinCommand(lines: readonly string[], start: number): string {
  let text = '';
  let quote: string | null = null;
  for (let i = start; i < Math.min(lines.length, start + 8); i++) {
    const line = i === start ? lines[i]!.slice(lines[i]!.indexOf('curl')) : lines[i]!.trim();
    if (i > start && line === '' && quote === null) break;
    text += i === start ? line : quote !== null ? line : ` ${line}`;
    for (const ch of line) {
      if (quote === null && (ch === '"' || ch === "'" || ch === '”')) quote = ch === '”' ? '"' : ch;
      else if (quote !== null && (ch === quote || (quote === '"' && ch === '”'))) quote = null;
    }
    if (quote === null && i > start && /["']\s*$/.test(line) && /https?:|qualys_base_url/.test(text)) {
      // the URL's closing quote ends the interesting part of the command
      if (!/\\\s*$/.test(line)) break;
    }
  }
  return text;
}

function extractUrl(command: string): string | undefined {
  for (const span of delimitedSpans(command, `"'“`, `"'”`)) {
    const candidate = span.inner.trim().replace(/\s+/g, '');
    if (URL_START.test(candidate)) return candidate;
  }
  const bare = /(https?:\/\/\S+)/.exec(command)?.[1];
  return bare;
}
