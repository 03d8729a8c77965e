/**
 * GraphQL over Server-Sent Events (the graphql-sse protocol) on /graphql: a POST that accepts
 * `text/event-stream` is one stream ("distinct connections" mode; the single-connection mode's
 * reservations work too). The token is the request's Authorization header; each operation runs
 * through Apollo Server and the executor (streams.ts), so trusted documents, limits and
 * authorization hold as for a query. A comment line every 12 s keeps the connection open
 * (graphql-sse's own heartbeat). A stream's end for a reason (TOKEN_EXPIRED, SHUTTING_DOWN) is a
 * last `next` event of errors, then `complete`.
 *
 * Only POST: its JSON body needs a CORS preflight from another origin, where a GET an EventSource
 * sends would not; GETs go on to Apollo Server's own handling (queries only, CSRF prevention).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import type { RouteHandler } from '../plugin';
import type { Streams } from './streams';

/** Whether a request asks for an event stream (graphql-sse's distinct or single connection mode). */
export function wantsEventStream(req: IncomingMessage): boolean {
  if (req.headers['x-graphql-event-stream-token']) return true;
  if (req.method === 'PUT') return true;
  return req.method === 'POST' && String(req.headers.accept ?? '').includes('text/event-stream');
}

export function sseRoute(options: { streams: () => Streams | undefined }): RouteHandler {
  const handler = createHandler({
    onSubscribe: async (req, params) => {
      const streams = options.streams();
      if (!streams) return { errors: [new GraphQLError('The gateway is starting.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
      const raw = req.raw as IncomingMessage;
      const authorization = raw.headers.authorization;
      const opened = await streams.start(
        { query: params.query as string | undefined, variables: params.variables ?? null, operationName: params.operationName ?? null, extensions: params.extensions ?? null },
        {
          authorization: typeof authorization === 'string' ? authorization : undefined,
          address: raw.socket.remoteAddress,
          requestId: raw.headers['x-request-id'] as string | undefined,
        },
      );
      // A refusal has no `data`: graphql-sse takes a result only with the key, so it is given one (null), then sent as one `next` and `complete`.
      return (opened.kind === 'stream' ? opened.events : { data: null, ...opened.result }) as never;
    },
  });
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (!wantsEventStream(req)) return;
    await handler(req, res);
  };
}
