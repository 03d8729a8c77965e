/**
 * An error a subgraph answered, as the client sees it: its message and extensions kept, its path
 * moved from the subgraph's operation (`_entities.3.name`) to where that entity sits in the
 * response (`firms.nodes.7.name`), and `serviceName` added, which the region-errors plugin turns
 * into `extensions.region` (plugins/use-region-errors.ts), as for @apollo/gateway's errors.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ALIAS_PREFIX } from './prepare-operation';

export function downstreamError(error: GraphQLFormattedError, serviceName: string, path: ReadonlyArray<string | number> | undefined): GraphQLError {
  const extensions = error.extensions ?? {};
  return new GraphQLError(error.message || `Error while fetching subquery from service "${serviceName}"`, {
    // Our own aliases (prepare-operation.ts) are not the client's: its response names instead.
    ...(path ? { path: path.map((p) => (typeof p === 'string' && p.startsWith(ALIAS_PREFIX) ? p.slice(ALIAS_PREFIX.length) : p)) } : {}),
    extensions: { ...extensions, code: extensions.code ?? 'DOWNSTREAM_SERVICE_ERROR', serviceName },
  });
}
