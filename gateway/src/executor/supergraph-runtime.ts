/**
 * What the executor holds per loaded supergraph: the query planner (@apollo/query-planner, with
 * @defer planned into deferred blocks), the schemas it works against, the subgraphs' data
 * sources, and its compiled operations. A new supergraph (a reload) gets a new runtime, so no
 * operation compiled for the old one is used with the new.
 */
import type { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { compileOperation, type CompiledOperationResult, type OperationCompiler } from './compile-operation';
import { OperationCache } from './operation-cache';

export interface SupergraphRuntime extends OperationCompiler {
  operations: OperationCache<CompiledOperationResult>;
}

export function supergraphRuntime(planner: QueryPlanner, services: ReadonlyMap<string, GraphQLDataSource>): SupergraphRuntime {
  const supergraph = planner.supergraph;
  const federationApiSchema = supergraph.apiSchema();
  const apiSchema: GraphQLSchema = federationApiSchema.toGraphQLJSSchema({ includeDefer: true });
  const supergraphSchema: GraphQLSchema = supergraph.schema.toGraphQLJSSchema();
  return { planner, services, federationApiSchema, apiSchema, supergraphSchema, operations: new OperationCache() };
}

/** The compiled operation for a request's document, compiled on first use. */
export function operationFor(runtime: SupergraphRuntime, document: Parameters<typeof compileOperation>[1], operationName: string | null | undefined): CompiledOperationResult {
  return runtime.operations.get(document, operationName, () => {
    try {
      return compileOperation(runtime, document, operationName);
    } catch (error) {
      // The planner refused the operation (a limit it enforces, a defect): an error of this request, the detail to the log.
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error })] };
    }
  });
}
