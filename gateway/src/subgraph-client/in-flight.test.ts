import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('in-flight deduplication', () => {
  it('runs one call for concurrent callers of the same key and gives each the result', async () => {
    const inFlight = new InFlight<string>();
    const d = deferred<string>();
    let started = 0;
    const start = () => {
      started += 1;
      return d.promise;
    };
    const calls = [inFlight.run('k', start), inFlight.run('k', start), inFlight.run('k', start)];
    d.resolve('answer');
    const results = await Promise.all(calls);
    expect(started).toBe(1);
    expect(results.map((r) => r.value)).toEqual(['answer', 'answer', 'answer']);
    expect(results.map((r) => r.shared)).toEqual([false, true, true]);
  });

  it('keeps different keys apart', async () => {
    const inFlight = new InFlight<string>();
    let started = 0;
    await Promise.all(['a', 'b'].map((k) => inFlight.run(k, async () => `${k}${++started}`)));
    expect(started).toBe(2);
  });

  it('forgets a key once its call settles: a later caller starts a new call', async () => {
    const inFlight = new InFlight<number>();
    let n = 0;
    await inFlight.run('k', async () => ++n);
    const second = await inFlight.run('k', async () => ++n);
    expect(second).toEqual({ value: 2, shared: false });
    expect(inFlight.size).toBe(0);
  });

  it('gives every waiting caller the failure, then forgets it', async () => {
    const inFlight = new InFlight<string>();
    const d = deferred<string>();
    const calls = [inFlight.run('k', () => d.promise), inFlight.run('k', () => d.promise)];
    d.reject(new Error('down'));
    for (const call of calls) await expect(call).rejects.toThrow('down');
    expect(inFlight.size).toBe(0);
  });
});
