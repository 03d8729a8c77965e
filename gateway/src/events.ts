/**
 * What the gateway reports as it works — subgraph attempts, retries, breaker states, deduplicated
 * calls, response-cache lookups, firm exports — fanned out to every plugin that listens (metrics,
 * traces, logs).
 */
import type { SubgraphClientEvents } from './subgraph-client/subgraph-client';

export type ResponseCacheResult = 'hit' | 'miss' | 'stored' | 'uncacheable' | 'bypass' | 'error';

/**
 * How a firm export through the gateway ended: `refused` by the gateway or the layer before any row
 * (401, 403, 400, 503…), `unavailable` when the layer could not be reached (502), `ended` when the
 * layer's stream ended, `cut` when it broke off, `client_gone` when the reader left first.
 */
export type ExportOutcome = 'refused' | 'unavailable' | 'ended' | 'cut' | 'client_gone';

export interface GatewayEvents extends SubgraphClientEvents {
  responseCache(event: { result: ResponseCacheResult }): void;
  firmExport(event: { status: number; outcome: ExportOutcome }): void;
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
    firmExport: emit('firmExport'),
  };
}
