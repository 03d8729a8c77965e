/**
 * Refusing a request before its document is parsed. Apollo Server turns an error thrown from the
 * hooks that run before parsing (requestDidStart, didResolveSource) into a bare 500, and errors of
 * its validation phase all into GRAPHQL_VALIDATION_FAILED. So a plugin that decides early records
 * its error here and swaps the document for one that executes nothing; `useEarlyRejection` then
 * throws the recorded error from didResolveOperation, the first hook where Apollo sends a thrown
 * error as it is — its code, its HTTP status — and nothing reaches a subgraph. A document whose
 * operation does not resolve (several and no operationName, or a name it does not hold) is refused
 * there too, with 400 OPERATION_RESOLUTION_FAILURE.
 */
import type { GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { CoopError } from '../../schema/contract/errors';
import type { GatewayContext } from './context';
import type { GatewayPlugin } from './plugin';

const NOTHING = '{ __typename }';

/** Records the refusal (the first one wins) and replaces the document. */
export function rejectEarly(requestContext: GraphQLRequestContext<GatewayContext>, error: GraphQLError): void {
  requestContext.contextValue.earlyRejection ??= error;
  requestContext.request.query = NOTHING;
  if (requestContext.request.extensions) delete requestContext.request.extensions.persistedQuery;
}

/** A client error with the HTTP status Apollo Server should answer with. */
export function withStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

export function useEarlyRejection(): GatewayPlugin {
  return {
    name: 'early-rejection',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, operation, document, request }) {
            if (contextValue.earlyRejection) throw contextValue.earlyRejection;
            // No operation to run is the caller's mistake, before any plugin reads the operation's type.
            if (!operation) {
              const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
              throw withStatus(CoopError.operationNotResolved(request.operationName ?? undefined, names), 400);
            }
          },
        };
      },
    },
  };
}
