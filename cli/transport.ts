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
  | { kind: 'unreadable'; status: number; retryAfterMs: number | null }
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

export function send(request: GraphQLRequest): Promise<Exchange> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return resolve({ kind: 'unreachable', message: `not a URL: ${request.url}` });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return resolve({ kind: 'unreachable', message: `not an http(s) URL: ${request.url}` });

    let answered = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (exchange: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(exchange);
    };
    const failed = (reason: string) => settle({ kind: 'unreachable', message: answered ? `the answer broke off: ${reason}` : reason });
    const failedWith = (error: Error & { code?: string }) => failed(error.code ?? error.message);

    const { headers, body } = requestParts(request);
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, { method: 'POST', headers, agent: AGENTS[url.protocol] }, (response) => {
      answered = true;
      const wait = retryAfterMs(response.headers['retry-after'] ?? null);
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () => settle(exchangeOf(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), wait)));
      response.once('error', failedWith);
      // A connection that closes before the body's end emits 'close' without 'end'.
      response.once('close', () => {
        if (!response.complete) failed('the connection closed');
      });
    });
    // The timeout covers the whole exchange, the body included, as fetch's AbortSignal.timeout did.
    timer = setTimeout(() => {
      failed(`no answer within ${request.timeoutMs} ms`);
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.once('error', failedWith);
    outgoing.end(body);
  });
}
