/**
 * The gateway Apollo Server runs: @apollo/gateway loads the supergraph, builds the subgraphs' data
 * sources and plans queries (its QueryPlanner, with @defer planned), and this executor runs the
 * plans (compile-operation.ts, execute-operation.ts) in place of @apollo/gateway's executeQueryPlan,
 * which refuses @defer and subscriptions and walks the plan, the selections and the schema anew
 * for every request. Apollo Server gets the API schema with @defer in it, so documents that defer
 * validate.
 *
 * An answer with deferred parts leaves Apollo Server as its primary part; the parts that follow
 * are handed to the HTTP layer through the request's context (`GatewayContext.incremental.parts`).
 * A subscription, run through Apollo Server by a streaming transport (subscriptions/), hands its
 * events the same way (`GatewayContext.subscription.events`); Apollo Server answers `data: null`.
 */
import { ApolloGateway, type GatewayConfig, type GraphQLDataSource, type SupergraphManager } from '@apollo/gateway';
import type { QueryPlanner } from '@apollo/query-planner';
import type { GatewayExecutionResult, GatewayGraphQLRequestContext, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { executeOperation } from './execute-operation';
import { executeSubscription, type SubscribeUpstream } from './execute-subscription';
import { operationFor, supergraphRuntime, type SupergraphRuntime } from './supergraph-runtime';
import { inSpan } from './spans';

export interface ExecutingGatewayOptions {
  /** The supergraph, or what loads it and its updates (supergraph-file.ts). */
  supergraphSdl: string | SupergraphManager;
  /** The data source of each subgraph, by name (SubgraphDataSource). */
  buildService(name: string, url: string): GraphQLDataSource;
  /** Whether a request's Accept header takes a multipart answer with deferred parts. */
  acceptsIncremental(accept: string | null | undefined): boolean;
  /** Wraps the running of each deferred block of a request (spans, timers). */
  aroundDeferredPart<T>(part: { label: string | undefined }, context: GatewayContext, run: () => Promise<T>): Promise<T>;
  /** Opens a subscription on a subgraph (subscriptions/upstream.ts). */
  subscribeUpstream?: SubscribeUpstream;
}

export class ExecutingGateway implements GatewayInterface {
  private readonly apollo: ApolloGateway;
  private readonly services = new Map<string, GraphQLDataSource>();
  private runtime: SupergraphRuntime | undefined;

  constructor(private readonly options: ExecutingGatewayOptions) {
    const config: GatewayConfig = {
      supergraphSdl: options.supergraphSdl,
      buildService: ({ name, url }) => {
        const service = options.buildService(name, url ?? '');
        this.services.set(name, service);
        return service;
      },
      queryPlannerConfig: { incrementalDelivery: { enableDefer: true } },
    };
    this.apollo = new ApolloGateway(config);
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    return this.apollo.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
      // @apollo/gateway has its planner for this supergraph by now; it is the one the executor plans with.
      const planner = this.apollo.__testing().queryPlanner as QueryPlanner | undefined;
      if (!planner) throw new Error('@apollo/gateway loaded a supergraph without a query planner');
      this.runtime = supergraphRuntime(planner, this.services);
      callback({ apiSchema: this.runtime.apiSchema, coreSupergraphSdl });
    });
  }

  async load(options: Parameters<GatewayInterface['load']>[0]) {
    await this.apollo.load(options);
    return { executor: (requestContext: GatewayGraphQLRequestContext) => this.execute(requestContext) };
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }

  private async execute(requestContext: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    const runtime = this.runtime;
    if (!runtime) return { errors: [new GraphQLError('The gateway has not loaded a supergraph yet.')] };
    const compiled = operationFor(runtime, requestContext.document, requestContext.request.operationName);
    if (compiled.errors) return { errors: compiled.errors };
    const context = requestContext.context as GatewayContext;
    if (compiled.value.kind === 'subscription' && context.subscription && this.options.subscribeUpstream) {
      const outcome = executeSubscription(compiled.value, requestContext, { apiSchema: runtime.apiSchema, subscribe: this.options.subscribeUpstream });
      if (outcome.errors) return { errors: outcome.errors };
      context.subscription.events = outcome.events;
      return { data: null };
    }
    const outcome = await inSpan('gateway.execute', {}, () => executeOperation(compiled.value, requestContext, {
      apiSchema: runtime.apiSchema,
      // Only where the HTTP layer can send parts (it gave the context somewhere to put them).
      incremental: !!context.incremental && this.options.acceptsIncremental(requestContext.request.http?.headers.get('accept')),
      aroundDeferredPart: (label, run) => {
        const part = { label: label === undefined ? undefined : compiled.value.defers.get(label)?.callerLabel };
        return inSpan('gateway.deferred', { 'graphql.defer.label': part.label ?? '' }, () => this.options.aroundDeferredPart(part, context, run));
      },
    }));
    if (outcome.subsequent && context.incremental) context.incremental.parts = outcome.subsequent;
    return outcome.result;
  }
}
