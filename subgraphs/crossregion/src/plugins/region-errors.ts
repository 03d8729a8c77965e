/**
 * Appends the request's region failures to the response: a region that was down or slow is not an
 * error of one field (the field resolved with the other regions' data), so it is reported once per
 * region, after execution, as REGION_UNAVAILABLE or REGION_TIMEOUT with `extensions.region`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { CrossRegionContext } from '../context';

export function regionErrorsPlugin(): ApolloServerPlugin<CrossRegionContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const errors = contextValue.failures.errors();
          if (!errors.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          response.body.singleResult = { ...result, errors: [...(result.errors ?? []), ...errors.map((e) => e.toJSON())] };
        },
      };
    },
  };
}
