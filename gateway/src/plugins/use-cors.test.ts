/**
 * The CORS plugin's routes in front of a route that answers, over real HTTP: preflights answered
 * or refused by origin, CORS headers on answers to allowed origins only, Vary: Origin on all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../../../subgraphs/kit/http/apollo-handler';
import { serveHttp, type HttpServer } from '../../../subgraphs/kit/http/serve';
import { createLogger } from '../../../subgraphs/kit/log';
import { parseAllowedOrigins } from '../cors/allowed-origins';
import { CORS_MAX_AGE_SECONDS, CORS_REQUEST_HEADERS, useCors } from './use-cors';

describe('useCors', () => {
  let server: HttpServer;
  let base: string;
  const cors = useCors({ origins: parseAllowedOrigins('https://*.example.cn,http://localhost:*').rules!, routes: { '/graphql': ['GET', 'POST'], '/export/firms': ['GET'] } });

  beforeAll(async () => {
    // Each route as the gateway composes it: the plugin's handler first, then the route's own, which sets a Vary of its own.
    const answer = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
      res.setHeader('vary', 'Accept');
      sendJson(res, 200, { method: req.method });
    };
    const routes = Object.fromEntries(
      Object.entries(cors.routes!).map(([path, handler]) => [
        path,
        async (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => {
          await handler(req, res, url);
          if (!res.headersSent) answer(req, res);
        },
      ]),
    );
    server = await serveHttp({ host: '127.0.0.1', port: 0, log: createLogger('test', 'error'), routes });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  const preflight = (origin: string, path = '/graphql') =>
    fetch(`${base}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });

  it('answers a preflight from an allowed origin with 204, the methods, the headers clients send and a max age', async () => {
    const response = await preflight('https://board.zhejiang.example.cn');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://board.zhejiang.example.cn');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const headers = response.headers.get('access-control-allow-headers')!.split(', ');
    for (const name of ['authorization', 'content-type', 'apollo-require-preflight', 'traceparent', 'x-request-id', 'apollographql-client-name', 'accept', 'x-graphql-event-stream-token']) expect(headers).toContain(name);
    expect(headers).toEqual([...CORS_REQUEST_HEADERS]);
    expect(response.headers.get('access-control-max-age')).toBe(String(CORS_MAX_AGE_SECONDS));
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it('names only the methods of the route', async () => {
    expect((await preflight('http://localhost:4200', '/export/firms')).headers.get('access-control-allow-methods')).toBe('GET');
  });

  it('refuses a preflight from any other origin with 403 and no Access-Control-Allow-Origin', async () => {
    for (const origin of ['http://example.test', 'https://evil.example.cn.attacker.test', 'null', 'https://example.cn']) {
      const response = await preflight(origin);
      expect(response.status, origin).toBe(403);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('vary')).toBe('Origin');
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0]!.message).toContain(`pages from ${origin} may not call this API`);
    }
  });

  it('puts the CORS headers on answers to allowed origins only, and Vary: Origin beside the route\'s own Vary on all', async () => {
    const allowed = await fetch(`${base}/graphql`, { method: 'POST', headers: { origin: 'http://localhost:4200' } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
    expect(allowed.headers.get('access-control-expose-headers')).toBe('x-request-id, x-trace-id, x-cache, retry-after');
    expect(allowed.headers.get('vary')).toBe('Accept, Origin');

    const other = await fetch(`${base}/graphql`, { method: 'POST', headers: { origin: 'http://example.test' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-expose-headers')).toBeNull();
    expect(other.headers.get('vary')).toBe('Accept, Origin');

    const none = await fetch(`${base}/graphql`, { method: 'POST' });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves an OPTIONS request that is no preflight to the route', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'OPTIONS' });
    expect(await response.json()).toEqual({ method: 'OPTIONS' });
  });

  it('exposes the origin test for routes without a preflight (WebSockets)', () => {
    expect([cors.isAllowed('https://a.example.cn'), cors.isAllowed('https://a.example.cn.attacker.test')]).toEqual([true, false]);
  });
});
