/**
 * Who is calling a subgraph, from its signed identity header (signed-identity.ts), bound to this
 * subgraph and this request. In production a subgraph's port serves only requests a trusted signer
 * vouched for: anything else is refused (introspection, `_service`, the directory, the exports
 * included). In development it is served as an anonymous caller, the refusal logged.
 */
import type { IncomingMessage } from 'node:http';
import type { GraphQLError } from 'graphql';
import { CoopError } from '../../../schema/contract/errors';
import type { Mode } from '../config';
import type { Logger } from '../log';
import type { Identity } from './identity';
import type { TrustedKeys } from './identity-keys';
import { IDENTITY_HEADER, verifyIdentity, type Binding } from './signed-identity';

export type Caller = { identity: Identity; refused?: never } | { identity?: never; refused: { status: 401; error: GraphQLError } };

export function callerOf(req: Pick<IncomingMessage, 'headers'>, options: { keys: TrustedKeys; mode: Mode; binding: Binding; log: Logger; requestId?: string }): Caller {
  const { identity, signer, rejected } = verifyIdentity(req.headers[IDENTITY_HEADER], options.keys, options.binding);
  if (options.mode === 'production' && !signer) {
    const why = rejected ?? 'no identity header';
    options.log.warn('request refused: not signed for this subgraph', { requestId: options.requestId, reason: why });
    return { refused: { status: 401, error: CoopError.unauthenticated(`this port serves only requests signed by the gateway (${why}).`) } };
  }
  if (rejected) options.log.warn('identity header refused; caller treated as anonymous', { requestId: options.requestId, reason: rejected });
  return { identity };
}
