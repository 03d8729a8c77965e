/**
 * A subgraph's subscriptions over graphql-ws, on its HTTP server's /graphql: the gateway opens one
 * WebSocket per subgraph and subscribes there for each client stream. Each operation gets a context
 * of its own from the headers in its `extensions` (headers.ts): the identity the gateway signed,
 * checked as on HTTP. Closing sends every socket 1001, so the gateway resubscribes once the region
 * is back.
 */
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from '../log';
import { GOING_AWAY, headersOf, subscribeContent } from './headers';

export interface SubscriptionServer {
  close(): Promise<void>;
}

export function serveSubscriptions<C extends object>(options: {
  server: Server;
  path: string;
  schema: GraphQLSchema;
  log: Logger;
  /** The context of one operation, from the headers the gateway sent with it and the operation they are bound to. */
  context(headers: Record<string, string>, content: string): C;
}): SubscriptionServer {
  const wss = new WebSocketServer({ server: options.server, path: options.path });
  const disposable = useServer<Record<string, unknown>>(
    {
      schema: options.schema,
      context: (_ctx, _id, payload) => options.context(headersOf(payload.extensions), subscribeContent(payload)),
      onError: (_ctx, id, _payload, errors) => void options.log.warn('subscription refused', { id, errors: errors.map((e) => e.message) }),
    },
    wss,
  );
  return {
    async close() {
      for (const socket of wss.clients) socket.close(GOING_AWAY.code, GOING_AWAY.reason);
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
