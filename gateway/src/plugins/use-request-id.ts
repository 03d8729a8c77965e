/** Gives every request an id (the caller's x-request-id if it sent one), passes it on to each subgraph and returns it. */
import type { GatewayPlugin } from '../plugin';

export function useRequestId(): GatewayPlugin {
  return {
    name: 'request-id',
    onSubgraphRequest(request, context) {
      request.http?.headers.set('x-request-id', context.requestId);
    },
    apollo: {
      async requestDidStart({ contextValue }) {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('x-request-id', contextValue.requestId);
          },
        };
      },
    },
  };
}
