/**
 * The gateway: @apollo/gateway on @apollo/server, loading the checked-in supergraph, over Node's
 * http module, with its features as plugins (gateway/src/plugins/use-*.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { graphqlHandler, sendJson } from '../../subgraphs/kit/http/apollo-handler';
import { maskError } from '../../subgraphs/kit/http/mask-errors';
import { createLogger, errorFields } from '../../subgraphs/kit/log';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import type { GatewayPlugin, RouteHandler, SubgraphRequest } from './plugin';
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

  const routes = new Map<string, RouteHandler[]>();
  for (const plugin of plugins) {
    for (const [route, handler] of Object.entries(plugin.routes ?? {})) routes.set(route, [...(routes.get(route) ?? []), handler]);
  }
  const graphql = graphqlHandler<GatewayContext>({
    server: apollo,
    bodyLimitBytes: config.bodyLimitBytes,
    context: async ({ req }) => ({ requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID() }),
  });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      for (const handler of routes.get(url.pathname) ?? []) {
        await handler(req, res, url);
        if (res.headersSent || res.writableEnded) return;
      }
      if (url.pathname === '/graphql') return graphql(req, res, url);
      sendJson(res, 404, { error: 'not found' });
    };
    route().catch((error: unknown) => {
      log.error('request failed', errorFields(error));
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  log.info('gateway listening', { url, subgraphs: urls, mode: config.mode });

  return {
    url,
    async close() {
      // Stop accepting, let in-flight requests finish, then stop the gateway.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
