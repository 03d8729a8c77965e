/**
 * GET /health: the process is up. GET /ready: the supergraph is loaded and every subgraph is ready
 * by its own /ready (a region's runs a statement on its database) within a second; 503 with the
 * names of those that are not and, where a subgraph said, why (`reasons`).
 */
import { sendJson } from '../../../subgraphs/kit/http/apollo-handler';
import type { GatewayPlugin } from '../plugin';

type SubgraphReadiness = readonly [name: string, ready: boolean, reason?: string];

async function readinessOf(name: string, url: string): Promise<SubgraphReadiness> {
  try {
    const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(1000) });
    if (response.ok) return [name, true];
    const body = (await response.json().catch(() => ({}))) as { reason?: unknown; status?: unknown };
    return [name, false, typeof body.reason === 'string' ? body.reason : typeof body.status === 'string' ? body.status : `HTTP ${response.status}`];
  } catch (error) {
    return [name, false, `not reachable: ${(error as Error).message}`];
  }
}

export function useHealth(options: { subgraphUrls: () => Record<string, string>; isLoaded: () => boolean }): GatewayPlugin {
  return {
    name: 'health',
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const checks = await Promise.all(Object.entries(options.subgraphUrls()).map(([name, url]) => readinessOf(name, url)));
        const failing = checks.filter(([, ready]) => !ready);
        const ready = options.isLoaded() && failing.length === 0;
        sendJson(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          supergraphLoaded: options.isLoaded(),
          unavailable: failing.map(([name]) => name),
          ...(failing.length ? { reasons: Object.fromEntries(failing.map(([name, , reason]) => [name, reason])) } : {}),
        });
      },
    },
  };
}
