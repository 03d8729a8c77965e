/**
 * An async iterable fed by pushes: what a subscriber reads events from. Ending it (`return()` by a
 * `for await` that stops, or `end()`) runs `onEnd` once, so the producer stops listening.
 */
export interface PushQueue<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** Ends the iteration; with an error, the reader's next() rejects with it. */
  end(error?: unknown): void;
}

export function pushQueue<T>(onEnd: () => void = () => {}): PushQueue<T> {
  const values: T[] = [];
  const waiting: Array<{ resolve(result: IteratorResult<T>): void; reject(error: unknown): void }> = [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  const finish = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const queue: PushQueue<T> = {
    push(value) {
      if (ended) return;
      const reader = waiting.shift();
      if (reader) reader.resolve({ value, done: false });
      else values.push(value);
    },
    end(error) {
      if (ended) return;
      if (error !== undefined) failure = { error };
      finish();
      for (const reader of waiting.splice(0)) {
        if (failure) reader.reject(failure.error);
        else reader.resolve({ value: undefined, done: true });
      }
    },
    next() {
      if (values.length) return Promise.resolve({ value: values.shift()!, done: false });
      if (failure) {
        const { error } = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      values.length = 0;
      queue.end();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return queue;
    },
  };
  return queue;
}
