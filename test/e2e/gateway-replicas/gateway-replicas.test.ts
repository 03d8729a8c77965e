/**
 * Issue 5: gateway replicas share their state through Redis. Two gateway processes over the same
 * subgraphs and the same Redis: a persisted query registered through one answers through the
 * other, and an answer cached by one is served by the other without touching the subgraph.
 */
import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayReplica } from '../../../scripts/system';
import { scrapeMetrics } from '../../support/observe';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';

const REDIS_URL = process.env.COOPGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `coopgraph-e2e-${randomBytes(4).toString('hex')}:`;

async function post(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}

async function statements(subgraphUrl: string): Promise<number> {
  return ((await (await fetch(subgraphUrl.replace(/\/graphql$/, '/statements'))).json()) as { total: number }).total;
}

describe('two gateway replicas sharing Redis', () => {
  let system: TestSystem;
  let replica: GatewayReplica;
  let redis: Redis;
  beforeAll(async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: PREFIX };
    system = await startTestSystem(env);
    replica = await system.startGatewayReplica(env);
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    if (redis) {
      const keys = await redis.keys(`${PREFIX}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
    await system?.stopAll();
  });

  it('answers a persisted query on one replica that was registered through the other', async () => {
    const query = `query PersistedZones_${randomBytes(3).toString('hex')} { yangtze { zones(foundersOnly: true) { name isLeadFounder } } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };

    const unknown = await post(replica.url, { extensions: { persistedQuery } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post(system.gatewayUrl, { query, extensions: { persistedQuery } });
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data.yangtze.zones).toHaveLength(5);
    expect(await redis.exists(`${PREFIX}apq:${sha256Hash}`)).toBe(1);

    const byHash = await post(replica.url, { extensions: { persistedQuery } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data).toEqual(registered.body.data);
  });

  it('serves an answer cached by one replica from the other, without asking the subgraph again', async () => {
    const query = 'query SharedCacheProbe { yangtze { zones { name adminArea { code name } } } }';
    const yangtze = system.urls.yangtze;
    const hits = async () => (await scrapeMetrics(replica.url)).get('coopgraph_gateway_response_cache_total{result="hit"}') ?? 0;
    const hitsBefore = await hits();

    const before = await statements(yangtze);
    const first = await graphql(system.gatewayUrl, query);
    expect(first.errors).toBeUndefined();
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(await statements(yangtze)).toBeGreaterThan(before);
    expect(await redis.keys(`${PREFIX}response:*`)).not.toHaveLength(0);

    const between = await statements(yangtze);
    const second = await graphql(replica.url, query);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.data).toEqual(first.data);
    expect(await statements(yangtze)).toBe(between);
    expect(await hits()).toBe(hitsBefore + 1);
    // The least maxAge of the hints: the region's 60 s, under the areas' day.
    expect(second.headers.get('cache-control')).toMatch(/^max-age=(59|60), public$/);
  });

  it('keeps a replica answering when the other stops', async () => {
    expect(await replica.stop()).toBe(0);
    const answer = await graphql(system.gatewayUrl, '{ zhejiang { counties { name } } }');
    expect(answer.errors).toBeUndefined();
  });
});
