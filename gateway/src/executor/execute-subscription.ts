/**
 * A subscription through the plan: the plan's first fetch (`primary`) is the subscription on the
 * subgraph that owns the root field, opened once through `subscribe`; for every event the subgraph
 * sends, the rest of the plan (entity fetches to other subgraphs, `rest`) runs with the event's data
 * as the root of a response tree, and the tree is shaped as a query's answer is. What Hive Gateway
 * and Apollo Router do for subscriptions through federation.
 */
import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { CompiledOperation } from './compile-operation';
import type { StepScope } from './compile-plan';
import { conditionKey } from './conditions';
import type { ShapeContext } from './compile-shape';
import { downstreamError } from './downstream-error';
import { shapeRoot, withErrors } from './execute-operation';
import { introspect } from './introspection';
import type { ResponseObject } from './response-tree';

/** One subscription sent to a subgraph: its events, until the subgraph or the caller ends it. */
export interface UpstreamRequest {
  serviceName: string;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}
export type SubscribeUpstream = (request: UpstreamRequest, requestContext: GatewayGraphQLRequestContext) => AsyncIterable<ExecutionResult>;

export type SubscriptionOutcome = { events: AsyncIterable<GatewayExecutionResult>; errors?: never } | { events?: never; errors: readonly GraphQLError[] };

export function executeSubscription(compiled: CompiledOperation, requestContext: GatewayGraphQLRequestContext, options: { apiSchema: GraphQLSchema; subscribe: SubscribeUpstream }): SubscriptionOutcome {
  const plan = compiled.subscription;
  if (!plan) return { errors: [new GraphQLError('The query planner planned no subscription for this operation.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })] };
  const variables = (requestContext.request.variables ?? {}) as Record<string, unknown>;
  let values = variables;
  if (compiled.variableDefinitions.length) {
    const coerced = getVariableValues(options.apiSchema, compiled.variableDefinitions, variables);
    if (coerced.errors) return { errors: coerced.errors };
    values = coerced.coerced;
  }
  const { primary, rest } = plan;
  const upstream: UpstreamRequest = {
    serviceName: primary.serviceName,
    query: primary.operation,
    operationName: primary.operationName,
    variables: Object.fromEntries((primary.variableUsages ?? []).filter((name) => variables[name] !== undefined).map((name) => [name, variables[name]])),
  };
  const shape = compiled.shapes(conditionKey(compiled.conditionNames, values)).whole();
  const introspectField: ShapeContext['introspect'] = (field) => introspect(options.apiSchema, field, compiled.variableDefinitions, values);

  /** One event: the rest of the plan run against its data, then shaped. */
  const answer = async (event: ExecutionResult): Promise<GatewayExecutionResult> => {
    const errors = (event.errors ?? []).map((error) => downstreamError(error, primary.serviceName, error.path));
    if (!event.data) return { data: null, errors };
    const root = event.data as ResponseObject;
    const running: Promise<void>[] = [];
    const scope: StepScope = { requestContext, variables, root, errors, conditions: values, defer: (block, parent) => void running.push(block.run(parent)) };
    await rest?.(scope, root, []);
    while (running.length) await Promise.all(running.splice(0));
    const context: ShapeContext = { path: [], errors: [], targets: undefined, introspect: introspectField };
    return withErrors(shapeRoot(shape, root, context), errors, context.errors);
  };

  async function* events(): AsyncGenerator<GatewayExecutionResult> {
    for await (const event of options.subscribe(upstream, requestContext)) yield await answer(event);
  }
  return { events: events() };
}
