/**
 * The heap in use after two full collections, for tests that bound what a long-lived object
 * (a validator, its caches, the verdicts of a batch) keeps alive. Exposes V8's `gc` to this
 * process on import.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
