/**
 * GraphQL over WebSocket (the graphql-ws protocol) on the gateway's port and path (/graphql). The
 * token travels in connection_init's payload (`{ authorization: "Bearer …" }`); each subscribe
 * runs through Apollo Server and the executor (streams.ts), a query or mutation too, answered
 * once. Limits: SUBSCRIPTIONS_MAX_PER_CONNECTION streams a connection, the per-caller limit in
 * streams.ts, GATEWAY_BODY_LIMIT_BYTES a message (a larger one closes the socket, 1009). The
 * server pings every SUBSCRIPTIONS_KEEPALIVE_MS and drops a socket that does not answer. On
 * shutdown every stream gets a last event SHUTTING_DOWN, then the socket closes 1001 with a reason.
 */
import type { Server } from 'node:http';
import { buildSchema, GraphQLError, parse, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { CoopError } from '../../../schema/contract/errors';
import { GOING_AWAY } from '../../../subgraphs/kit/subscriptions/headers';
import type { Logger } from '../../../subgraphs/kit/log';
import type { Opened, Streams } from './streams';

// graphql-ws runs what onSubscribe returns: the operation has already run (streams.ts), these only pick execute or subscribe.
const AS_STREAM = parse('subscription { __typename }');
const AS_RESULT = parse('query { __typename }');
const PLACEHOLDER_SCHEMA = buildSchema('type Query { _: Boolean } type Subscription { _: Boolean }');

interface ConnectionState {
  authorization: string | undefined;
  address: string | undefined;
  streams: Set<string>;
}

const asErrors = (errors: readonly GraphQLFormattedError[]) => errors.map((e) => new GraphQLError(e.message, { ...(e.path ? { path: e.path } : {}), extensions: e.extensions ?? {} }));

export function serveGraphqlWs(options: {
  server: Server;
  path: string;
  streams: Streams;
  maxPerConnection: number;
  maxPayloadBytes: number;
  keepAliveMs: number;
  log: Logger;
}): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server: options.server, path: options.path, maxPayload: options.maxPayloadBytes });
  const opened = new Map<string, Opened>();
  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (extra: { socket: WebSocket; request: { socket: { remoteAddress?: string } } }) => {
    let state = states.get(extra.socket);
    if (!state) states.set(extra.socket, (state = { authorization: undefined, address: extra.request.socket.remoteAddress, streams: new Set() }));
    return state;
  };
  const take = (args: { contextValue?: unknown }) => {
    const key = (args.contextValue as { key: string }).key;
    const found = opened.get(key);
    opened.delete(key);
    if (!found) return { errors: [CoopError.upstreamEnded()] };
    return found.kind === 'stream' ? found.events : (found.result as FormattedExecutionResult);
  };

  const disposable = useServer(
    {
      onConnect: (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const authorization = params.authorization ?? params.Authorization;
        stateOf(ctx.extra).authorization = typeof authorization === 'string' ? authorization : undefined;
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = stateOf(ctx.extra);
        if (state.streams.size >= options.maxPerConnection) return [CoopError.tooManyStreams('perConnection', options.maxPerConnection)];
        // Held from now: subscribes that arrive together are counted before any of them has run.
        state.streams.add(id);
        const result = await options.streams.start(payload, { authorization: state.authorization, address: state.address });
        if (result.kind === 'result') state.streams.delete(id);
        if (result.kind === 'result' && result.result.errors?.length && !result.result.data) return asErrors(result.result.errors);
        const key = `${id}:${Math.random()}`;
        opened.set(key, result);
        return { schema: PLACEHOLDER_SCHEMA, document: result.kind === 'stream' ? AS_STREAM : AS_RESULT, contextValue: { key }, variableValues: {} };
      },
      subscribe: take as never,
      execute: take as never,
      // Events are formatted already (streams.ts): sent as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result as never,
      onComplete: (ctx, id) => void stateOf(ctx.extra).streams.delete(id),
    },
    wss,
    options.keepAliveMs,
  );

  return {
    async close() {
      // Every stream's last event says why; then the sockets close with 1001 and a reason.
      options.streams.shutDown();
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const socket of wss.clients) socket.close(GOING_AWAY.code, 'gateway shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
