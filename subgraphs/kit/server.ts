/**
 * Starts one region's subgraph: database opened (migrated, seeded), schema built, and an HTTP
 * server with /graphql (a trace span per request), /health, /ready, /metrics and the directory's
 * bulk export (directory/export.ts).
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Counter } from 'prom-client';
import { callerOf } from './auth/caller';
import { GRAPHQL_ROUTE } from './auth/signed-identity';
import { answerablePlugin } from './auth/trim-operation';
import type { SubgraphConfig } from './config';
import { createContext, type SubgraphContext } from './context';
import { AdminAreaRef, CONTRACT_REFERENCE_RESOLVERS, CooperationProjectRef, FirmRef, IndustryChainRef, ScopeRef } from './contract-types';
import { FIRM_EXPORT_PATH, firmExportRoute } from './directory/export';
import { DIRECTORY_RESOLVERS } from './directory/resolver';
import { historyResolvers } from './history/resolver';
import { graphqlHandler, RequestRefused, sendJson } from './http/apollo-handler';
import { cachePolicyPlugins } from './http/cache-policy';
import { createMetricsRegistry, metricsRoute } from './http/metrics';
import { serveHttp } from './http/serve';
import { maskError } from './http/mask-errors';
import { subgraphLimitsPlugin } from './limits/subgraph-limits-plugin';
import { createLogger, errorFields } from './log';
import { openDatabase } from './orm';
import { databaseHealth } from './database-health';
import { dialectOf } from './database';
import type { RegionDefinition } from './region';
import { buildFederatedSchema } from './schema';
import { StatementCounter } from './statements';
import { startTracing } from './tracing';
import { memoryEventBus, redisEventBus, type EventBus } from './subscriptions/event-bus';
import { serveSubscriptions } from './subscriptions/serve-ws';

/** How long an answer from a region may be reused when no hint says otherwise (seconds). */
export const REGION_CACHE_MAX_AGE_S = 60;

export interface RunningSubgraph {
  url: string;
  orm: MikroORM;
  statements: StatementCounter;
  close(): Promise<void>;
}

/** The region's subgraph schema: its native API, its contract contributions and the directory; its writes publish on `bus`. */
export function buildRegionSchema(region: RegionDefinition, bus: EventBus = memoryEventBus()) {
  return buildFederatedSchema(
    [...region.resolvers, ...DIRECTORY_RESOLVERS, ...historyResolvers(region)] as never,
    { ...CONTRACT_REFERENCE_RESOLVERS, ...(region.references ?? {}) },
    [FirmRef, AdminAreaRef, IndustryChainRef, CooperationProjectRef, ScopeRef],
    bus,
  );
}

export async function startSubgraph(region: RegionDefinition, config: SubgraphConfig): Promise<RunningSubgraph> {
  const log = createLogger(`subgraph-${region.name}`, config.logLevel);
  const statements = new StatementCounter();
  const orm = await openDatabase(region, config.databaseUrl, { seed: config.seed, counter: statements, sqliteCacheMb: config.sqliteCacheMb });
  const database = await databaseHealth(orm, dialectOf(config.databaseUrl), log);
  const bus = config.redisUrl ? await redisEventBus({ url: config.redisUrl, channelPrefix: config.eventChannelPrefix, log }) : memoryEventBus();
  const schema = await buildRegionSchema(region, bus);
  // The gateway's trace continues here: one server span per GraphQL request.
  const tracing = startTracing({ otlpEndpoint: config.otlpEndpoint, serviceName: `coopgraph-${region.name}` });

  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    // In production only the gateway's signed requests reach here, and it needs no introspection.
    introspection: config.mode !== 'production',
    csrfPrevention: true,
    // Our process drains on SIGTERM (kit/process.ts); Apollo's own handlers (outside NODE_ENV=test) would stop it and re-send the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No usage reporting behind our gateway: per-field traces would only cost time.
    // Region data may be cached for REGION_CACHE_MAX_AGE_S unless a @cacheControl hint says less:
    // the header this sets is what the gateway's response cache honours.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // A query is answered without the fields its caller may not read (kit/auth/trim-operation.ts).
      // Its own limits, whoever signed the request.
      subgraphLimitsPlugin<SubgraphContext>(config.limits),
      answerablePlugin<SubgraphContext>(schema),
      ...cachePolicyPlugins<SubgraphContext>(schema, REGION_CACHE_MAX_AGE_S),
      tracing.apolloPlugin<SubgraphContext>(),
    ],
    formatError: (formatted, error) =>
      maskError(formatted, error, (e) => {
        log.error('resolver failed', errorFields(e));
        database.noteFailure(e);
      }),
  });
  await apollo.start();

  const registry = createMetricsRegistry();
  const requests = new Counter({ name: 'coopgraph_subgraph_requests_total', help: 'GraphQL requests served', labelNames: ['region'], registers: [registry] });
  new Counter({
    name: 'coopgraph_sql_statements_total',
    help: 'SQL statements sent to the region database, by table',
    labelNames: ['region', 'table'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [table, n] of Object.entries(statements.snapshot().byTable)) this.inc({ region: region.name, table }, n);
    },
  });

  // The context of one operation, over HTTP or as a subscribe message: the caller its identity header
  // names, bound to this region and to the operation's content; refused in production when unsigned.
  const contextFor = (headers: Record<string, string | string[] | undefined>, content: string) => {
    const requestId = (headers['x-request-id'] as string | undefined) ?? randomUUID();
    const caller = callerOf({ headers }, { keys: config.identityKeys, mode: config.mode, binding: { audience: region.name, route: GRAPHQL_ROUTE, content }, log, requestId });
    if (caller.refused) throw new RequestRefused(caller.refused.status, caller.refused.error);
    return createContext(region.name, orm.em as unknown as EntityManager, requestId, caller.identity, bus);
  };
  const graphql = graphqlHandler<SubgraphContext>({
    server: apollo,
    bodyLimitBytes: 8 * 1024 * 1024,
    context: async ({ req, content }) => {
      requests.inc({ region: region.name });
      return contextFor(req.headers, content);
    },
  });

  const exportRoute = firmExportRoute({ region: region.name, em: orm.em as unknown as EntityManager, keys: config.identityKeys, mode: config.mode, log });
  const http = await serveHttp({
    host: config.host,
    port: config.port,
    log,
    routes: {
      '/graphql': (req, res, url) => tracing.aroundRequest(req, res, () => graphql(req, res, url)),
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', region: region.name }),
      '/ready': async (_req, res) => {
        // A real statement (and for SQLite the integrity check at start), not whether a pool is open.
        const readiness = await database.check();
        sendJson(res, readiness.ready ? 200 : 503, readiness.ready ? { status: 'ready', region: region.name } : { status: 'not ready', region: region.name, reason: readiness.reason });
      },
      '/metrics': metricsRoute(registry),
      '/statements': (_req, res) => sendJson(res, 200, statements.snapshot()),
      [FIRM_EXPORT_PATH]: (req, res, url) => tracing.aroundRequest(req, res, async () => exportRoute(req, res, url)),
    },
  });
  // Subscriptions over graphql-ws on the same port and path (kit/subscriptions/serve-ws.ts).
  const subscriptions = serveSubscriptions({ server: http.server, path: '/graphql', schema, log, context: contextFor });
  const url = `http://${config.host}:${http.port}/graphql`;
  log.info('subgraph listening', { url, database: config.databaseUrl.replace(/\/\/[^@]*@/, '//***@'), events: bus.kind });

  return {
    url,
    orm,
    statements,
    async close() {
      // Streams first, with a reason (1001), so the gateway resubscribes elsewhere or once this region is back.
      await subscriptions.close();
      await bus.close();
      await http.close();
      await apollo.stop();
      await orm.close(true);
      await tracing.shutdown();
    },
  };
}
