/**
 * The spec folder's IR for `qspec conformance --mode replay`, through the target cache
 * (validate/target-cache.ts): replay routes every recorded entry, so it needs every endpoint,
 * and loading the folder (every YAML spec parsed and checked, every XSD/DTD/JSON Schema parsed)
 * is most of its fixed cost. The IR is stored as its structured clone under a key of the whole
 * folder's content and the code identity, so an entry is never stale; a missing or corrupt entry
 * (or no usable cache folder, or qspec running from its sources) means the normal load, whose
 * diagnostics are then reported as usual. Only a folder that loads without errors is stored.
 *
 * @see docs/decisions/0016-validate-target-cache.md
 */
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
import { cacheDirFor, codeIdentity, TargetCache } from '../validate/target-cache.js';

/** What the entry holds: bumped when the IR's shape changes without a code identity change. */
const PURPOSE = 'replay-ir-1';

export interface CachedIrOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** False: neither read nor write the cache. */
  readonly useCache: boolean;
}

export async function loadIrCached(specsDir: string, options: CachedIrOptions): Promise<IrDocument> {
  const cache = options.useCache ? openCache(specsDir, options) : undefined;
  const key = await cache?.folderKey(PURPOSE);
  if (cache && key !== undefined) {
    const hit = cache.readData(key, isIrDocument);
    if (hit) return hit;
  }
  const doc = await loadIrDocument(specsDir);
  if (cache && key !== undefined) cache.writeData(key, doc);
  return doc;
}

function openCache(specsDir: string, options: CachedIrOptions): TargetCache | undefined {
  const dir = cacheDirFor(options.cwd, options.env, specsDir);
  const code = codeIdentity();
  return dir === undefined || code === undefined ? undefined : new TargetCache(dir, specsDir, code);
}

function isIrDocument(v: unknown): v is IrDocument {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return Array.isArray(d.schemas) && Array.isArray(d.endpoints) && Array.isArray(d.platforms);
}
