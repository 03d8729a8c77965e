/**
 * The wire format of a subscription from the gateway to a subgraph (graphql-ws): the headers the
 * gateway would have sent with an HTTP request (the signed identity, the request id, the trace)
 * travel in the subscribe message's `extensions.headers`, since one WebSocket carries the
 * subscriptions of many callers.
 */
export const HEADERS_EXTENSION = 'headers';

export function headersOf(extensions: Record<string, unknown> | null | undefined): Record<string, string> {
  const headers = extensions?.[HEADERS_EXTENSION];
  if (!headers || typeof headers !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') out[name.toLowerCase()] = value;
  return out;
}

/** The WebSocket close code and reason a server going away sends (RFC 6455 1001), so clients reconnect elsewhere. */
export const GOING_AWAY = { code: 1001, reason: 'server shutting down' } as const;

/**
 * What a subscribe message's identity header is bound to (kit/auth/signed-identity.ts Binding.content):
 * its operation as the gateway sent it, so a header copied from one subscription signs no other.
 */
export function subscribeContent(payload: { query?: unknown; variables?: unknown }): string {
  return JSON.stringify({ query: payload.query, variables: payload.variables ?? null });
}
