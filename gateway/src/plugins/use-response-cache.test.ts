/**
 * The response cache on a real Apollo Server with a small schema carrying cache hints, its cache
 * control plugin computing the policy the way the gateway gets it from subgraphs, and a real store.
 */
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../subgraphs/kit/log';
import type { GatewayContext } from '../context';
import type { ResponseCacheResult } from '../events';
import { createMemoryStore } from '../store/memory-store';
import type { Store } from '../store';
import { useResponseCache } from './use-response-cache';

const typeDefs = `
  directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Zone @cacheControl(maxAge: 60) { name: String! }
  type Query {
    zones(foundersOnly: Boolean): [Zone!]!
    shortLived: Int @cacheControl(maxAge: 10)
    unhinted: Note
    broken: Int @cacheControl(maxAge: 60)
  }
  type Note { text: String }
  type Mutation { addZone(name: String!): Zone }
`;

type Identity = { role: string; subject?: string };

/** A server over `store`; `names` stands for the region's data, shared by replicas. */
function server(store: Store = createMemoryStore({ maxBytes: 1_000_000 }), names = ['合肥高新区', '南京高新区']) {
  const calls = { zones: 0 };
  const results: ResponseCacheResult[] = [];
  const cache = useResponseCache({ store, enabled: true, events: { responseCache: (e) => results.push(e.result) }, log: createLogger('test', 'error') });
  const apollo = new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers: {
      Query: {
        zones: (_: unknown, args: { foundersOnly?: boolean }) => {
          calls.zones += 1;
          return (args.foundersOnly ? names.slice(0, 1) : names).map((name) => ({ name }));
        },
        shortLived: () => 1,
        unhinted: () => ({ text: 'x' }),
        broken: () => {
          throw new GraphQLError('region down', { extensions: { code: 'REGION_UNAVAILABLE' } });
        },
      },
      Mutation: { addZone: (_: unknown, { name }: { name: string }) => (names.push(name), { name }) },
    },
    plugins: [
      cache.apollo!,
      // Stands for the gateway's authorization: editors only may write.
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ operation, contextValue }) {
              if (operation?.operation === 'mutation' && contextValue.identity.role !== 'editor') throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } });
            },
          };
        },
      },
    ],
  });
  const run = async (query: string, identity: Identity = { role: 'anonymous' }, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { requestId: 'r', identity } as GatewayContext });
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { data: body?.data, errors: body?.errors, cache: response.http.headers.get('x-cache'), cacheControl: response.http.headers.get('cache-control') };
  };
  return { apollo, run, calls, results };
}

const ZONES = '{ zones { name } }';

describe('the response cache', () => {
  it('answers a repeated query from the store, with the same data', async () => {
    const { run, calls, results } = server();
    const first = await run(ZONES);
    const second = await run(ZONES);
    expect(first.cache).toBe('MISS');
    expect(second.cache).toBe('HIT');
    expect(second.data).toEqual(first.data);
    expect(calls.zones).toBe(1);
    expect(results).toEqual(['miss', 'stored', 'hit']);
  });

  it('never shares an entry between callers with different identities', async () => {
    const { run, calls } = server();
    await run(ZONES, { role: 'analyst', subject: 'a' });
    expect((await run(ZONES, { role: 'analyst', subject: 'b' })).cache).toBe('MISS');
    expect((await run(ZONES, { role: 'anonymous' })).cache).toBe('MISS');
    expect((await run(ZONES, { role: 'analyst', subject: 'a' })).cache).toBe('HIT');
    expect(calls.zones).toBe(3);
  });

  it('keys on variables', async () => {
    const { run } = server();
    const query = 'query($f: Boolean) { zones(foundersOnly: $f) { name } }';
    await run(query, undefined, { f: true });
    const other = await run(query, undefined, { f: false });
    expect(other.cache).toBe('MISS');
    expect(other.data).toEqual({ zones: [{ name: '合肥高新区' }, { name: '南京高新区' }] });
  });

  it('keeps an entry for the least maxAge of the hints, and says so', async () => {
    const { run } = server();
    expect((await run('{ zones { name } shortLived }')).cacheControl).toBe('max-age=10, public');
    expect((await run(ZONES, { role: 'analyst', subject: 'a' })).cacheControl).toBe('max-age=60, private');
  });

  it('does not cache what has no hint, nor answers with errors', async () => {
    const { run, results } = server();
    await run('{ unhinted { text } }');
    expect((await run('{ unhinted { text } }')).cache).toBe('MISS');
    await run('{ zones { name } broken }');
    const again = await run('{ zones { name } broken }');
    expect(again.cache).toBe('MISS');
    expect(again.errors?.[0]?.extensions?.code).toBe('REGION_UNAVAILABLE');
    expect(results.filter((r) => r === 'uncacheable')).toHaveLength(4);
  });

  it('retires every entry after a mutation that ran, but not after one refused', async () => {
    const store = createMemoryStore({ maxBytes: 1_000_000 });
    const names = ['合肥高新区', '南京高新区'];
    const a = server(store, names);
    const b = server(store, names); // a second replica over the same store and data
    await a.run(ZONES);
    expect((await b.run(ZONES)).cache).toBe('HIT');

    const refused = await a.run('mutation { addZone(name: "武汉东湖高新区") { name } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await b.run(ZONES)).cache).toBe('HIT');

    await a.run('mutation { addZone(name: "武汉东湖高新区") { name } }', { role: 'editor', subject: 'e' });
    const after = await b.run(ZONES);
    expect(after.cache).toBe('MISS');
    expect(after.data).toEqual({ zones: [{ name: '合肥高新区' }, { name: '南京高新区' }, { name: '武汉东湖高新区' }] });
  });

  it('answers without the cache when the store fails', async () => {
    const broken: Store = {
      ...createMemoryStore({ maxBytes: 1 }),
      get: () => Promise.reject(new Error('connection lost')),
      set: () => Promise.reject(new Error('connection lost')),
    };
    const { run, results } = server(broken);
    const answer = await run(ZONES);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ zones: [{ name: '合肥高新区' }, { name: '南京高新区' }] });
    expect(results).toContain('error');
  });
});
