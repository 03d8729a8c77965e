/**
 * A gateway feature as one small plugin: optional Apollo Server hooks, optional HTTP routes beside
 * /graphql, and an optional hook on every subgraph request. The server composes the list.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './context';
import type { GatewayEvents } from './events';
import type { FormattedSubsequentPart } from './incremental/multipart-response';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface GatewayPlugin {
  name: string;
  apollo?: ApolloServerPlugin<GatewayContext>;
  /** Routes by exact path; a handler may decline by returning without writing (falls through). */
  routes?: Record<string, RouteHandler>;
  /** Add to the request's context before anything else runs (who is asking…). */
  extendContext?(req: IncomingMessage, context: GatewayContext): Promise<void> | void;
  /** Adjust each request the gateway sends to a subgraph (headers, signing…). */
  onSubgraphRequest?(request: SubgraphRequest, context: GatewayContext, subgraph: string): void;
  /** Runs around the handling of each request to /graphql (a trace span…); calls `next` once. */
  aroundRequest?(req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void>;
  /** Runs around each fetch from a subgraph, retries included (a span, a latency…); returns what `next` returns. */
  aroundSubgraphFetch?<T>(fetch: SubgraphFetch, next: () => Promise<T>): Promise<T>;
  /** Runs around each deferred block of an incremental answer (@defer), its fetches included (a span, a timer); returns what `next` returns. */
  aroundDeferredPart?<T>(part: DeferredPart, context: GatewayContext, next: () => Promise<T>): Promise<T>;
  /** Sees each part after the primary one of an incremental answer, errors formatted, before it is sent (as willSendResponse sees the primary). */
  willSendSubsequentPart?(part: FormattedSubsequentPart, context: GatewayContext): void;
  /** Sees each event of a subscription stream, errors formatted, before it is sent (as willSendResponse sees an answer). */
  willSendEvent?(event: { data?: unknown; errors?: GraphQLFormattedError[]; extensions?: Record<string, unknown> }, context: GatewayContext): void;
  /** Listens to what the gateway reports (subgraph attempts, breaker states, cache hits…). */
  events?: Partial<GatewayEvents>;
}

/** One deferred block of an incremental answer, as aroundDeferredPart sees it: the caller's label, if it gave one. */
export interface DeferredPart {
  label: string | undefined;
}

/** One fetch from a subgraph, as aroundSubgraphFetch sees it. */
export interface SubgraphFetch {
  subgraph: string;
  operationName: string | undefined;
  context: GatewayContext;
}

/** What a plugin may touch of a request to a subgraph: its headers. The body is final (a signature covers it). */
export interface SubgraphRequest {
  /** The JSON body as it is sent. */
  readonly body: string;
  http: { headers: { set(name: string, value: string): void; get(name: string): string | null } };
}
