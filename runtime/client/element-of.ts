/**
 * Type helpers for generated client signatures: `ElementOf<T>` is the record type a paging
 * iterator yields when the records path ends in an array (or a single optional element).
 *
 * @see generator/emit/client/emit-module-client.ts
 */

/** `readonly X[] | undefined` -> `X`; a non-array `X | undefined` -> `X`. */
export type ElementOf<T> = NonNullable<T> extends readonly (infer U)[] ? U : NonNullable<T>;

/** `T[K]` that tolerates optional/nullable `T`. */
export type Prop<T, K extends PropertyKey> = NonNullable<T> extends infer O
  ? K extends keyof O
    ? O[K]
    : never
  : never;
