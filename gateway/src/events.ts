/**
 * What the gateway reports as it works — subgraph attempts, retries, breaker states, deduplicated
 * calls, response-cache lookups — fanned out to every plugin that listens (metrics, traces, logs).
 */
import type { SubgraphClientEvents } from './subgraph-client/subgraph-client';

export type ResponseCacheResult = 'hit' | 'miss' | 'stored' | 'uncacheable' | 'bypass' | 'error';

export interface GatewayEvents extends SubgraphClientEvents {
  responseCache(event: { result: ResponseCacheResult }): void;
}

/** One listener object that calls every plugin's listener of the same event, in plugin order. */
export function fanOut(listeners: Array<Partial<GatewayEvents> | undefined>): GatewayEvents {
  const present = listeners.filter((l): l is Partial<GatewayEvents> => l !== undefined);
  const emit =
    <K extends keyof GatewayEvents>(name: K) =>
    (event: Parameters<GatewayEvents[K]>[0]) => {
      for (const listener of present) (listener[name] as ((e: typeof event) => void) | undefined)?.(event);
    };
  return {
    subgraphAttempt: emit('subgraphAttempt'),
    subgraphRetry: emit('subgraphRetry'),
    subgraphRejected: emit('subgraphRejected'),
    subgraphDeduplicated: emit('subgraphDeduplicated'),
    breakerState: emit('breakerState'),
    responseCache: emit('responseCache'),
  };
}
