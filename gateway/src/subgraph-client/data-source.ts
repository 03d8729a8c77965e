/**
 * The gateway's data source for one subgraph: Apollo's RemoteGraphQLDataSource over our subgraph
 * client (keep-alive, timeouts, retries, breaker, deduplication), with the plugins' hooks — each
 * plugin may adjust the request (headers) and wrap the whole fetch (spans, latency).
 *
 * A fetch of the operation being executed is sent by `send` below rather than by
 * RemoteGraphQLDataSource.process, which builds a node-fetch Headers and a node-fetch Request
 * for every fetch only to read them back (5 % of the gateway's CPU on the bench's W1, --profile a).
 * It does what that method does for such a fetch: headers, the body, the plugins' onSubgraphRequest
 * (after the body, which the identity header's signature covers), the fetch, errorFromResponse for
 * a non-2xx answer, parseBody, and the subgraph's Cache-Control restricting the request's cache policy.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader';
import type { GatewayCacheHint, GatewayCachePolicy } from '@apollo/server-gateway-interface';
import { ReplyHeaders } from './reply-response';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context';
import type { GatewayEvents } from '../events';
import type { GatewayPlugin, SubgraphRequest } from '../plugin';
import { IDENTITY_HEADER, identityPartOf } from '../../../subgraphs/kit/auth/signed-identity';
import { createSubgraphClient, type SubgraphClient } from './subgraph-client';
import { spreadEntities, uniqueRepresentations } from './unique-representations';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** The gateway's subgraph clients, configured from GATEWAY_VARIABLES, one per subgraph URL. */
export interface SubgraphClients {
  /** The client of a subgraph at a URL, made on first use: a reloaded supergraph may name new ones. */
  clientFor(name: string, url: string): SubgraphClient;
  close(): Promise<void>;
}

export function createSubgraphClients(config: GatewayConfig['subgraphClient'], fallbackTimeoutMs: number, events: GatewayEvents): SubgraphClients {
  const clients = new Map<string, SubgraphClient>();
  return {
    clientFor(name, url) {
      const key = `${name} ${url}`;
      let client = clients.get(key);
      if (!client) {
        client = createSubgraphClient({
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
        });
        clients.set(key, client);
      }
      return client;
    },
    async close() {
      await Promise.all([...clients.values()].map((client) => client.close()));
    },
  };
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly plugins: GatewayPlugin[];

  constructor(options: { name: string; url: string; client: SubgraphClient; plugins: GatewayPlugin[] }) {
    super({ url: options.url, fetcher: options.client.fetcher });
    this.subgraph = options.name;
    this.plugins = options.plugins;
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
    if (!unique) return this.send(options);
    const request = { ...options.request, variables: { ...variables, representations: unique.unique } };
    return spreadEntities(await this.send({ ...options, request }), unique);
  }

  /** RemoteGraphQLDataSource.process for a fetch of the incoming operation, without node-fetch's objects (see the top). */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return super.process(options);
    const { request } = options;
    const headers = new ReplyHeaders(request.http?.headers ?? []);
    headers.set('content-type', 'application/json');
    if (!request.query) throw new Error('Missing query');
    const { http: _http, ...payload } = request;
    const body = JSON.stringify(payload);
    const hooked: SubgraphRequest = { body, http: { headers } };
    for (const plugin of this.plugins) plugin.onSubgraphRequest?.(hooked, options.context as GatewayContext, this.subgraph);
    const response = await this.fetcher(this.url, { method: 'POST', headers: Object.fromEntries(headers), body });
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed = await this.parseBody(response);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    const policy = options.incomingRequestContext.overallCachePolicy as GatewayCachePolicy | undefined;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(response.headers.get('cache-control')));
    return { ...(parsed as GatewayGraphQLResponse), http: response };
  }
}

/** A subgraph's Cache-Control as a cache hint, as RemoteGraphQLDataSource reads it. */
function cacheHint(header: string | null): GatewayCacheHint {
  const parsed = parseCacheControlHeader(header);
  const hint: GatewayCacheHint = { maxAge: 0 };
  const maxAge = parsed['max-age'];
  if (typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge)) hint.maxAge = +maxAge;
  if (parsed.private === true) hint.scope = 'PRIVATE';
  if (parsed.public === true) hint.scope = 'PUBLIC';
  return hint;
}
