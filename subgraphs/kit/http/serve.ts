/**
 * An HTTP server from a table of routes, shared by the subgraphs and the gateway: unknown paths get
 * 404, a route that throws gets a bare 500 (the log has the detail), and close() stops accepting,
 * lets in-flight requests finish, then drops idle keep-alive connections.
 *
 * Every request gets an id — the caller's x-request-id when it is a sane token, a new UUID
 * otherwise — written back into its headers for the handlers and put on every log line written
 * while it is handled, with the trace id of its traceparent.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log';
import { errorFields, withLogFields } from '../log';
import { sendJson } from './apollo-handler';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The request's id: the caller's when it is a plain token (so ids can be followed across services), else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * An answer written before the request's body was read to its end (413 over the limit, a refusal
 * before reading) leaves the rest of the body on the connection, where it would be read as the next
 * request and that request never answered. Such an answer says `connection: close` and closes.
 */
function closeIfAnsweredBeforeBody(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !req.complete) this.setHeader('connection', 'close');
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface HttpServer {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  host: string;
  port: number;
  log: Logger;
  routes: Record<string, Route>;
  /** How long close() waits for in-flight requests before it drops their connections. */
  shutdownGraceMs?: number;
}

export async function serveHttp(options: ServeOptions): Promise<HttpServer> {
  let closing = false;
  const inFlight = new Set<ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req);
    req.headers['x-request-id'] = requestId;
    const traceId = TRACEPARENT.exec(String(req.headers.traceparent ?? ''))?.[1];
    // While shutting down, answer what is in flight but tell keep-alive callers to reconnect elsewhere.
    if (closing) res.setHeader('connection', 'close');
    closeIfAnsweredBeforeBody(req, res);
    const started = performance.now();
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    res.once('finish', () =>
      options.log.debug('request', { requestId, ...(traceId ? { traceId } : {}), method: req.method, path: url.pathname, status: res.statusCode, durationMs: Math.round(performance.now() - started) }),
    );
    withLogFields({ requestId, ...(traceId ? { traceId } : {}) }, () => {
      const route = options.routes[url.pathname];
      Promise.resolve(route ? route(req, res, url) : sendJson(res, 404, { error: 'not found' })).catch((error: unknown) => {
        options.log.error('request failed', errorFields(error));
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.destroy();
      });
    });
  });
  // Longer than typical load-balancer idle timeouts, so the peer closes first.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
