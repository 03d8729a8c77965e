/**
 * Subscriptions from the gateway to the subgraphs: one graphql-ws client (one WebSocket, opened
 * when the first stream needs it) per subgraph, each stream a subscription on it. The headers a
 * subgraph request would carry (the signed identity, the request id, the trace: the plugins'
 * onSubgraphRequest) go in the subscribe message's extensions (kit/subscriptions/headers.ts), and
 * are made anew each time the message is sent, so a stream resubscribed after a region restarts
 * carries a fresh signature.
 *
 * A region that goes away (its shutdown closes with 1001, a crash drops the socket) is retried
 * with backoff, without end, and every stream on it is resubscribed: its client sees a gap, not
 * an end.
 */
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import { createClient, type Client } from 'graphql-ws/client';
import WebSocket from 'ws';
import { HEADERS_EXTENSION, subscribeContent } from '../../../subgraphs/kit/subscriptions/headers';
import { pushQueue } from '../../../subgraphs/kit/subscriptions/push-queue';
import type { Logger } from '../../../subgraphs/kit/log';
import type { GatewayContext } from '../context';
import type { SubscribeUpstream } from '../executor/execute-subscription';
import type { GatewayPlugin, SubgraphRequest } from '../plugin';

/** Backoff between attempts to reach a region again: 0.25 s doubling to 5 s, with jitter. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  return Math.min(250 * 2 ** attempt, 5000) * (0.75 + random() * 0.5);
}

export interface UpstreamSubscriptions {
  subscribe: SubscribeUpstream;
  close(): Promise<void>;
}

export function upstreamSubscriptions(options: { urls: Record<string, string>; plugins: readonly GatewayPlugin[]; log: Logger; keepAliveMs: number }): UpstreamSubscriptions {
  const clients = new Map<string, Client>();
  const clientOf = (subgraph: string): Client => {
    let client = clients.get(subgraph);
    if (client) return client;
    const url = options.urls[subgraph];
    if (!url) throw new Error(`The supergraph names no subgraph "${subgraph}".`);
    client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      keepAlive: options.keepAliveMs,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (attempt) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt))),
      on: {
        connected: () => options.log.info('subscriptions: connected to subgraph', { subgraph }),
        closed: (event) => {
          const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
          options.log.info('subscriptions: subgraph connection closed; streams resubscribe when it is back', { subgraph, code, reason });
        },
      },
    });
    clients.set(subgraph, client);
    return client;
  };

  const headersFor = (context: GatewayContext, subgraph: string, content: string): Record<string, string> => {
    const headers = new Map<string, string>();
    // The identity is signed for this subscription's operation (subscribeContent), as a fetch's is for its body.
    const request: SubgraphRequest = { body: content, http: { headers: { set: (name, value) => void headers.set(name.toLowerCase(), value), get: (name) => headers.get(name.toLowerCase()) ?? null } } };
    for (const plugin of options.plugins) plugin.onSubgraphRequest?.(request, context, subgraph);
    return Object.fromEntries(headers);
  };

  const subscribe: SubscribeUpstream = (request, requestContext: GatewayGraphQLRequestContext) => {
    const context = requestContext.context as GatewayContext;
    let dispose: () => void = () => {};
    const queue = pushQueue<ExecutionResult>(() => dispose());
    // A getter: graphql-ws serialises the payload at every (re)subscription, so each carries headers signed then.
    const extensions = Object.defineProperty({}, HEADERS_EXTENSION, { enumerable: true, get: () => headersFor(context, request.serviceName, subscribeContent({ query: request.query, variables: request.variables })) });
    dispose = clientOf(request.serviceName).subscribe(
      { query: request.query, operationName: request.operationName ?? null, variables: request.variables, extensions },
      {
        next: (result) => queue.push(result as ExecutionResult),
        error: (error) => {
          // Errors of the operation itself (the subgraph refused it): the stream ends with them.
          const errors = Array.isArray(error) ? error : [error];
          queue.end(new GraphQLError(errors.map((e: { message?: string }) => e?.message ?? String(e)).join('; '), { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: request.serviceName } }));
        },
        complete: () => queue.end(),
      },
    );
    return queue;
  };

  return {
    subscribe,
    async close() {
      await Promise.all([...clients.values()].map((client) => client.dispose()));
      clients.clear();
    },
  };
}
