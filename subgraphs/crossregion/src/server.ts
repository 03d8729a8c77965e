/**
 * Starts the cross-region subgraph: schema built, Apollo Server with the region-errors plugin and
 * the shared error masking, kept-alive connections to the regions, and an HTTP server with /graphql
 * (a trace span per request, a client span per region call), /health, /ready, /metrics and the
 * firm export (firm-export.ts).
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { callerOf } from '../../kit/auth/caller';
import { GRAPHQL_ROUTE } from '../../kit/auth/signed-identity';
import { graphqlHandler, RequestRefused, sendJson } from '../../kit/http/apollo-handler';
import { cachePolicyPlugins } from '../../kit/http/cache-policy';
import { createKeepAliveClient, type KeepAliveClient } from '../../kit/http/keep-alive-client';
import { createMetricsRegistry, metricsRoute } from '../../kit/http/metrics';
import { serveHttp } from '../../kit/http/serve';
import { maskError } from '../../kit/http/mask-errors';
import { subgraphLimitsPlugin } from '../../kit/limits/subgraph-limits-plugin';
import { createLogger, errorFields } from '../../kit/log';
import { startTracing } from '../../kit/tracing';
import { REGIONS, type CrossRegionConfig } from './config';
import { createContext, type CrossRegionContext } from './context';
import { exportMetrics } from './export-metrics';
import { FIRM_EXPORT_ROUTE, firmExportRoute } from './firm-export';
import { regionErrorsPlugin } from './plugins/region-errors';
import type { RegionCall, RegionTransport } from './region-client';
import { regionCallMetrics } from './region-metrics';
import { buildCrossRegionSchema } from './schema';

export interface RunningCrossRegion {
  url: string;
  close(): Promise<void>;
}

export interface CrossRegionOptions {
  /** Sees every call to a region's directory once it has ended (tests count round trips with it). */
  onRegionCall?: (call: RegionCall) => void;
  /** Firms per batch of the firm export (firm-export.ts EXPORT_BATCH by default). */
  exportBatch?: number;
}

/** Each region's /health, answered within the region timeout. */
async function regionHealth(config: CrossRegionConfig, regions: KeepAliveClient): Promise<Record<string, 'up' | 'down'>> {
  const states = await Promise.all(
    REGIONS.map(async (region) => {
      try {
        const reply = await regions.send(new URL('/health', config.regionUrls[region]).href, { method: 'GET', headers: {}, signal: AbortSignal.timeout(config.regionTimeoutMs) });
        return [region, reply.status >= 200 && reply.status < 300 ? 'up' : 'down'] as const;
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
  const tracing = startTracing({ otlpEndpoint: config.otlpEndpoint, serviceName: 'coopgraph-crossregion' });
  const registry = createMetricsRegistry();
  const countCall = regionCallMetrics(registry);
  // One pool for the process: every request's region calls reuse the same connections.
  const regions = createKeepAliveClient({ connectionsPerOrigin: config.regionConnections, timeoutMs: config.regionTimeoutMs });
  const transport: RegionTransport = {
    http: regions,
    tracing,
    onCall: (call) => {
      countCall(call);
      options.onRegionCall?.(call);
    },
  };
  const apollo = new ApolloServer<CrossRegionContext>({
    schema,
    // In production only the gateway's signed requests reach here, and it needs no introspection.
    introspection: config.mode !== 'production',
    csrfPrevention: true,
    // Our process drains on SIGTERM (kit/process.ts); Apollo's own handlers (outside NODE_ENV=test) would stop it and re-send the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // After regionErrorsPlugin: an answer missing a region's part is never marked cacheable. Without a
    // hint a field is not cacheable (max age 0); areas and chains say how long they keep.
    plugins: [ApolloServerPluginInlineTraceDisabled(), subgraphLimitsPlugin<CrossRegionContext>(config.limits), regionErrorsPlugin(), ...cachePolicyPlugins<CrossRegionContext>(schema, 0), tracing.apolloPlugin<CrossRegionContext>()],
    formatError: (formatted, error) => maskError(formatted, error, (e) => log.error('resolver failed', errorFields(e))),
  });
  await apollo.start();

  const graphql = graphqlHandler<CrossRegionContext>({
    server: apollo,
    bodyLimitBytes: 1024 * 1024,
    context: async ({ req, content }) => {
      const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
      const caller = callerOf(req, { keys: config.identityKeys.trusted, mode: config.mode, binding: { audience: 'crossregion', route: GRAPHQL_ROUTE, content }, log, requestId });
      if (caller.refused) throw new RequestRefused(caller.refused.status, caller.refused.error);
      return createContext(config, requestId, log, transport, caller.identity);
    },
  });

  const exportRoute = firmExportRoute({ config, transport, log, metrics: exportMetrics(registry), batch: options.exportBatch });
  const http = await serveHttp({
    host: config.host,
    port: config.port,
    log,
    routes: {
      '/graphql': (req, res, url) => tracing.aroundRequest(req, res, () => graphql(req, res, url)),
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'crossregion' }),
      '/ready': async (_req, res) => {
        // Partial answers are still answers: ready while at least one region is up.
        const states = await regionHealth(config, regions);
        const ready = Object.values(states).includes('up');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'no region reachable', regions: states });
      },
      '/metrics': metricsRoute(registry),
      [FIRM_EXPORT_ROUTE]: (req, res, url) => tracing.aroundRequest(req, res, async () => exportRoute(req, res, url)),
    },
  });
  const port = http.port;
  const url = `http://${config.host}:${port}/graphql`;
  log.info('crossregion subgraph listening', { url, regions: config.regionUrls, regionTimeoutMs: config.regionTimeoutMs, regionConnections: config.regionConnections, maxExports: config.maxExports, otlp: config.otlpEndpoint ?? null });

  return {
    url,
    async close() {
      // Stop accepting and answer what is in flight, then close the connections to the regions.
      await http.close();
      await apollo.stop();
      await regions.close();
      await tracing.shutdown();
    },
  };
}
