/**
 * One GraphQL request to the gateway over HTTP: the JSON body, the reporting job's token as
 * `Authorization: Bearer`, a request id the gateway logs, and a timeout. The answer is returned as
 * it came, or as "unreachable" when there was none; judging it is retry.ts's job.
 *
 * Sent with node:http, not fetch. Fetch parses HTTP with undici's WebAssembly build of llhttp, and
 * when V8 recompiles that module with its optimizing tier, about ten pages into an export, the
 * compiler holds 25–30 MB outside the heap for a third of a second: that moment was the exporter's
 * highest resident set, in a short export and a long one alike (72 MB before it, 95–100 MB during).
 * node:http parses with the llhttp compiled into Node itself.
 *
 * Redirects are followed as fetch followed them for a POST: 307 and 308 (method and body kept, at
 * most MAX_REDIRECTS), the token dropped when the redirect leaves the gateway's origin. A 301, 302
 * or 303 would turn the POST into a GET that carries no operation, so it is returned as it came,
 * with its Location, for the report to say where the gateway moved.
 */
import http from 'node:http';
import https from 'node:https';
import type { Json } from './row-path';

export interface GraphQLRequest {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
  token: string | null;
  timeoutMs: number;
  requestId: string;
}

export interface GraphQLFormattedError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GraphQLBody {
  data?: Json;
  errors?: GraphQLFormattedError[];
}

export type Exchange =
  | { kind: 'answer'; status: number; body: GraphQLBody; retryAfterMs: number | null }
  | { kind: 'unreadable'; status: number; retryAfterMs: number | null; location?: string }
  | { kind: 'unreachable'; message: string };

export const USER_AGENT = 'coopgraph-report/1';

export interface HttpRequestParts {
  headers: Record<string, string>;
  body: string;
}

export function requestParts(request: GraphQLRequest): HttpRequestParts {
  const body = JSON.stringify({ query: request.query, variables: request.variables, ...(request.operationName ? { operationName: request.operationName } : {}) });
  return {
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      accept: 'application/graphql-response+json, application/json',
      'user-agent': USER_AGENT,
      'x-request-id': request.requestId,
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    },
    body,
  };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The answer's body read as a GraphQL response, or "unreadable" (a proxy's HTML page, a truncated body). */
function exchangeOf(status: number, text: string, wait: number | null): Exchange {
  try {
    const body = JSON.parse(text) as GraphQLBody;
    if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) return { kind: 'unreadable', status, retryAfterMs: wait };
    return { kind: 'answer', status, body, retryAfterMs: wait };
  } catch {
    return { kind: 'unreadable', status, retryAfterMs: wait };
  }
}

// Pages follow one another: one kept-alive connection serves the whole export. Idle sockets are
// unref'd by the agent, so they never keep the process alive.
const AGENTS = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 4 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 4 }) };

/** Redirects followed for one request, at most (fetch's limit is 20; a gateway needs one or two). */
export const MAX_REDIRECTS = 5;

export function send(request: GraphQLRequest): Promise<Exchange> {
  return sendTo(request.url, requestParts(request), request.timeoutMs, Date.now() + request.timeoutMs, 0);
}

/** The exchange at `target`; `deadline` is the whole request's, redirects included. */
function sendTo(target: string, parts: HttpRequestParts, timeoutMs: number, deadline: number, redirects: number): Promise<Exchange> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve({ kind: 'unreachable', message: `not a URL: ${target}` });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return resolve({ kind: 'unreachable', message: `not an http(s) URL: ${target}` });

    let answered = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (exchange: Exchange | Promise<Exchange>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(exchange);
    };
    const failed = (reason: string) => settle({ kind: 'unreachable', message: answered ? `the answer broke off: ${reason}` : reason });
    const failedWith = (error: Error & { code?: string }) => failed(error.code ?? error.message);

    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, { method: 'POST', headers: parts.headers, agent: AGENTS[url.protocol] }, (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      const wait = retryAfterMs(response.headers['retry-after'] ?? null);
      const location = status >= 300 && status < 400 ? redirectTarget(url, response.headers.location) : null;
      if (location && (status === 307 || status === 308) && redirects < MAX_REDIRECTS) {
        // Read to its end, so that the kept-alive socket can serve the next request.
        response.resume();
        return settle(sendTo(location.href, location.origin === url.origin ? parts : withoutToken(parts), timeoutMs, deadline, redirects + 1));
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () => {
        const exchange = exchangeOf(status, Buffer.concat(chunks).toString('utf8'), wait);
        settle(location && exchange.kind === 'unreadable' ? { ...exchange, location: location.href } : exchange);
      });
      response.once('error', failedWith);
      // A connection that closes before the body's end emits 'close' without 'end'.
      response.once('close', () => {
        if (!response.complete) failed('the connection closed');
      });
    });
    // The timeout covers the whole exchange, the body and any redirects included, as fetch's AbortSignal.timeout did.
    timer = setTimeout(() => {
      failed(`no answer within ${timeoutMs} ms`);
      outgoing.destroy();
    }, Math.max(0, deadline - Date.now()));
    outgoing.once('error', failedWith);
    outgoing.end(parts.body);
  });
}

/** Where a redirect points, resolved against the address that answered; null without a usable Location. */
function redirectTarget(from: URL, location: string | undefined): URL | null {
  if (!location) return null;
  try {
    const to = new URL(location, from);
    return to.protocol === 'http:' || to.protocol === 'https:' ? to : null;
  } catch {
    return null;
  }
}

/** The request without its token: a redirect to another origin does not get the job's credentials. */
function withoutToken(parts: HttpRequestParts): HttpRequestParts {
  const { authorization: _dropped, ...headers } = parts.headers;
  return { headers, body: parts.body };
}
