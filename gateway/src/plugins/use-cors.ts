/**
 * CORS for the routes a browser calls (/graphql, the firm export): pages from the origins
 * CORS_ORIGINS allows (cors/allowed-origins.ts) may call them and read the answers; any other
 * origin gets no Access-Control-Allow-Origin, so its browser keeps the answer from the page.
 *
 * - A preflight from an allowed origin: 204 with the route's methods, the request headers clients
 *   send, and Access-Control-Max-Age; from any other origin: 403 FORBIDDEN, which no browser
 *   lets a page pass.
 * - Every answer varies by Origin (`Vary: Origin`), so a cache never hands one origin's answer to
 *   another; allowed origins also get the headers a client reads exposed.
 * - No Access-Control-Allow-Credentials: the API takes bearer tokens in Authorization, never
 *   cookies, so a page sends what it chose to send and no browser attaches a user's credentials for
 *   another site. A request with `credentials: 'include'` fails in the browser.
 * - CORS is the browser's rule, not authorization: the request is still answered (to a caller
 *   that is not a browser an Origin header proves nothing); CSRF prevention stays on, so a form
 *   post or a plain GET from any page is refused before it runs.
 *
 * WebSockets have no preflight: a stream endpoint must check Origin with the same `isAllowed`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CoopError } from '../../../schema/contract/errors';
import { sendErrors } from '../../../subgraphs/kit/http/ndjson';
import { originMatcher, type OriginRule } from '../cors/allowed-origins';
import type { GatewayPlugin, RouteHandler } from '../plugin';

/**
 * Request headers browsers' GraphQL clients send beyond the CORS-safelisted ones: the token and
 * JSON body; Apollo Server's CSRF-prevention headers; trace context and request ids; Apollo's and
 * Hive's client-awareness headers (which persisted-query lists key on); `accept` (the multipart
 * and event-stream types of @defer and SSE clients can make it non-safelisted); graphql-sse's
 * stream token and an event stream's resume point.
 */
export const CORS_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'traceparent',
  'tracestate',
  'x-request-id',
  'apollographql-client-name',
  'apollographql-client-version',
  'graphql-client-name',
  'graphql-client-version',
  'accept',
  'x-graphql-event-stream-token',
  'last-event-id',
] as const;

/** Answer headers a client reads, beyond the safelisted ones: ids to quote, the cache's verdict, when to retry. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'x-trace-id', 'x-cache', 'retry-after'] as const;

/** How long a browser may reuse a preflight's answer: two hours, Chromium's ceiling. */
export const CORS_MAX_AGE_SECONDS = 7200;

export interface CorsOptions {
  /** The parsed CORS_ORIGINS. */
  origins: readonly OriginRule[];
  /** The routes a browser may call, each with the methods it takes. */
  routes: Record<string, readonly string[]>;
}

const varyNames = (value: unknown) =>
  (Array.isArray(value) ? value.join(',') : String(value ?? ''))
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);

/**
 * Puts Origin in the response's Vary header for good: a later handler that sets its own Vary
 * (setHeader, or writeHead, which sets through it) adds to it instead of dropping Origin, which
 * would let a cache hand one origin's answer to another.
 */
function varyByOrigin(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  const withOrigin = (value: unknown) => {
    const names = varyNames(value);
    return names.some((n) => n.toLowerCase() === 'origin' || n === '*') ? names.join(', ') : [...names, 'Origin'].join(', ');
  };
  res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'vary' ? withOrigin(value) : value);
  res.setHeader('vary', res.getHeader('vary') ?? '');
}

const isPreflight = (req: IncomingMessage) => req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;

export function useCors(options: CorsOptions): GatewayPlugin & { isAllowed(origin: string | string[] | undefined): boolean } {
  const isAllowed = originMatcher(options.origins);

  const route =
    (methods: readonly string[]): RouteHandler =>
    (req, res) => {
      varyByOrigin(res);
      const origin = req.headers.origin;
      const allowed = isAllowed(origin);
      if (isPreflight(req)) {
        if (!allowed) {
          sendErrors(res, 403, [CoopError.forbidden(`pages from ${String(origin)} may not call this API: the gateway's CORS_ORIGINS does not list that origin.`)]);
          return;
        }
        res.writeHead(204, {
          'access-control-allow-origin': origin as string,
          'access-control-allow-methods': methods.join(', '),
          'access-control-allow-headers': CORS_REQUEST_HEADERS.join(', '),
          'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
          // Some browsers wait for a body on a 204 without it.
          'content-length': '0',
        });
        res.end();
        return;
      }
      // Falls through to the route's own handler with these headers set.
      if (allowed) {
        res.setHeader('access-control-allow-origin', origin as string);
        res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
      }
    };

  return {
    name: 'cors',
    isAllowed,
    routes: Object.fromEntries(Object.entries(options.routes).map(([path, methods]) => [path, route(methods)])),
  };
}
