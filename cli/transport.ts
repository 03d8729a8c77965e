/**
 * One GraphQL request to the gateway over HTTP: the JSON body, the reporting job's token as
 * `Authorization: Bearer`, a request id the gateway logs, and a timeout. The answer is returned as
 * it came, or as "unreachable" when there was none; judging it is retry.ts's job.
 */
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

export function requestInit(request: GraphQLRequest): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'user-agent': USER_AGENT,
      'x-request-id': request.requestId,
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    },
    body: JSON.stringify({ query: request.query, variables: request.variables, ...(request.operationName ? { operationName: request.operationName } : {}) }),
  };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export async function send(request: GraphQLRequest): Promise<Exchange> {
  let response: Response;
  try {
    response = await fetch(request.url, { ...requestInit(request), signal: AbortSignal.timeout(request.timeoutMs) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    return { kind: 'unreachable', message: name === 'TimeoutError' ? `no answer within ${request.timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message) };
  }
  const wait = retryAfterMs(response.headers.get('retry-after'));
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'unreachable', message: `the answer broke off: ${(error as Error).message}` };
  }
  try {
    const body = JSON.parse(text) as GraphQLBody;
    if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) return { kind: 'unreadable', status: response.status, retryAfterMs: wait };
    return { kind: 'answer', status: response.status, body, retryAfterMs: wait };
  } catch {
    return { kind: 'unreadable', status: response.status, retryAfterMs: wait };
  }
}
