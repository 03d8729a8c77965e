/**
 * Serves an ApolloServer on Node's own http module: no framework between the socket and the
 * executor. Shared by the regional subgraphs, the cross-region subgraph and the gateway.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction, type HTTPGraphQLResponse } from '@apollo/server';
import type { GraphQLError } from 'graphql';

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new BodyTooLargeError(`request body over ${limitBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * Thrown by a context function to refuse the request with its own status (a subgraph in production
 * refuses what the gateway did not sign), rather than as Apollo's "context creation failed" 500.
 */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly error: GraphQLError,
  ) {
    super(error.message);
  }
}

/** What the context function is given: the request, and its content as read (the body of a POST, the query string of a GET). */
export interface HandlerRequest {
  req: IncomingMessage;
  res: ServerResponse;
  content: string;
}

export interface GraphQLHandlerOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  context: ContextFunction<[HandlerRequest], C>;
  bodyLimitBytes: number;
  /** May write the answer itself (the gateway's incremental answers); returns true when it did. */
  respond?(response: HTTPGraphQLResponse, context: C | undefined, res: ServerResponse): Promise<boolean> | boolean;
}

export function graphqlHandler<C extends BaseContext>(options: GraphQLHandlerOptions<C>) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let body: unknown;
    let content = url.search;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, options.bodyLimitBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJson(res, 413, { errors: [{ message: `Request body is larger than ${options.bodyLimitBytes} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
        throw error;
      }
      content = text;
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : {};
        } catch {
          sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let context: C | undefined;
    let refused: RequestRefused | undefined;
    const response = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        try {
          return (context = await options.context({ req, res, content }));
        } catch (error) {
          if (error instanceof RequestRefused) refused = error;
          throw error;
        }
      },
    });
    if (refused) return sendJson(res, refused.status, { errors: [refused.error.toJSON()] });
    if (options.respond && (await options.respond(response, context, res))) return;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
