/**
 * A Fetch node of the plan, compiled once: its variables' names, its representation builder, its
 * rewrites. Running it asks the subgraph through the gateway's data source (SubgraphDataSource:
 * the plugins' onSubgraphRequest and aroundSubgraphFetch, signing, tracing, metrics, retries, the
 * breaker, deduplication, unique representations) and merges the reply into the entities in place.
 */
import type { GraphQLSchema } from 'graphql';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { FetchNode, ResponsePath } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { downstreamError } from './downstream-error';
import { mergeInto } from './merge';
import { compileRequires } from './requires';
import { placesAt, type ResponseObject } from './response-tree';
import { compileContextRewrites, compileRewrites } from './rewrites';
import { inSpan } from './spans';

/** What a fetch needs of the request it runs for. */
export interface FetchScope {
  requestContext: GatewayGraphQLRequestContext;
  /** The variables as the client sent them (subgraphs get them unchanged, as from @apollo/gateway). */
  variables: Record<string, unknown>;
  /** The response tree from its root: where error paths are found. */
  root: ResponseObject;
  /** Where the fetch's errors go (the part it belongs to). */
  errors: GraphQLError[];
}

export type FetchRun = (scope: FetchScope, entities: ResponseObject[], path: ResponsePath) => Promise<void>;

const hasOwn = Object.prototype.hasOwnProperty;

export function compileFetch(node: FetchNode, schema: GraphQLSchema, services: ReadonlyMap<string, GraphQLDataSource>): FetchRun {
  const { serviceName, operation: query, operationName } = node;
  const usages = node.variableUsages ?? [];
  const requires = node.requires ? compileRequires(schema, node.requires) : undefined;
  const inputRewrite = compileRewrites(schema, node.inputRewrites);
  const outputRewrite = compileRewrites(schema, node.outputRewrites);
  const contextArguments = compileContextRewrites(schema, node.contextRewrites);

  const variablesFor = (scope: FetchScope): Record<string, unknown> => {
    const variables: Record<string, unknown> = {};
    for (const name of usages) {
      if (hasOwn.call(scope.variables, name) && scope.variables[name] !== undefined) variables[name] = scope.variables[name];
    }
    return variables;
  };

  /** Sends one request; its errors, with their paths in the response, go to the scope. */
  const send = async (scope: FetchScope, variables: Record<string, unknown>, path: ResponsePath, errorPath: (path: ReadonlyArray<string | number> | undefined) => ReadonlyArray<string | number> | undefined) => {
    const service = services.get(serviceName);
    if (!service) throw new Error(`The supergraph names no subgraph "${serviceName}".`);
    const response = await inSpan('gateway.fetch', { service: serviceName }, () =>
      service.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: { query, operationName, variables },
        incomingRequestContext: scope.requestContext,
        context: scope.requestContext.context,
        pathInIncomingRequest: path,
      }),
    );
    if (response.errors) for (const error of response.errors) scope.errors.push(downstreamError(error, serviceName, errorPath(error.path)));
    return response.data;
  };

  if (!requires) {
    return async (scope, entities, path) => {
      if (entities.length === 0) return;
      const prefix = path.filter((p) => p !== '@');
      try {
        const data = await send(scope, variablesFor(scope), path, (errorPath) => (errorPath ? [...prefix, ...errorPath] : undefined));
        if (!data) return;
        outputRewrite?.(data);
        for (const entity of entities) mergeInto(entity, data);
      } catch (error) {
        scope.errors.push(error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error }));
      }
    };
  }

  return async (scope, entities, path) => {
    const representations: ResponseObject[] = [];
    const targets: number[] = [];
    for (let i = 0; i < entities.length; i++) {
      const representation = requires(entities[i]!);
      if (!representation || !representation.__typename) continue;
      inputRewrite?.(representation);
      representations.push(representation);
      targets.push(i);
    }
    if (representations.length === 0) return;
    let places: ReturnType<typeof placesAt> | undefined;
    const placeOf = (entity: number) => (places ??= placesAt(scope.root, path))[entity];
    const errorPath = (batch: number[]) => (subgraphPath: ReadonlyArray<string | number> | undefined) => {
      if (!subgraphPath) return undefined;
      const [, index, ...rest] = subgraphPath;
      const place = typeof index === 'number' && batch[index] !== undefined ? placeOf(targets[batch[index]!]!) : undefined;
      return place ? [...place.path, ...rest] : undefined;
    };
    // Representations whose @fromContext values differ go in separate requests, each with its values.
    const batches = contextArguments.length ? batchByContext(representations, (i) => placeOf(targets[i]!)?.ancestors ?? [], contextArguments) : [{ indexes: representations.map((_, i) => i), values: {} }];
    const base = variablesFor(scope);
    await Promise.all(
      batches.map(async ({ indexes, values }) => {
        try {
          const data = await send(scope, { ...base, ...values, representations: indexes.length === representations.length ? representations : indexes.map((i) => representations[i]) }, path, errorPath(indexes));
          if (!data) return;
          const received = data._entities;
          if (!Array.isArray(received)) throw new Error('Expected "data._entities" in response to be an array');
          if (received.length !== indexes.length) throw new Error(`Expected "data._entities" to contain ${indexes.length} elements`);
          for (let i = 0; i < received.length; i++) {
            const entity = received[i] as ResponseObject | null;
            if (!entity) continue;
            const target = entities[targets[indexes[i]!]!]!;
            if (!entity.__typename) entity.__typename = target.__typename;
            outputRewrite?.(entity);
            mergeInto(target, entity);
          }
        } catch (error) {
          scope.errors.push(error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error }));
        }
      }),
    );
  };
}

function batchByContext(
  representations: ResponseObject[],
  ancestorsOf: (representation: number) => readonly ResponseObject[],
  contextArguments: ReturnType<typeof compileContextRewrites>,
): Array<{ indexes: number[]; values: Record<string, unknown> }> {
  const batches = new Map<string, { indexes: number[]; values: Record<string, unknown> }>();
  representations.forEach((_, i) => {
    const ancestors = ancestorsOf(i);
    const values: Record<string, unknown> = {};
    for (const argument of contextArguments) values[argument.variable] = argument.read(ancestors);
    const key = JSON.stringify(values);
    const batch = batches.get(key);
    if (batch) batch.indexes.push(i);
    else batches.set(key, { indexes: [i], values });
  });
  return [...batches.values()];
}
