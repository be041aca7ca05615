// Copied by qspec from runtime/xml/engine-frame.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The validating engine's per-element frame (one reusable frame per open element: its compiled
 * type, content automaton state, text, child counts for positional paths and, when building, its
 * record), the build modes, and the shared empty attribute set.
 *
 * @see XSD 1.1 Part 1 §3.3.4.3 (element locally valid)
 */
import type { CompiledType } from './compiled-model.js';
import type { ContentState, ElementParticle } from './content-state.js';

/** The attributes of a tag that has none (tokenizers pass this very object, so it is skipped fast). */
export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

export type XmlBuildMode =
  | { readonly mode: 'none' }
  | { readonly mode: 'all' }
  /**
   * Records at `path` go to `onRecord` as they close; with `envelope`, everything else (the
   * response envelope: counts, paging fields, warnings) is built too, without the records.
   */
  | { readonly mode: 'records'; readonly path: readonly string[]; readonly envelope?: boolean };

/** One open element. */
export class Frame {
  name = '';
  index = 1;
  indexed = false;
  line = 0;
  col = 0;
  type: CompiledType | undefined;
  state: ContentState | undefined;
  /**
   * The states forked for this frame (`forkContent` types), one per automaton, each reused for
   * the frame's next element of that automaton: at most one element per depth is open, so the
   * state of an element that has ended is used by nothing else.
   */
  readonly spares: ContentState[] = [];
  el: ElementParticle | undefined;
  text = '';
  textReported = false;
  nil = false;
  children = 0;
  /** Same-named children seen so far, by content-model slot; names without a slot in `extra`. */
  slotCounts = new Int32Array(8);
  extra: Map<string, number> | undefined;
  value: Record<string, unknown> | undefined;
  build = false;
  record = false;
  onPath = false;
  errorsAtOpen = 0;
}
