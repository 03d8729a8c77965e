/**
 * The same contract for both stores: the in-memory one, and Redis at 127.0.0.1:6379 (CI starts it;
 * COOPGRAPH_TEST_REDIS_URL points elsewhere). Each run works under its own key prefix.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, namespaced, type Store } from './index';
import { createMemoryStore } from './memory-store';

const REDIS_URL = process.env.COOPGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const run = `test:${randomBytes(4).toString('hex')}:`;

const stores: Array<[string, () => Promise<Store>]> = [
  ['memory', () => createStore({ redisUrl: undefined, redisKeyPrefix: 'coopgraph-test:', redisCommandTimeoutMs: 1000, memoryMaxBytes: 100_000 })],
  ['redis', () => createStore({ redisUrl: REDIS_URL, redisKeyPrefix: 'coopgraph-test:', redisCommandTimeoutMs: 1000, memoryMaxBytes: 100_000 })],
];

describe.each(stores)('the %s store', (kind, open) => {
  let base: Store;
  let store: Store;
  const opened = (async () => {
    base = await open();
    store = namespaced(base, run);
  })();
  afterAll(async () => {
    await opened;
    await base.close();
  });

  it('is the kind the configuration asks for', async () => {
    await opened;
    expect(base.kind).toBe(kind);
    await expect(base.ping()).resolves.toBeUndefined();
  });

  it('gets what was set, and nothing after delete', async () => {
    await opened;
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', '天津');
    expect(await store.get('a')).toBe('天津');
    expect(await store.delete('a')).toBe(true);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.delete('a')).toBe(false);
  });

  it('forgets an entry after its ttl', async () => {
    await opened;
    await store.set('short', 'x', { ttl: 0.2 });
    expect(await store.get('short')).toBe('x');
    await new Promise((r) => setTimeout(r, 350));
    expect(await store.get('short')).toBeUndefined();
  });

  it('counts atomically from zero', async () => {
    await opened;
    const values = await Promise.all(Array.from({ length: 20 }, () => store.increment('generation')));
    expect(values.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await store.delete('generation');
  });

  it('keeps namespaces apart', async () => {
    await opened;
    const apq = namespaced(store, 'apq:');
    const cache = namespaced(store, 'response:');
    await apq.set('k', 'document');
    expect(await cache.get('k')).toBeUndefined();
    expect(await apq.get('k')).toBe('document');
    await apq.delete('k');
  });
});

describe('the memory store', () => {
  it('evicts the least recently used entries when what it holds outgrows its size', async () => {
    // Each entry is 10 (key and value): two fit, a third does not.
    const store = createMemoryStore({ maxBytes: 25 });
    await store.set('a', 'x'.repeat(9));
    await store.set('b', 'y'.repeat(9));
    await store.get('a');
    await store.set('c', 'z'.repeat(9));
    expect(await store.get('a')).toBe('x'.repeat(9));
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBe('z'.repeat(9));
  });

  it('keeps no entry larger than itself, and counts replaced and deleted entries out', async () => {
    const store = createMemoryStore({ maxBytes: 30 });
    await store.set('big', 'x'.repeat(40));
    expect(await store.get('big')).toBeUndefined();
    await store.set('a', 'x'.repeat(20));
    await store.set('a', 'y'.repeat(20));
    await store.delete('a');
    await store.set('b', 'z'.repeat(25));
    expect(await store.get('b')).toBe('z'.repeat(25));
  });
});

describe('a Redis store that cannot connect', () => {
  it('fails at start with a message naming the redacted URL', async () => {
    await expect(createStore({ redisUrl: 'redis://user:secret@127.0.0.1:1', redisKeyPrefix: '', redisCommandTimeoutMs: 500, memoryMaxBytes: 1 })).rejects.toThrow(
      /Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1 is not reachable/,
    );
  });
});
