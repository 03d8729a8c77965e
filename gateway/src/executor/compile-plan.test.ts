/**
 * A subscription's plan: its primary fetch is the subgraph's event stream (served by a later
 * transport); `rest` runs per event against that event's data (runPlanNode).
 */
import { Supergraph } from '@apollo/federation-internals';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { QueryPlanner } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopFederation } from '../testing/shop-federation';
import { startSmallFederation, type SmallFederation } from '../testing/small-federation';
import { runPlanNode, type StepScope } from './compile-plan';
import { compileOperation } from './compile-operation';
import { executeOperation } from './execute-operation';
import type { ShapeContext } from './compile-shape';
import { supergraphRuntime, type SupergraphRuntime } from './supergraph-runtime';

describe('a subscription plan', () => {
  let federation: SmallFederation;
  let runtime: SupergraphRuntime;
  beforeAll(async () => {
    federation = await startSmallFederation(shopFederation({ reviewsDelayMs: 0, accountsDown: false, failingNames: new Set() }));
    const services = new Map(Object.entries(federation.urls).map(([name, url]) => [name, new RemoteGraphQLDataSource({ url })]));
    runtime = supergraphRuntime(new QueryPlanner(Supergraph.build(federation.supergraphSdl), { incrementalDelivery: { enableDefer: true } }), services);
  });
  afterAll(() => federation?.close());

  it('runs `rest` against an event\'s data and shapes the event as the operation asks', async () => {
    const compiled = compileOperation(runtime, parse('subscription { productAdded { name reviews { body author { name } } } }'), undefined);
    if (compiled.errors) throw compiled.errors[0];
    const { subscription } = compiled.value;
    expect(subscription?.primary).toMatchObject({ kind: 'Fetch', serviceName: 'products' });
    expect(subscription?.primary.operation).toMatch(/^subscription/);
    expect(subscription?.rest).toBeDefined();

    // What the products subgraph's stream would send for one event (the primary fetch's selection).
    const event = { productAdded: { __typename: 'Product', upc: 'p1', name: 'Table' } };
    const errors: GraphQLError[] = [];
    const scope: StepScope = {
      requestContext: { request: {}, context: {} } as unknown as GatewayGraphQLRequestContext,
      variables: {},
      root: event,
      errors,
      conditions: {},
      defer: () => {},
    };
    await runPlanNode(subscription!.rest!, scope, event);
    expect(errors).toEqual([]);
    const context: ShapeContext = { path: [], errors: [], targets: undefined, introspect: () => null };
    expect(compiled.value.shapes('').whole()(event, context)).toEqual({
      productAdded: { name: 'Table', reviews: [{ body: 'Solid', author: { name: 'Ada' } }, { body: 'Heavy', author: { name: 'Alan' } }] },
    });
  });

  it('is refused on an HTTP request until a transport serves subscriptions', async () => {
    const compiled = compileOperation(runtime, parse('subscription { productAdded { name } }'), undefined);
    const requestContext = { request: {}, context: {} } as unknown as GatewayGraphQLRequestContext;
    const outcome = await executeOperation(compiled.value!, requestContext, { apiSchema: runtime.apiSchema, incremental: false, aroundDeferredPart: (_label, run) => run() });
    expect(outcome.result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
  });
});
