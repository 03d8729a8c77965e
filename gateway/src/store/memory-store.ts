/**
 * The store in process memory: a map bounded by the size of what it holds (keys and values, in
 * UTF-16 code units ≈ bytes for the ASCII-heavy JSON it keeps, twice that for CJK text), with
 * per-entry expiry, least recently used entries evicted first. Right for one gateway process;
 * replicas need the Redis store to share state.
 */
import type { Store } from './store';

interface Entry {
  value: string;
  /** Epoch ms after which the entry is gone; Infinity when it has no ttl. */
  expiresAt: number;
}

export function createMemoryStore(options: { maxBytes: number; now?: () => number }): Store {
  const entries = new Map<string, Entry>();
  const now = options.now ?? Date.now;
  const sizeOf = (key: string, entry: Entry) => key.length + entry.value.length;
  let size = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return false;
    size -= sizeOf(key, entry);
    return entries.delete(key);
  };

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  };
  const put = (key: string, entry: Entry) => {
    remove(key);
    // An entry larger than the whole store is not kept at all.
    if (sizeOf(key, entry) > options.maxBytes) return;
    entries.set(key, entry);
    size += sizeOf(key, entry);
    while (size > options.maxBytes) remove(entries.keys().next().value as string);
  };

  return {
    kind: 'memory',
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, setOptions) {
      const ttl = setOptions?.ttl;
      if (ttl !== undefined && ttl !== null && ttl <= 0) {
        remove(key);
        return;
      }
      put(key, { value, expiresAt: ttl ? now() + ttl * 1000 : Infinity });
    },
    async delete(key) {
      return remove(key);
    },
    async increment(key) {
      const entry = live(key);
      const next = (entry ? Number(entry.value) || 0 : 0) + 1;
      put(key, { value: String(next), expiresAt: entry?.expiresAt ?? Infinity });
      return next;
    },
    async ping() {},
    async close() {
      entries.clear();
      size = 0;
    },
  };
}
