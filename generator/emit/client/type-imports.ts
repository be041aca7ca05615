/**
 * Schema type imports of one generated client file: gives each referenced schema a namespace
 * alias (`FindingXsd`, module-prefixed when two modules have a schema of the same stem) and
 * lists them sorted by alias, with the relative import path of each.
 *
 * @see generator/naming.ts (schemaOutputPath, schemaNamespace)
 */
import { safeIdentifier, schemaModule, schemaNamespace, schemaOutputPath } from '../../naming.js';

export class TypeImports {
  private readonly aliases = new Map<string, string>();

  constructor(
    /** The importing file's folder relative to generated/ ('' for the root, 'was' for was/client.ts). */
    private readonly fromDir: string,
    allSchemaIds: readonly string[],
  ) {
    const count = new Map<string, number>();
    for (const id of allSchemaIds) count.set(schemaNamespace(id), (count.get(schemaNamespace(id)) ?? 0) + 1);
    this.clash = (id) => (count.get(schemaNamespace(id)) ?? 0) > 1;
  }

  private readonly clash: (id: string) => boolean;

  /** The namespace alias of a schema (registers the import). */
  alias(schemaId: string): string {
    const existing = this.aliases.get(schemaId);
    if (existing) return existing;
    const mod = schemaModule(schemaId);
    const alias = this.clash(schemaId)
      ? safeIdentifier(`${mod[0]!.toUpperCase()}${mod.slice(1)}${schemaNamespace(schemaId)}`)
      : schemaNamespace(schemaId);
    this.aliases.set(schemaId, alias);
    return alias;
  }

  /** Relative import path of a generated file from this file's folder. */
  relative(target: string): string {
    const from = this.fromDir === '' ? [] : this.fromDir.split('/');
    const to = target.replace(/\.ts$/, '.js').split('/');
    let i = 0;
    while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
    const up = from.length - i;
    return `${up === 0 ? './' : '../'.repeat(up)}${to.slice(i).join('/')}`;
  }

  /** [alias, path] pairs of the registered schemas, sorted by alias (imports and re-exports). */
  sortedEntries(): [string, string][] {
    return [...this.aliases.entries()]
      .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
      .map(([id, alias]) => [alias, this.relative(schemaOutputPath(id))]);
  }
}
