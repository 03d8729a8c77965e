/**
 * A subgraph's own operation limits (operation-limits.ts subgraphLimitsOf): an operation over them
 * did not come from a plan of the gateway, which checked its caller's operation against tighter
 * ones, so it is refused before anything runs, QUERY_TOO_COMPLEX with HTTP 400.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { CoopError } from '../../../schema/contract/errors';
import { limitCheck, type LimitBudget } from './operation-limits';

const FIX = "The gateway's query plans stay under it: send the operation through the gateway.";

export function subgraphLimitsPlugin<C extends BaseContext>(budget: LimitBudget): ApolloServerPlugin<C> {
  const check = limitCheck({ subgraph: budget });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document }) {
          const over = check(schema, document, 'subgraph');
          if (!over) return;
          const error = CoopError.queryTooComplex(over.limit, over.found, over.max, FIX);
          throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
