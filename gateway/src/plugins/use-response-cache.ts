/**
 * Whole-response cache in the shared store (Redis across replicas, memory otherwise).
 *
 * - Only queries, only answers without errors and under MAX_ENTRY_CHARS, and only when every
 *   subgraph that answered sent a cache hint: the entry lives for the least maxAge among them (the subgraphs' Cache-Control
 *   headers, from their @cacheControl hints; none means 0, not cached).
 * - The key holds the caller's identity (response-cache/cache-key.ts), so no entry is shared
 *   between callers who may see different data.
 * - Every mutation moves the store's generation, so entries stored before a write are never served
 *   after it, by any replica.
 * - The store failing costs a hit, never the request. Answers say x-cache: HIT or MISS.
 * - An incremental answer (@defer, sent in parts) is not kept: cached whole or not at all, and its
 *   parts are never whole in one place; the same document asked without multipart is kept whole.
 */
import { HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { GatewayEvents } from '../events';
import type { GatewayPlugin } from '../plugin';
import { responseCacheKey } from '../response-cache/cache-key';
import { namespaced, type Store } from '../store';
import type { Logger } from '../../../subgraphs/kit/log';

interface CachedResponse {
  data: Record<string, unknown>;
  storedAt: number;
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

const GENERATION = 'generation';
/** Larger answers are not kept: a few of them would crowd out every other entry. */
export const MAX_ENTRY_CHARS = 1024 * 1024;

function cacheControl(maxAge: number, scope: CachedResponse['scope'], identified: boolean): string {
  // An answer for an identified caller is for that caller only, whatever the hints say.
  return `max-age=${Math.max(0, maxAge)}, ${scope === 'PUBLIC' && !identified ? 'public' : 'private'}`;
}

export function useResponseCache(options: { store: Store; enabled: boolean; events: Pick<GatewayEvents, 'responseCache'>; log: Logger }): GatewayPlugin {
  if (!options.enabled) return { name: 'response-cache' };
  const store = namespaced(options.store, 'response:');
  const { events, log } = options;
  const failed = (what: string, error: unknown) => {
    events.responseCache({ result: 'error' });
    log.warn(`response cache ${what} failed; answering without it`, { error: (error as Error).message });
  };

  return {
    name: 'response-cache',
    apollo: {
      async requestDidStart({ contextValue }) {
        let key: string | undefined;
        let hit = false;
        const context = contextValue as GatewayContext & { identity?: unknown; authError?: unknown; earlyRejection?: unknown; removedFields?: number };
        const identified = (context.identity as { role?: string } | undefined)?.role !== undefined && (context.identity as { role: string }).role !== 'anonymous';
        return {
          async responseForOperation(requestContext) {
            // An answer without the fields its caller may not read carries an error for each: never cached.
            if (requestContext.operation?.operation !== 'query' || !requestContext.queryHash || context.authError || context.earlyRejection || context.removedFields) {
              events.responseCache({ result: 'bypass' });
              return null;
            }
            try {
              const generation = (await store.get(GENERATION)) ?? '0';
              key = responseCacheKey({
                queryHash: requestContext.queryHash,
                operationName: requestContext.operationName,
                variables: requestContext.request.variables,
                identity: context.identity ?? { role: 'anonymous' },
                generation,
              });
              const text = await store.get(key);
              if (!text) {
                events.responseCache({ result: 'miss' });
                return null;
              }
              const cached = JSON.parse(text) as CachedResponse;
              const age = Math.floor((Date.now() - cached.storedAt) / 1000);
              hit = true;
              events.responseCache({ result: 'hit' });
              return {
                http: {
                  status: undefined,
                  headers: new HeaderMap([
                    ['x-cache', 'HIT'],
                    ['age', String(age)],
                    ['cache-control', cacheControl(cached.maxAge - age, cached.scope, identified)],
                  ]),
                },
                body: { kind: 'single', singleResult: { data: cached.data } },
              };
            } catch (error) {
              failed('lookup', error);
              key = undefined;
              return null;
            }
          },
          async willSendResponse(requestContext) {
            if (requestContext.operation?.operation === 'mutation') {
              // A mutation that ran (even in part) retires every answer stored before it. One refused
              // before it ran has no data and changes nothing: it must not let anyone flush the cache.
              const ran = requestContext.response.body.kind !== 'single' || requestContext.response.body.singleResult.data != null;
              if (ran) await store.increment(GENERATION).catch((error: unknown) => failed('invalidation', error));
              return;
            }
            if (hit || !key) return;
            const { response } = requestContext;
            response.http.headers.set('x-cache', 'MISS');
            const policy = requestContext.overallCachePolicy.policyIfCacheable();
            // An incremental answer is not kept: its primary part alone is not the answer, and the whole is never in one place.
            if (response.body.kind !== 'single' || response.body.singleResult.errors?.length || !response.body.singleResult.data || !policy || context.incremental?.parts) {
              events.responseCache({ result: 'uncacheable' });
              return;
            }
            const entry: CachedResponse = { data: response.body.singleResult.data, storedAt: Date.now(), maxAge: policy.maxAge, scope: policy.scope === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC' };
            const text = JSON.stringify(entry);
            if (text.length > MAX_ENTRY_CHARS) {
              events.responseCache({ result: 'uncacheable' });
              return;
            }
            try {
              await store.set(key, text, { ttl: policy.maxAge });
              events.responseCache({ result: 'stored' });
              response.http.headers.set('cache-control', cacheControl(policy.maxAge, entry.scope, identified));
            } catch (error) {
              failed('store', error);
            }
          },
        };
      },
    },
  };
}
