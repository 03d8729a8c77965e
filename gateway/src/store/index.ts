/**
 * `createStore(config)`: the shared store the gateway's features plug into — Redis when REDIS_URL is
 * set (every replica sees the same entries), process memory otherwise.
 */
import { createMemoryStore } from './memory-store';
import { connectRedisStore } from './redis-store';
import type { Store } from './store';

export type { Store } from './store';
export { namespaced } from './store';

export interface StoreConfig {
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  redisCommandTimeoutMs: number;
  memoryMaxBytes: number;
}

export async function createStore(config: StoreConfig): Promise<Store> {
  if (config.redisUrl) return connectRedisStore({ url: config.redisUrl, commandTimeoutMs: config.redisCommandTimeoutMs, keyPrefix: config.redisKeyPrefix });
  return createMemoryStore({ maxBytes: config.memoryMaxBytes });
}
