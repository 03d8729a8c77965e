/**
 * In-flight deduplication: while a call for a key is out, later callers with the same key wait for
 * its result instead of sending their own. The entry is dropped as soon as the call settles, so
 * nothing is cached — only identical concurrent work is merged.
 */
export class InFlight<T> {
  private readonly calls = new Map<string, Promise<T>>();

  get size(): number {
    return this.calls.size;
  }

  /** The result of `start()`, or of the call already out for `key`; `shared` tells which. */
  async run(key: string, start: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
    const pending = this.calls.get(key);
    if (pending) return { value: await pending, shared: true };
    const call = start();
    this.calls.set(key, call);
    try {
      return { value: await call, shared: false };
    } finally {
      this.calls.delete(key);
    }
  }
}
