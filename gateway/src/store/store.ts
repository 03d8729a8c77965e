/**
 * The gateway's shared key-value store: what every replica must see alike (automatic persisted
 * queries, trusted documents, response-cache entries) lives behind this one small interface, in
 * Redis when REDIS_URL is set and in process memory otherwise.
 *
 * The shape is Apollo's KeyValueCache<string> (get / set with a ttl in seconds / delete), so a store
 * can be handed to Apollo Server's `persistedQueries.cache` as it is, plus an atomic counter.
 */
export interface Store {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | undefined>;
  /** `ttl` in seconds; absent or null keeps the entry until it is evicted or deleted. */
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Adds one to an integer entry (a missing entry counts as 0) and returns the new value. */
  increment(key: string): Promise<number>;
  /** Answers when the backing service is reachable; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A view of a store under a key prefix, so features sharing one store never collide
 * (`apq:`, `trusted:`, `response:`). Closing a view leaves the shared store open.
 */
export function namespaced(store: Store, prefix: string): Store {
  const key = (k: string) => `${prefix}${k}`;
  return {
    kind: store.kind,
    get: (k) => store.get(key(k)),
    set: (k, v, o) => store.set(key(k), v, o),
    delete: (k) => store.delete(key(k)),
    increment: (k) => store.increment(key(k)),
    ping: () => store.ping(),
    close: async () => {},
  };
}
