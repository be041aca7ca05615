/**
 * Splits an `IrId` (`<schema id>#<type name>`, ir-types.ts) into its two parts. A type name is an
 * NCName or `{namespace}local`, and a namespace URI may itself hold a `#` (`urn:x#y`), so the
 * separator is the `#` before the first `{` when the name has a namespace, else the last `#`
 * (an NCName holds none).
 */
import type { IrId } from './ir-types.js';

export function splitIrId(id: IrId): { readonly schema: string; readonly name: string } {
  const braced = id.indexOf('#{');
  const hash = braced >= 0 ? braced : id.lastIndexOf('#');
  return { schema: id.slice(0, Math.max(hash, 0)), name: id.slice(hash + 1) };
}
