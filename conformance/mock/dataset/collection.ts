/**
 * One resource's records for the life of a mock server (WAS web apps, VM hosts, CSAM assets...):
 * kept sorted by id (the order QPS `id GREATER lastId`, FO `id_min` and CSAM `lastSeenAssetId`
 * paging walk), with an index by id. Writes (create/update/delete) change it for the rest of the
 * run; a new server starts from the seeded records again. New records get the next free id.
 */
import type { DataRecord } from './data-record.js';
import type { CollectionShape } from './shapes.js';

export class Collection {
  private readonly list: DataRecord[];
  private readonly byId = new Map<number, DataRecord>();

  constructor(
    readonly shape: CollectionShape,
    records: readonly DataRecord[],
    /** Record templates (the seeded records' originals): a created record starts from the first. */
    readonly templates: readonly DataRecord[],
  ) {
    this.list = [...records].sort((a, b) => a.id - b.id);
    for (const r of this.list) this.byId.set(r.id, r);
  }

  get size(): number {
    return this.list.length;
  }

  /** All records in id order (do not modify). */
  all(): readonly DataRecord[] {
    return this.list;
  }

  get(id: number): DataRecord | undefined {
    return this.byId.get(id);
  }

  nextId(): number {
    return (this.list[this.list.length - 1]?.id ?? 0) + 1;
  }

  add(record: DataRecord): void {
    if (this.byId.has(record.id)) throw new Error(`duplicate id ${record.id}`);
    this.byId.set(record.id, record);
    const last = this.list[this.list.length - 1];
    if (!last || last.id < record.id) this.list.push(record);
    else {
      this.list.push(record);
      this.list.sort((a, b) => a.id - b.id);
    }
  }

  replace(record: DataRecord): boolean {
    if (!this.byId.has(record.id)) return false;
    this.byId.set(record.id, record);
    const at = this.indexOf(record.id);
    this.list[at] = record;
    return true;
  }

  remove(id: number): boolean {
    if (!this.byId.delete(id)) return false;
    this.list.splice(this.indexOf(id), 1);
    return true;
  }

  /** Index of the first record with id ≥ `id` (binary search). */
  indexOf(id: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid]!.id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
