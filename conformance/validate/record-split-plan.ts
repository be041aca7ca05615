/**
 * Where one large XML file can be cut so that threads validate its parts at once: between two
 * records, the elements a response repeats (WebApp in a WAS search, VULN in the knowledge base,
 * HOST in host detection). The plan is made from the file's head and a few windows of its bytes:
 *
 * - The record level: a probe validates the head (up to 256 KiB, in 16 KiB slices) and looks at
 *   the elements open after each slice; the records are the children of the outermost open element whose content state, after
 *   one of them, loops on itself (`step(record) === state`, a cached DFA state), so any number of
 *   records leaves the parent exactly where one does.
 * - The head: the document up to its first record start tag `<record`, found by reading the probe
 *   again up to each `<record` in turn (one pass): the head must end cleanly at the record level (XmlDriver.boundary) and the parent's state must
 *   step into that loop state on a record. Each part after the first is validated as the head
 *   followed by its bytes, so it starts in the state the whole document has at its cut.
 * - The cuts: the next `<record` (followed by a space, `>` or `/`) after each 1/n of the file.
 *   A byte search can land in a comment, a CDATA section or a deeper element of the same name;
 *   the plan does not have to know: record-split.ts accepts a part only when validating it ended
 *   exactly at the record level in the loop state, which a false cut never does.
 *
 * Only UTF-8 documents (boundary() requires it), only models without document-wide tables (IDs,
 * identity constraints: XmlEngine.openElements) and only element-only content around the records.
 *
 * @see record-split.ts (running the parts, the fallback); docs/performance.md "One big file on every core"
 */
import { readSync } from 'node:fs';
import type { ContentState } from '../../runtime/xml/content-state.js';
import type { XmlDriver } from '../../runtime/xml/xml-driver.js';
import type { OpenElement } from '../../runtime/xml/xml-engine.js';

/** Bytes of the file's head validated to find the record level (and searched for the first record). */
export const PROBE_BYTES = 256 * 1024;
/** The probe is fed in slices of this size, and looked at after each. */
const PROBE_SLICE_BYTES = 16 * 1024;
/** Bytes searched for a record start tag after each cut's target offset. */
export const CUT_WINDOW_BYTES = 1024 * 1024;

export interface RecordLevel {
  /** Elements open above a record (the record's depth). */
  readonly depth: number;
  /** Their names as written, outermost first. */
  readonly names: readonly string[];
  /** The record element's name as written (what the byte search looks for). */
  readonly record: string;
  /** Its expanded name (what the parent's content model steps on). */
  readonly element: string;
  /** The parent's content state after a record: it loops on itself. */
  readonly loop: ContentState;
}

export interface RecordSplitPlan {
  readonly level: RecordLevel;
  /** The document up to its first record. */
  readonly head: Uint8Array;
  /** Byte offsets of the cuts, increasing, each at a `<record` start tag after the head. */
  readonly cuts: readonly number[];
}

/** The shallowest open element whose children repeat in a self-looping content state, if any. */
export function recordLevel(open: readonly OpenElement[]) {
  for (let k = 1; k < open.length; k++) {
    if (open[k - 1]!.text) break;
    const state = open[k - 1]!.state;
    if (state === undefined || state.fork !== undefined || state.el === undefined) continue;
    if (state.step(state.el.name) !== state) continue;
    const level: RecordLevel = {
      depth: k,
      names: open.slice(0, k).map((o) => o.name),
      record: open[k]!.name,
      element: state.el.name,
      loop: state,
    };
    return level;
  }
  return undefined;
}

/** True when `driver`, fed a document's bytes so far, stands between two records of `level`. */
export function atRecordBoundary(driver: XmlDriver, level: Pick<RecordLevel, 'depth' | 'names'>) {
  const b = driver.boundary();
  if (b === undefined || b.open.length !== level.depth) return undefined;
  for (let i = 0; i < level.depth; i++) if (b.open[i]!.name !== level.names[i]) return undefined;
  return b;
}

/**
 * The plan for cutting the file (open as `fd`, `size` bytes) into at most `parts` parts, or
 * undefined when it cannot be cut (no record level, no clean head, no record start tag found
 * after a target offset). `newDriver` makes a fresh driver of the target's model and options.
 */
export function planRecordSplit(
  fd: number,
  size: number,
  parts: number,
  newDriver: () => XmlDriver,
): RecordSplitPlan | undefined {
  const probe = readAt(fd, 0, Math.min(size, PROBE_BYTES));
  // Fed in slices until a record is open: a probe that ended between two records would not see one.
  const prober = newDriver();
  let level: RecordLevel | undefined;
  for (let at = 0; at < probe.length && level === undefined; at += PROBE_SLICE_BYTES) {
    prober.write(probe.subarray(at, at + PROBE_SLICE_BYTES));
    const open = prober.engine.openElements();
    if (open === undefined) return undefined;
    level = recordLevel(open);
  }
  if (!level) return undefined;
  const needle = Buffer.from(`<${level.record}`, 'utf8');
  // One driver reads the probe up to each `<record` in turn (a linear pass): the first where it
  // stands cleanly at the record level, about to step into the loop state, ends the head.
  let headEnd = -1;
  const reader = newDriver();
  for (let at = findStartTag(probe, needle, 0), fed = 0; at >= 0; at = findStartTag(probe, needle, at + 1)) {
    reader.write(probe.subarray(fed, at));
    fed = at;
    const b = atRecordBoundary(reader, level);
    if (b && b.open[level.depth - 1]!.state?.step(level.element) === level.loop) {
      headEnd = at;
      break;
    }
    if (reader.stopped) return undefined;
  }
  if (headEnd < 0) return undefined;
  const cuts: number[] = [];
  for (let i = 1; i < parts; i++) {
    const target = headEnd + Math.floor(((size - headEnd) * i) / parts);
    if (cuts.length > 0 && target <= cuts[cuts.length - 1]!) continue;
    const window = readAt(fd, target, Math.min(CUT_WINDOW_BYTES, size - target));
    const at = findStartTag(window, needle, 0);
    if (at >= 0 && target + at > headEnd) cuts.push(target + at);
  }
  if (cuts.length === 0) return undefined;
  return { level, head: probe.slice(0, headEnd), cuts };
}

/** Offset of the first `needle` (`<name`) in `bytes` from `from` that is a whole start-tag name. */
function findStartTag(bytes: Buffer, needle: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(needle, from); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    const next = bytes[at + needle.length];
    // The name must end there: whitespace, '>' or '/' (next is undefined at the window's end).
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x09 || next === 0x0d) return at;
  }
  return -1;
}

/** `length` bytes of the file from `position` (fewer at its end). */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buf, n, length - n, position + n);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}
