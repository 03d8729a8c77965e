/**
 * The pairing board's own origin: a small static server for the built page (vite build), on the
 * project's shared HTTP server (request ids, JSON logs, graceful close). It writes the gateway's
 * URL into the page, so one build serves every environment, and a Content-Security-Policy that
 * lets the page connect to its own origin and that gateway only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../subgraphs/kit/http/apollo-handler';
import { serveHttp, type Route } from '../../subgraphs/kit/http/serve';
import { createLogger } from '../../subgraphs/kit/log';
import type { FrontendConfig } from './config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const GRAPHQL_URL_META = /(<meta name="coopgraph-graphql-url" content=")[^"]*(")/;
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The built page with the gateway's URL in its <meta>; a page without the tag is a build of something else. */
export function pageFor(html: string, graphqlUrl: string): string {
  if (!GRAPHQL_URL_META.test(html)) throw new Error('the built index.html has no <meta name="coopgraph-graphql-url">');
  return html.replace(GRAPHQL_URL_META, (_all, before: string, after: string) => `${before}${attribute(graphqlUrl)}${after}`);
}

export function securityHeaders(graphqlUrl: string): Record<string, string> {
  return {
    'content-security-policy': `default-src 'self'; connect-src 'self' ${new URL(graphqlUrl).origin}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export interface RunningFrontend {
  url: string;
  close(): Promise<void>;
}

export async function startFrontendServer(config: FrontendConfig): Promise<RunningFrontend> {
  const index = path.join(config.distDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`no built page at ${index}: run npm run build`);
  const security = securityHeaders(config.graphqlUrl);
  // The build is fixed once made: every file is read once, and the routes are exactly its files.
  const respond =
    (body: Buffer, headers: Record<string, string>): Route =>
    (req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'GET or HEAD' }, { allow: 'GET, HEAD' });
      res.writeHead(200, { ...security, ...headers, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
  const routes: Record<string, Route> = {
    '/': respond(Buffer.from(pageFor(fs.readFileSync(index, 'utf8'), config.graphqlUrl)), { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' }),
  };
  for (const file of filesUnder(config.distDir)) {
    if (file === index) continue;
    const route = `/${path.relative(config.distDir, file).split(path.sep).join('/')}`;
    // Vite names what it puts under assets/ by content hash: a name never changes meaning.
    const cache = route.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    routes[route] = respond(fs.readFileSync(file), { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
  }
  const log = createLogger('frontend', config.logLevel);
  const http = await serveHttp({ host: config.host, port: config.port, log, routes });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${http.port}/`;
  log.info('pairing board listening', { url, graphqlUrl: config.graphqlUrl });
  return { url, close: () => http.close() };
}
