/**
 * GET /health: the process is up. GET /ready: the supergraph is loaded and every subgraph answers
 * its own /health within a second; 503 with the names of those that do not.
 */
import { sendJson } from '../../../subgraphs/kit/http/apollo-handler';
import type { GatewayPlugin } from '../plugin';

export function useHealth(options: { subgraphUrls: () => Record<string, string>; isLoaded: () => boolean }): GatewayPlugin {
  return {
    name: 'health',
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const checks = await Promise.all(
          Object.entries(options.subgraphUrls()).map(async ([name, url]) => {
            try {
              const response = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(1000) });
              return [name, response.ok] as const;
            } catch {
              return [name, false] as const;
            }
          }),
        );
        const down = checks.filter(([, ok]) => !ok).map(([name]) => name);
        const ready = options.isLoaded() && down.length === 0;
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', supergraphLoaded: options.isLoaded(), unavailable: down });
      },
    },
  };
}
