/** Per-request context of the gateway. */
import type { GraphQLError } from 'graphql';
import type { Identity } from '../../subgraphs/kit/auth/identity';
import type { SubsequentPart } from './executor/deferred-parts';

export interface GatewayContext {
  requestId: string;
  /** Who is asking: from a verified bearer token (plugins/use-auth.ts), anonymous without one. */
  identity: Identity;
  /** Set when a bearer token was sent but does not verify: the operation is refused, never downgraded to anonymous. */
  authError?: GraphQLError;
  /** A refusal decided before the document is parsed (early-rejection.ts). */
  earlyRejection?: GraphQLError;
  /** Set by the executor when the answer goes out incrementally: the parts after the primary one (@defer). */
  incremental?: AsyncIterable<SubsequentPart>;
}
