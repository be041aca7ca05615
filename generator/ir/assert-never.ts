/** Exhaustiveness check for `switch (t.kind)`: a new IR kind breaks the build where it matters. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
