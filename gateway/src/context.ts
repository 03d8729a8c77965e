/** Per-request context of the gateway. */
import type { GraphQLError } from 'graphql';
import type { Identity } from '../../subgraphs/kit/auth/identity';
import type { GatewayExecutionResult } from '@apollo/server-gateway-interface';
import type { SubsequentPart } from './executor/deferred-parts';

export interface GatewayContext {
  requestId: string;
  /** Who is asking: from a verified bearer token (plugins/use-auth.ts), anonymous without one. */
  identity: Identity;
  /** Set when a bearer token was sent but does not verify: the operation is refused, never downgraded to anonymous. */
  authError?: GraphQLError;
  /** A refusal decided before the document is parsed (early-rejection.ts). */
  earlyRejection?: GraphQLError;
  /** Fields left out of a query the caller may not read (plugins/use-auth.ts): such an answer is not cached. */
  removedFields?: number;
  /**
   * Filled in by the executor when the answer goes out incrementally (@defer): the parts after the
   * primary one. An object made with the context, since Apollo Server runs a request on a shallow
   * copy of the context it was given: the HTTP handler still sees what the executor put in.
   */
  incremental?: { parts?: AsyncIterable<SubsequentPart> };
  /**
   * Given by a streaming transport (subscriptions/): the executor puts a subscription's events
   * here, each answered as a query is, until the subgraph or the caller ends the stream.
   */
  subscription?: { events?: AsyncIterable<GatewayExecutionResult> };
}
