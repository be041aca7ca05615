/**
 * element-of.ts: the type helpers of generated paging signatures (type-level only; checked by
 * the compiler through expectTypeOf, nothing runs).
 */
import { expectTypeOf, it } from 'vitest';
import type { ElementOf, Prop } from '../../../../runtime/client/element-of.js';

interface Rec {
  readonly id: number;
}
interface Env {
  readonly data?: { readonly Finding?: readonly Rec[] };
  readonly one?: Rec;
}

it('ElementOf unwraps arrays and optional elements', () => {
  expectTypeOf<ElementOf<readonly Rec[] | undefined>>().toEqualTypeOf<Rec>();
  expectTypeOf<ElementOf<Rec[]>>().toEqualTypeOf<Rec>();
  expectTypeOf<ElementOf<Rec | undefined>>().toEqualTypeOf<Rec>();
  expectTypeOf<ElementOf<string | null>>().toEqualTypeOf<string>();
});

it('Prop reads a key through optional and nullable objects', () => {
  expectTypeOf<Prop<Env, 'one'>>().toEqualTypeOf<Rec | undefined>();
  expectTypeOf<Prop<Env | undefined, 'data'>>().toEqualTypeOf<{ readonly Finding?: readonly Rec[] } | undefined>();
  expectTypeOf<ElementOf<Prop<Prop<Env, 'data'>, 'Finding'>>>().toEqualTypeOf<Rec>();
  expectTypeOf<Prop<Env, 'missing'>>().toEqualTypeOf<never>();
});
