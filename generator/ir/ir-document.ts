/** The whole IR of one spec folder: schemas, endpoints and platforms, each sorted by id. */
import type { IrEndpoint, IrPlatform } from './ir-endpoint.js';
import type { IrSchema } from './ir-types.js';

/** The whole IR of one spec folder. */
export interface IrDocument {
  /** Sorted by id. */
  readonly schemas: readonly IrSchema[];
  /** Sorted by id. */
  readonly endpoints: readonly IrEndpoint[];
  /** Sorted by id. */
  readonly platforms: readonly IrPlatform[];
}
