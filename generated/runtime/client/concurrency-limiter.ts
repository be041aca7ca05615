// Copied by qspec from runtime/client/concurrency-limiter.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A client-side concurrency limit (default 2, the FO API default `X-Concurrency-Limit-Limit`):
 * at most `max` calls in flight; the rest wait in FIFO order.
 *
 * @see corpus recordings (X-Concurrency-Limit-Limit: 2)
 */

export class ConcurrencyLimiter {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly max: number) {
    if (!(max >= 1)) throw new Error(`concurrency must be at least 1, got ${max}`);
  }

  get active(): number {
    return this.running;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so no newcomer can overtake.
    if (this.running >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}
