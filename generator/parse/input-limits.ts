/**
 * The resource limits qspec applies to everything it reads from a spec folder (endpoint YAML,
 * platforms.yaml, XSD, DTD, JSON Schema, example payloads). A spec folder is input, possibly
 * hostile (a pull request, a vendored schema): every limit turns what would be a stack overflow,
 * a minutes-long loop or an out-of-memory into one located diagnostic, checked before the
 * expensive work it guards.
 *
 * The values leave a wide margin over every real schema (deepest schema document: 13 elements;
 * deepest DTD content model: 2 groups; deepest JSON/YAML: 10 levels; longest derivation chain: 2
 * steps; largest file: 35 KB) and are small enough that every recursive walk of the generator,
 * the emitters and the runtime stays far from the default Node stack.
 *
 * @see docs/security.md (specs and schemas)
 */

/** Largest spec input file read (YAML, schema, included schema, example): 8 MiB. */
export const MAX_INPUT_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Deepest nesting accepted: elements in a schema document, XSD content reached through element
 * refs / groups / derivations (counted together), groups in a DTD content model, values in a
 * YAML or JSON document.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Longest chain of named types each built on the next: XSD `base=` / `itemType=` /
 * `memberTypes=`, a JSON Schema `$ref` to a definition that is itself a `$ref`, and nested
 * parameter-entity expansions in a DTD.
 */
export const MAX_DERIVATION_STEPS = 64;

/** YAML aliases resolved per document (billion-laughs protection; the `yaml` package's `maxAliasCount`). */
export const MAX_YAML_ALIASES = 100;

/** `8 MiB` for messages. */
export function formatBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
