/**
 * The gateway: @apollo/gateway on @apollo/server, loading the checked-in supergraph, over Node's
 * http module, with its features as plugins (gateway/src/plugins/use-*.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { graphqlHandler, sendJson } from '../../subgraphs/kit/http/apollo-handler';
import { serveHttp, type Route } from '../../subgraphs/kit/http/serve';
import { maskError } from '../../subgraphs/kit/http/mask-errors';
import { createLogger, errorFields } from '../../subgraphs/kit/log';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import type { GatewayPlugin, SubgraphRequest } from './plugin';
import { useExplorer } from './plugins/use-explorer';
import { useHealth } from './plugins/use-health';
import { useRegionErrors } from './plugins/use-region-errors';
import { useRequestId } from './plugins/use-request-id';

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
  const supergraphSdl = fs.readFileSync(config.supergraphPath, 'utf8');
  const urls = subgraphUrls(supergraphSdl, config.subgraphUrls);
  let loaded = false;

  const plugins: GatewayPlugin[] = [
    useRequestId(),
    useRegionErrors(),
    useHealth({ subgraphUrls: () => urls, isLoaded: () => loaded }),
    useExplorer({ examplesDir: path.join(REPO_ROOT, 'gateway/examples'), enabled: config.mode === 'development' }),
    ...extraPlugins,
  ];

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new (class extends RemoteGraphQLDataSource<GatewayContext> {
        override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
          if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
          for (const plugin of plugins) plugin.onSubgraphRequest?.(options.request as SubgraphRequest, options.context as GatewayContext, name);
        }
      })({ url: urls[name] }),
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.mode === 'development',
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...plugins.flatMap((p) => (p.apollo ? [p.apollo] : [])),
    ],
    formatError: (formatted, error) => maskError(formatted, error, (e) => log.error('request failed', errorFields(e))),
  });
  await apollo.start();
  loaded = true;

  const graphql = graphqlHandler<GatewayContext>({
    server: apollo,
    bodyLimitBytes: config.bodyLimitBytes,
    context: async ({ req }) => ({ requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID() }),
  });
  // Plugin routes first, in plugin order; a handler that writes nothing falls through to the next,
  // and /graphql ends at the GraphQL handler.
  const routes: Record<string, Route> = {};
  const paths = new Set(['/graphql', ...plugins.flatMap((p) => Object.keys(p.routes ?? {}))]);
  for (const route of paths) {
    const handlers = plugins.flatMap((p) => (p.routes?.[route] ? [p.routes[route]] : []));
    routes[route] = async (req, res, url) => {
      for (const handler of handlers) {
        await handler(req, res, url);
        if (res.headersSent || res.writableEnded) return;
      }
      if (route === '/graphql') return graphql(req, res, url);
      sendJson(res, 404, { error: 'not found' });
    };
  }
  const http = await serveHttp({ host: config.host, port: config.port, log, routes });
  const port = http.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  log.info('gateway listening', { url, subgraphs: urls, mode: config.mode });

  return {
    url,
    async close() {
      // Stop accepting, let in-flight requests finish, then stop the gateway.
      await http.close();
      await apollo.stop();
    },
  };
}
