/**
 * A gateway feature as one small plugin: optional Apollo Server hooks, optional HTTP routes beside
 * /graphql, and an optional hook on every subgraph request. The server composes the list.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface GatewayPlugin {
  name: string;
  apollo?: ApolloServerPlugin<GatewayContext>;
  /** Routes by exact path; a handler may decline by returning without writing (falls through). */
  routes?: Record<string, RouteHandler>;
  /** Adjust each request the gateway sends to a subgraph (headers, signing…). */
  onSubgraphRequest?(request: SubgraphRequest, context: GatewayContext, subgraph: string): void;
}

/** What a plugin may touch of a request to a subgraph. */
export interface SubgraphRequest {
  query?: string;
  variables?: Record<string, unknown>;
  http?: { headers: { set(name: string, value: string): void; get(name: string): string | null } };
}
