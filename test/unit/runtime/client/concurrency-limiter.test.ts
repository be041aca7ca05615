/**
 * concurrency-limiter.ts, exactly: the limit (at least 1; 0, negatives and NaN refused with their
 * message), at most `max` tasks at once, FIFO hand-off (a newcomer never overtakes a waiter), the
 * slot released on failure, and `active` back at 0 when all is done. Driven by deferred promises,
 * no timers.
 */
import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from '../../../../runtime/client/concurrency-limiter.js';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = () => new Promise<void>((r) => setImmediate(r));

describe('limit', () => {
  it.each([0, -1, 0.5, Number.NaN])('refuses %s', (max) => {
    expect(() => new ConcurrencyLimiter(max)).toThrow(`concurrency must be at least 1, got ${max}`);
  });
  it('accepts 1', () => {
    expect(new ConcurrencyLimiter(1).active).toBe(0);
  });
});

describe('run', () => {
  it('runs at most max tasks, hands slots on in FIFO order, and returns each result', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    const results = gates.map((g, i) =>
      limiter.run(async () => {
        started.push(i);
        await g.promise;
        return i * 10;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.active).toBe(2);
    gates[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(limiter.active).toBe(2);
    // A newcomer arriving now queues behind 3 and 4.
    const late = limiter.run(async () => {
      started.push(99);
      return 990;
    });
    gates[0]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2]!.resolve();
    gates[3]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4, 99]);
    gates[4]!.resolve();
    expect(await Promise.all([...results, late])).toEqual([0, 10, 20, 30, 40, 990]);
    expect(limiter.active).toBe(0);
  });

  it('a failing task gives its slot up and the failure reaches its caller', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const gate = deferred();
    const first = limiter.run(async () => {
      await gate.promise;
    });
    const second = limiter.run(async () => 'second');
    await tick();
    expect(limiter.active).toBe(1);
    gate.reject(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe('second');
    expect(limiter.active).toBe(0);
    await expect(limiter.run(async () => 'again')).resolves.toBe('again');
    expect(limiter.active).toBe(0);
  });

  it('a task that throws synchronously releases the slot too', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(
      limiter.run(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(limiter.active).toBe(0);
  });

  it('max 1 serialises', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const gate = deferred();
    const order: string[] = [];
    const a = limiter.run(async () => {
      order.push('a start');
      await gate.promise;
      order.push('a end');
    });
    const b = limiter.run(async () => {
      order.push('b');
    });
    await tick();
    expect(order).toEqual(['a start']);
    expect(limiter.active).toBe(1);
    gate.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(['a start', 'a end', 'b']);
  });

  it('active counts running tasks below the limit', async () => {
    const limiter = new ConcurrencyLimiter(3);
    const gate = deferred();
    const a = limiter.run(() => gate.promise);
    expect(limiter.active).toBe(1);
    const b = limiter.run(() => gate.promise);
    expect(limiter.active).toBe(2);
    gate.resolve();
    await Promise.all([a, b]);
    expect(limiter.active).toBe(0);
  });
});
