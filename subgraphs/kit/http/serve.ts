/**
 * An HTTP server from a table of routes, shared by the subgraphs and the gateway: unknown paths get
 * 404, a route that throws gets a bare 500 (the log has the detail), and close() stops accepting,
 * lets in-flight requests finish, then drops idle keep-alive connections.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log';
import { errorFields } from '../log';
import { sendJson } from './apollo-handler';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface HttpServer {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export async function serveHttp(options: { host: string; port: number; log: Logger; routes: Record<string, Route> }): Promise<HttpServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = options.routes[url.pathname];
    Promise.resolve(route ? route(req, res, url) : sendJson(res, 404, { error: 'not found' })).catch((error: unknown) => {
      options.log.error('request failed', errorFields(error));
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
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
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
