/**
 * The gateway: @apollo/gateway (loading, planning) with its own executor (executor/) on
 * @apollo/server, loading the checked-in supergraph, over Node's http module, with its features as
 * plugins (gateway/src/plugins/use-*.ts).
 */
// First: @apollo/gateway must load after it (plain-exports.ts).
import { plainFederationInternals } from './plain-federation-internals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { graphqlHandler, sendJson } from '../../subgraphs/kit/http/apollo-handler';
import { serveHttp, type Route } from '../../subgraphs/kit/http/serve';
import { maskError } from '../../subgraphs/kit/http/mask-errors';
import { createLogger, errorFields } from '../../subgraphs/kit/log';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import type { GatewayPlugin } from './plugin';
import { fanOut, type GatewayEvents } from './events';
import { useMetrics } from './plugins/use-metrics';
import { useResponseCache } from './plugins/use-response-cache';
import { useTracing } from './plugins/use-tracing';
import { createStore, namespaced } from './store';
import { createSubgraphClients, SubgraphDataSource } from './subgraph-client/data-source';
import { supergraphFile } from './supergraph-file';
import { ANONYMOUS } from '../../subgraphs/kit/auth/identity';
import { useEarlyRejection } from './early-rejection';
import { useAuth, withEnforcedSecurityFeatures } from './plugins/use-auth';
import { useOperationLimits } from './plugins/use-operation-limits';
import { useErrorHints } from './plugins/use-error-hints';
import { useTrustedDocuments } from './plugins/use-trusted-documents';
import { loadManifest } from './trusted-documents/manifest';
import { persistedDocuments } from './trusted-documents/persisted-documents';
import { useExplorer } from './plugins/use-explorer';
import { useHealth } from './plugins/use-health';
import { useRegionErrors } from './plugins/use-region-errors';
import { useRequestId } from './plugins/use-request-id';
import { useCors } from './plugins/use-cors';
import { FIRM_EXPORT_PATH, useExport } from './plugins/use-export';
import { createTokenVerifier } from './auth/verify-token';
import { subgraphBound } from './subgraph-bound';
import { ExecutingGateway } from './executor/executing-gateway';
import { acceptsIncremental } from './incremental/accepts-incremental';
import { partFormatter, type FormatError } from './incremental/format-part';
import { writeMultipart } from './incremental/multipart-response';
import { upstreamSubscriptions } from './subscriptions/upstream';
import { Streams } from './subscriptions/streams';
import { serveGraphqlWs } from './subscriptions/serve-graphql-ws';
import { sseRoute } from './subscriptions/serve-sse';

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

export const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

/** The subgraph URLs the supergraph names, with configured overrides applied. */
export function subgraphUrls(supergraphSdl: string, overrides: GatewayConfig['subgraphUrls']): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    const name = match[1]!;
    urls[name] = overrides[name as keyof typeof overrides] ?? match[2]!;
  }
  return urls;
}

export async function startGateway(config: GatewayConfig, extraPlugins: GatewayPlugin[] = []): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  if (plainFederationInternals.skipped) log.warn('@apollo/gateway reads @apollo/federation-internals through getters (slower result shaping)', { reason: plainFederationInternals.skipped });
  // The supergraph file, reloaded on change or SIGHUP; what reads it per request reads `current()`.
  const supergraph = supergraphFile({ path: config.supergraphPath, log, prepare: withEnforcedSecurityFeatures });
  const urls = subgraphUrls(supergraph.current(), config.subgraphUrls);
  let loaded = false;
  const manifest = loadManifest(config.trustedDocuments.manifestPath);
  if (manifest.errors && config.trustedDocuments.mode === 'enforce') throw new Error(manifest.errors.join('; '));
  // What replicas share (persisted queries, cached responses): Redis when REDIS_URL is set.
  const store = await createStore(config.store);
  // Filled in once every plugin exists: the subgraph clients and the cache report through it.
  const events = {} as GatewayEvents;
  const clients = createSubgraphClients(config.subgraphClient, config.subgraphTimeoutMs, events);
  const tracing = useTracing(config.tracing);
  const explorer = config.mode === 'development';
  // One verifier (and JWKS cache) for GraphQL requests and the export route.
  const verify = createTokenVerifier(config.auth, (error) => log.error('token verification failed', { error: error instanceof Error ? error.message : String(error) }));

  const plugins: GatewayPlugin[] = [
    // First: its routes answer preflights and set CORS headers before any other route writes.
    useCors({ origins: config.cors.origins, routes: { '/graphql': ['GET', 'POST'], [FIRM_EXPORT_PATH]: ['GET'] } }),
    useRequestId(),
    // Refusals decided before parsing, then who may do what, what it may cost, which documents may run.
    useEarlyRejection(),
    useAuth({ auth: config.auth, verify, supergraphSdl: supergraph.current }),
    useOperationLimits({ limits: config.limits }),
    useErrorHints({ suggestions: config.fieldSuggestions, explorer }),
    useTrustedDocuments({ config: config.trustedDocuments, manifest: manifest.documents ?? new Map(), store: persistedDocuments(store, config.store, log) }),
    useRegionErrors(),
    // After region-errors, so errors are counted and traced by their final code.
    useMetrics({ subgraphs: Object.keys(urls) }),
    tracing,
    useResponseCache({ store, enabled: config.responseCache.enabled, events, log }),
    useHealth({ subgraphUrls: () => subgraphUrls(supergraph.current(), config.subgraphUrls), isLoaded: () => loaded }),
    ...subgraphBound(urls, log, {
      feature: 'firm export',
      subgraph: 'crossregion',
      make: (crossregionUrl) => useExport({ crossregionUrl, verify, signingKey: config.auth.signingKey, idleTimeoutMs: config.subgraphClient.timeoutsMs.crossregion, log, events }),
    }),
    useExplorer({ examplesDir: path.join(REPO_ROOT, 'gateway/examples'), enabled: explorer }),
    // GraphQL over SSE on /graphql (subscriptions/serve-sse.ts); the streams exist once Apollo Server does.
    { name: 'sse', routes: { '/graphql': sseRoute({ streams: () => streams }) } },
    ...extraPlugins,
  ];
  Object.assign(events, fanOut(plugins.map((p) => p.events)));

  let streams: Streams | undefined;
  // Subscriptions to the subgraphs, one WebSocket each (subscriptions/upstream.ts).
  const upstream = upstreamSubscriptions({ urls, plugins, log, keepAliveMs: config.subscriptions.keepAliveMs });
  // @apollo/gateway loads the supergraph and plans; the gateway's own executor runs the plans (executor/).
  const gateway = new ExecutingGateway({
    subscribeUpstream: upstream.subscribe,
    supergraphSdl: supergraph,
    buildService: (name, supergraphUrl) => {
      const url = subgraphUrls(supergraph.current(), config.subgraphUrls)[name] ?? supergraphUrl;
      return new SubgraphDataSource({ name, url, client: clients.clientFor(name, url), plugins });
    },
    acceptsIncremental,
    // The first plugin's wrapper is outermost.
    aroundDeferredPart: (part, context, run) => plugins.reduceRight<typeof run>((next, p) => (p.aroundDeferredPart ? () => p.aroundDeferredPart!(part, context, next) : next), run)(),
  });
  const formatError: FormatError = (formatted, error) => maskError(formatted, error, (e) => log.error('request failed', errorFields(e)));

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    csrfPrevention: true,
    // Our process drains on SIGTERM (kit/process.ts); Apollo's own handlers (outside NODE_ENV=test) would stop it and re-send the signal.
    stopOnTerminationSignals: false,
    // Persisted queries are plugins/use-trusted-documents.ts's alone: Apollo's own APQ stays off.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...plugins.flatMap((p) => (p.apollo ? [p.apollo] : [])),
    ],
    formatError,
  });
  await apollo.start();
  loaded = true;

  const graphql = graphqlHandler<GatewayContext>({
    server: apollo,
    bodyLimitBytes: config.bodyLimitBytes,
    // An answer with deferred parts: the primary part as Apollo Server formatted it, then each part as it is ready.
    respond: async (response, context, res) => {
      const parts = context?.incremental?.parts;
      if (!parts) return false;
      await writeMultipart(res, response, parts, partFormatter(formatError, plugins, context));
      return true;
    },
    context: async ({ req }) => {
      const context: GatewayContext = { requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID(), identity: ANONYMOUS, incremental: {} };
      for (const plugin of plugins) await plugin.extendContext?.(req, context);
      return context;
    },
  });
  // Plugin routes first, in plugin order; a handler that writes nothing falls through to the next,
  // and /graphql ends at the GraphQL handler.
  const routes: Record<string, Route> = {};
  const paths = new Set(['/graphql', ...plugins.flatMap((p) => Object.keys(p.routes ?? {}))]);
  for (const route of paths) {
    const handlers = plugins.flatMap((p) => (p.routes?.[route] ? [p.routes[route]] : []));
    const handle = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      for (const handler of handlers) {
        await handler(req, res, url);
        if (res.headersSent || res.writableEnded) return;
      }
      if (route === '/graphql') return graphql(req, res, url);
      sendJson(res, 404, { error: 'not found' });
    };
    // Around each GraphQL request and export, the plugins' wrappers (a trace span…), the first one outermost.
    routes[route] =
      route !== '/graphql' && route !== FIRM_EXPORT_PATH
        ? handle
        : (req, res, url) => plugins.reduceRight<() => Promise<void>>((next, p) => (p.aroundRequest ? () => p.aroundRequest!(req, res, next) : next), () => handle(req, res, url))();
  }
  const http = await serveHttp({ host: config.host, port: config.port, log, routes, shutdownGraceMs: config.shutdownGraceMs });
  // Subscriptions: graphql-ws on the same port and path (subscriptions/).
  streams = new Streams({ apollo, plugins, formatError, limits: { maxPerIdentity: config.subscriptions.maxPerIdentity } });
  const graphqlWs = serveGraphqlWs({
    server: http.server,
    path: '/graphql',
    streams,
    maxPerConnection: config.subscriptions.maxPerConnection,
    maxPayloadBytes: config.bodyLimitBytes,
    keepAliveMs: config.subscriptions.keepAliveMs,
    log,
  });
  const port = http.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  log.info('gateway listening', { url, subgraphs: urls, mode: config.mode, store: store.kind, responseCache: config.responseCache.enabled, otlp: config.tracing.otlpEndpoint ?? null });

  return {
    url,
    async close() {
      // Streams end first, with a reason (SHUTTING_DOWN, close 1001), so clients reconnect elsewhere;
      // then stop accepting, let in-flight requests finish, then stop the gateway and what it holds open.
      await graphqlWs.close();
      await upstream.close();
      await http.close();
      await apollo.stop();
      await clients.close();
      await store.close();
      await tracing.shutdown();
    },
  };
}
