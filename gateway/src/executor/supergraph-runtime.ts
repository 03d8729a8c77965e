/**
 * What the executor holds per loaded supergraph: the query planner (@apollo/query-planner, with
 * @defer planned into deferred blocks), the schemas it works against, the subgraphs' data
 * sources, and its compiled operations. A new supergraph (a reload) gets a new runtime, so no
 * operation compiled for the old one is used with the new.
 */
import type { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, Kind, parse, visit, type GraphQLSchema } from 'graphql';
import { compileOperation, type CompiledOperationResult, type OperationCompiler } from './compile-operation';
import { withDescribedDefer } from '../../../schema/contract/defer-directive';
import { OperationCache } from './operation-cache';
import { inSpan } from './spans';

export interface SupergraphRuntime extends OperationCompiler {
  operations: OperationCache<CompiledOperationResult>;
}

export function supergraphRuntime(planner: QueryPlanner, services: ReadonlyMap<string, GraphQLDataSource>): SupergraphRuntime {
  const supergraph = planner.supergraph;
  const federationApiSchema = supergraph.apiSchema();
  const apiSchema: GraphQLSchema = withDescribedDefer(federationApiSchema.toGraphQLJSSchema({ includeDefer: true }));
  const supergraphSchema: GraphQLSchema = supergraph.schema.toGraphQLJSSchema();
  return { planner, services, federationApiSchema, apiSchema, supergraphSchema, requiresFields: requiresFieldsOf(supergraphSchema), operations: new OperationCache() };
}

/** The names of every field a @requires of the supergraph reads, at any depth (`join__field(requires:)`). */
export function requiresFieldsOf(supergraphSchema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(supergraphSchema.getTypeMap())) {
    if (!('getFields' in type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      for (const directive of field.astNode?.directives ?? []) {
        if (directive.name.value !== 'join__field') continue;
        const requires = directive.arguments?.find((a: { name: { value: string } }) => a.name.value === 'requires')?.value;
        if (requires?.kind !== Kind.STRING) continue;
        visit(parse(`{ ${requires.value} }`), { Field: (node) => void names.add(node.name.value) });
      }
    }
  }
  return names;
}

/** The compiled operation for a request's document, compiled on first use. */
export function operationFor(runtime: SupergraphRuntime, document: Parameters<typeof compileOperation>[1], operationName: string | null | undefined): CompiledOperationResult {
  return runtime.operations.get(document, operationName, () => {
    try {
      return inSpan('gateway.plan', operationName ? { 'graphql.operation.name': operationName } : {}, () => compileOperation(runtime, document, operationName));
    } catch (error) {
      // The planner refused the operation (a limit it enforces, a defect): an error of this request, the detail to the log.
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error })] };
    }
  });
}
