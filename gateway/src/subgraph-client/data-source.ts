/**
 * The gateway's data source for one subgraph: Apollo's RemoteGraphQLDataSource over our subgraph
 * client (keep-alive, timeouts, retries, breaker, deduplication), with the plugins' hooks — each
 * plugin may adjust the request (headers) and wrap the whole fetch (spans, latency).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context';
import type { GatewayEvents } from '../events';
import type { GatewayPlugin, SubgraphRequest } from '../plugin';
import { IDENTITY_HEADER, identityPartOf } from '../../../subgraphs/kit/auth/signed-identity';
import { createSubgraphClient, type SubgraphClient } from './subgraph-client';
import { spreadEntities, uniqueRepresentations } from './unique-representations';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** One client per subgraph, configured from GATEWAY_VARIABLES. */
export function createSubgraphClients(urls: Record<string, string>, config: GatewayConfig['subgraphClient'], fallbackTimeoutMs: number, events: GatewayEvents): Record<string, SubgraphClient> {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [
      name,
      createSubgraphClient({
        name,
        url,
        timeoutMs: config.timeoutsMs[name as keyof typeof config.timeoutsMs] ?? fallbackTimeoutMs,
        retry: { retries: config.retries, baseDelayMs: config.retryBaseDelayMs, maxDelayMs: config.retryMaxDelayMs },
        breaker: { failureThreshold: config.breakerFailureThreshold, resetAfterMs: config.breakerResetMs },
        dedup: config.dedup,
        maxSockets: config.maxSockets,
        // Concurrent identical queries of one identity share a call whatever their signing times.
        headerKeyParts: { [IDENTITY_HEADER]: identityPartOf },
        events,
      }),
    ]),
  );
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly plugins: GatewayPlugin[];

  constructor(options: { name: string; url: string; client: SubgraphClient; plugins: GatewayPlugin[] }) {
    super({ url: options.url, fetcher: options.client.fetcher });
    this.subgraph = options.name;
    this.plugins = options.plugins;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
    for (const plugin of this.plugins) plugin.onSubgraphRequest?.(options.request as SubgraphRequest, options.context as GatewayContext, this.subgraph);
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return super.process(options);
    const fetch = { subgraph: this.subgraph, operationName: options.request.operationName, context: options.context as GatewayContext };
    // The first plugin's wrapper is outermost.
    const run = this.plugins.reduceRight<() => Promise<GatewayGraphQLResponse>>(
      (next, plugin) => (plugin.aroundSubgraphFetch ? () => plugin.aroundSubgraphFetch!(fetch, next) : next),
      () => this.processUnique(options),
    );
    return run();
  }

  /** Each distinct entity representation sent once (unique-representations.ts). */
  private async processUnique(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const variables = options.request.variables;
    const unique = uniqueRepresentations(variables?.representations);
    if (!unique) return super.process(options);
    const request = { ...options.request, variables: { ...variables, representations: unique.unique } };
    return spreadEntities(await super.process({ ...options, request }), unique);
  }
}
