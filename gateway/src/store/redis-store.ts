/**
 * The store in Redis (ioredis), shared by every gateway replica. Commands fail fast instead of
 * queueing while Redis is unreachable, so a Redis outage costs cache hits, never a hung request.
 */
import Redis from 'ioredis';
import type { Store } from './store';

export interface RedisStoreOptions {
  url: string;
  /** Longest wait for one command. */
  commandTimeoutMs: number;
  /** Put before every key, so several systems can share one Redis. */
  keyPrefix: string;
}

/** Connects (within the command timeout) and returns the store; rejects with a clear message if Redis cannot be reached. */
export async function connectRedisStore(options: RedisStoreOptions): Promise<Store> {
  const redis = new Redis(options.url, {
    lazyConnect: true,
    keyPrefix: options.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.commandTimeoutMs,
    commandTimeout: options.commandTimeoutMs,
    // Keep reconnecting in the background after an outage, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  // Without a listener ioredis prints every connection error; the store's callers log what matters.
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis at ${redactUrl(options.url)} is not reachable: ${(lastError ?? (error as Error)).message}`);
  }

  return {
    kind: 'redis',
    async get(key) {
      return (await redis.get(key)) ?? undefined;
    },
    async set(key, value, setOptions) {
      const ttl = setOptions?.ttl;
      if (ttl === undefined || ttl === null) await redis.set(key, value);
      else if (ttl > 0) await redis.set(key, value, 'PX', Math.round(ttl * 1000));
      else await redis.del(key);
    },
    async delete(key) {
      return (await redis.del(key)) > 0;
    },
    async increment(key) {
      return redis.incr(key);
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
