/**
 * A test's subscriber: graphql-ws (the client package itself, over ws) collecting each stream's
 * events, its end (complete or error) and the socket's close code and reason.
 */
import { createClient, type Client } from 'graphql-ws/client';
import WebSocket from 'ws';

export interface Collected {
  events: Array<{ data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  /** The errors of an `error` message, if the stream ended with one. */
  error?: unknown;
  done: Promise<void>;
  dispose(): void;
}

export interface WsSubscriber {
  client: Client;
  subscribe(query: string, variables?: Record<string, unknown>): Collected;
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

export function wsSubscriber(httpUrl: string, authorization?: string): WsSubscriber {
  let closedResolve!: (v: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedResolve = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    // Kept open after the last stream ends, so the server's close (code, reason) is the one seen.
    lazyCloseTimeout: 60_000,
    connectionParams: authorization ? { authorization } : {},
    on: { closed: (event) => closedResolve({ code: (event as { code: number }).code, reason: (event as { reason: string }).reason }) },
  });
  return {
    client,
    closed,
    subscribe(query, variables) {
      const collected = { events: [] } as unknown as Collected;
      collected.done = new Promise<void>((resolve) => {
        collected.dispose = client.subscribe(
          { query, variables: variables ?? {} },
          {
            next: (value) => void collected.events.push(value as Collected['events'][number]),
            error: (error) => {
              collected.error = error;
              resolve();
            },
            complete: () => resolve(),
          },
        );
      });
      return collected;
    },
    dispose: () => Promise.resolve(client.dispose()),
  };
}

/** Resolves once `check` holds, polling; rejects after `ms`. */
export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
