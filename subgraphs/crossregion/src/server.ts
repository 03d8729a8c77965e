/**
 * Starts the cross-region subgraph: schema built, Apollo Server with the region-errors plugin and
 * the shared error masking, and an HTTP server with /graphql, /health and /ready.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { IDENTITY_HEADER } from '../../kit/auth/signed-identity';
import { graphqlHandler, sendJson } from '../../kit/http/apollo-handler';
import { serveHttp } from '../../kit/http/serve';
import { maskError } from '../../kit/http/mask-errors';
import { createLogger, errorFields } from '../../kit/log';
import { REGIONS, type CrossRegionConfig } from './config';
import { createContext, type CrossRegionContext } from './context';
import { regionErrorsPlugin } from './plugins/region-errors';
import type { RegionCall } from './region-client';
import { buildCrossRegionSchema } from './schema';

export interface RunningCrossRegion {
  url: string;
  close(): Promise<void>;
}

export interface CrossRegionOptions {
  /** Sees every call to a region's directory (tests count round trips with it). */
  onRegionCall?: (call: RegionCall) => void;
}

/** Each region's /health, answered within the region timeout. */
async function regionHealth(config: CrossRegionConfig): Promise<Record<string, 'up' | 'down'>> {
  const states = await Promise.all(
    REGIONS.map(async (region) => {
      try {
        const response = await fetch(new URL('/health', config.regionUrls[region]), { signal: AbortSignal.timeout(config.regionTimeoutMs) });
        return [region, response.ok ? 'up' : 'down'] as const;
      } catch {
        return [region, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(states);
}

export async function startCrossRegion(config: CrossRegionConfig, options: CrossRegionOptions = {}): Promise<RunningCrossRegion> {
  const log = createLogger('subgraph-crossregion', config.logLevel);
  const schema = await buildCrossRegionSchema();
  const apollo = new ApolloServer<CrossRegionContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), regionErrorsPlugin()],
    formatError: (formatted, error) => maskError(formatted, error, (e) => log.error('resolver failed', errorFields(e))),
  });
  await apollo.start();

  const graphql = graphqlHandler<CrossRegionContext>({
    server: apollo,
    bodyLimitBytes: 1024 * 1024,
    context: async ({ req }) => {
      const identity = req.headers[IDENTITY_HEADER];
      return createContext(config, (req.headers['x-request-id'] as string | undefined) ?? randomUUID(), log, options.onRegionCall, typeof identity === 'string' ? identity : undefined);
    },
  });

  const http = await serveHttp({
    host: config.host,
    port: config.port,
    log,
    routes: {
      '/graphql': graphql,
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'crossregion' }),
      '/ready': async (_req, res) => {
        // Partial answers are still answers: ready while at least one region is up.
        const regions = await regionHealth(config);
        const ready = Object.values(regions).includes('up');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'no region reachable', regions });
      },
    },
  });
  const port = http.port;
  const url = `http://${config.host}:${port}/graphql`;
  log.info('crossregion subgraph listening', { url, regions: config.regionUrls, regionTimeoutMs: config.regionTimeoutMs });

  return {
    url,
    async close() {
      await http.close();
      await apollo.stop();
    },
  };
}
