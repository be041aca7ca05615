/**
 * Test helper: the XML scanner fed directly, its token sink and DOCTYPE handler recording every
 * call as one line, so tests compare token streams as string arrays:
 * `S name 1:1` (with `attrs`: `S name {"a":"1"} 1:1`), `T "text" 1:4`, `E 1:9`,
 * `F XmlSyntax message 1:7` (the sink stops), `D name 1:1`, `N name 1:14` (with `entityFlags`:
 * `N %name internal 1:14`). Used by the scanner, scan-tags, scan-declarations, scanner-state and
 * internal-subset tests.
 */
import type { DoctypeHandler, XmlTokenSink } from '../../../../runtime/xml/scanner-state.js';
import type { EntityDecl } from '../../../../runtime/xml/xml-internal-subset.js';
import { XmlScanner } from '../../../../runtime/xml/xml-scanner.js';
import type { XmlDoctype } from '../../../../runtime/xml/xml-validate-options.js';

export interface RecordOptions {
  /** What the sink asks of text (default 2: all of it). */
  readonly textWanted?: 0 | 1 | 2;
  /** Start tags with their attributes as JSON. */
  readonly attrs?: boolean;
  /** One event per text run: its pieces (each located at the run's start) joined. */
  readonly mergeText?: boolean;
  /** Entity declarations with their parameter (`%`/`&`) and external/internal flags. */
  readonly entityFlags?: boolean;
  /** Called after each event is recorded (not after a fatal error); may stop the sink. */
  readonly after?: (sink: { stopped: boolean }, events: readonly string[]) => void;
}

export type RecordingSink = XmlTokenSink & { stopped: boolean };

/** A sink and DOCTYPE handler recording into `events`. */
export function recorders(events: string[], o: RecordOptions = {}): { sink: RecordingSink; doctype: DoctypeHandler } {
  const record = (event: string) => {
    events.push(event);
    o.after?.(sink, events);
  };
  const sink: RecordingSink = {
    stopped: false,
    textWanted: o.textWanted ?? 2,
    startElement(name, attrs, line, column) {
      record(o.attrs ? `S ${name} ${JSON.stringify(attrs)} ${line}:${column}` : `S ${name} ${line}:${column}`);
    },
    text(text, line, column) {
      const last = events.at(-1);
      if (o.mergeText && last?.startsWith('T ') && last.endsWith(` ${line}:${column}`)) {
        const prev: string = JSON.parse(last.slice(2, last.lastIndexOf(' ')));
        events[events.length - 1] = `T ${JSON.stringify(prev + text)} ${line}:${column}`;
      } else record(`T ${JSON.stringify(text)} ${line}:${column}`);
    },
    endElement(line, column) {
      record(`E ${line}:${column}`);
    },
    fatal(code, message, line, column) {
      events.push(`F ${code} ${message} ${line}:${column}`);
      sink.stopped = true;
    },
  };
  const doctype: DoctypeHandler = {
    doctype(d: XmlDoctype, line: number, column: number) {
      record(`D ${d.name} ${line}:${column}`);
    },
    entity(e: EntityDecl, line: number, column: number) {
      const flags = o.entityFlags
        ? `${e.parameter ? '%' : '&'}${e.name} ${e.external ? 'external' : 'internal'}`
        : e.name;
      record(`N ${flags} ${line}:${column}`);
    },
  };
  return { sink, doctype };
}

/** A recording scanner (`make` builds a subclass). */
export function recordingScanner<S extends XmlScanner = XmlScanner>(
  o: RecordOptions = {},
  make: (sink: XmlTokenSink, doctype: DoctypeHandler) => S = (sink, doctype) => new XmlScanner(sink, doctype) as S,
): { scanner: S; events: string[] } {
  const events: string[] = [];
  const { sink, doctype } = recorders(events, o);
  return { scanner: make(sink, doctype), events };
}

/** The events of the chunks written in turn, then end() (unless `end` is false). */
export function scanEvents(chunks: readonly string[], o: RecordOptions = {}, end = true): string[] {
  const { scanner, events } = recordingScanner(o);
  for (const c of chunks) scanner.write(c);
  if (end) scanner.end();
  return events;
}
