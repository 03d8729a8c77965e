/**
 * Who may do what, at the gateway: the bearer token is verified into an identity (auth/verify-token.ts),
 * the operation is walked against the @authenticated / @requiresScopes / @policy rules composed into
 * the supergraph before anything executes (auth/operation-access.ts), and every subgraph request
 * carries the identity in a header signed for that subgraph and that request (kit/auth/signed-identity.ts),
 * and the subgraphs check the same rules again. A token that was sent but does not verify refuses the request.
 *
 * A query that mixes fields the caller may read with fields it may not is answered without the
 * latter, as Apollo Router does: the document is trimmed before it is planned (whatever executor
 * plans `requestContext.document` then plans the trimmed one, under a hash of its own), and the
 * answer names each removed field in an error at its path (a subscription: on every event). Writes are refused whole.
 */
import type { GraphQLError } from 'graphql';
import { ANONYMOUS } from '../../../subgraphs/kit/auth/identity';
import { RuleIndex } from '../../../subgraphs/kit/auth/rules';
import { GRAPHQL_ROUTE, IDENTITY_HEADER, signIdentity } from '../../../subgraphs/kit/auth/signed-identity';
import { CoopError } from '../../../schema/contract/errors';
import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { removedFieldError, type RemovedField } from '../../../subgraphs/kit/auth/trim-operation';
import { answerableOperation, checkOperationAccess } from '../auth/operation-access';
import type { TokenVerifier } from '../auth/verify-token';
import type { GatewayConfig } from '../config';
import { rejectEarly, withStatus } from '../early-rejection';
import type { GatewayPlugin } from '../plugin';

const SECURITY_LINK = /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g;

/**
 * @apollo/gateway refuses a supergraph that links the authorization specs `for: SECURITY`, because
 * it does not enforce them itself. This gateway does (this plugin), so it loads the supergraph with
 * those links declared as plain metadata; the rules are read from the original SDL.
 */
export function withEnforcedSecurityFeatures(supergraphSdl: string): string {
  return supergraphSdl.replace(SECURITY_LINK, '$1)');
}

const statusOf = (error: GraphQLError) => (error.extensions.code === 'UNAUTHENTICATED' ? 401 : 403);

/** `verify` is the gateway's one token verifier (auth/verify-token.ts), shared with the export route. */
export function useAuth(options: { auth: GatewayConfig['auth']; verify: TokenVerifier; supergraphSdl: () => string }): GatewayPlugin {
  const { verify } = options;
  // The rules of the supergraph loaded now: read again when a reload brings another (supergraph-file.ts).
  let rulesOf = options.supergraphSdl();
  let rules = RuleIndex.fromSdl(rulesOf);
  const currentRules = () => {
    const sdl = options.supergraphSdl();
    if (sdl !== rulesOf) {
      rules = RuleIndex.fromSdl(sdl);
      rulesOf = sdl;
    }
    return rules;
  };
  const key = options.auth.signingKey;
  return {
    name: 'auth',
    async extendContext(req, context) {
      const result = await verify(req.headers.authorization);
      context.identity = result?.identity ?? ANONYMOUS;
      if (result?.error) context.authError = withStatus(CoopError.unauthenticated(`${result.error}.`), 401);
    },
    onSubgraphRequest(request, context, subgraph) {
      // Signed for this subgraph and this body, once per fetch (retries resend it). Without a key
      // nothing is forwarded: development subgraphs take every caller as anonymous, production ones refuse.
      if (key) request.http.headers.set(IDENTITY_HEADER, signIdentity(context.identity, key, { audience: subgraph, route: GRAPHQL_ROUTE, content: request.body }));
    },
    apollo: {
      async requestDidStart(requestContext) {
        // A token that does not verify refuses the request before anything else is decided.
        if (requestContext.contextValue.authError) rejectEarly(requestContext, requestContext.contextValue.authError);
        let removed: RemovedField[] = [];
        return {
          async didResolveOperation(context) {
            const { contextValue, schema, document, operation, request } = context;
            if (contextValue.earlyRejection || !operation) return;
            const rules = currentRules();
            // A subscription is trimmed as a query is: its events carry what the caller may read.
            if (operation.operation === 'mutation') {
              const refusal = checkOperationAccess({ schema, document, operation, variables: request.variables, rules, identity: contextValue.identity });
              if (refusal) throw withStatus(refusal, statusOf(refusal));
              return;
            }
            const answerable = answerableOperation({ schema, document, operation, rules, identity: contextValue.identity });
            if (answerable.kind === 'refused') throw withStatus(answerable.error, statusOf(answerable.error));
            if (answerable.kind === 'trimmed') {
              removed = answerable.removed;
              // The trimmed document is what gets planned and cached, under its own hash.
              const mutable = context as { document: typeof document; operation: typeof operation; queryHash: string };
              mutable.document = answerable.document;
              mutable.operation = answerable.operation;
              mutable.queryHash = createHash('sha256').update(print(answerable.document)).digest('hex');
              contextValue.removedFields = answerable.removed.length;
            }
          },
          async willSendResponse({ response }) {
            if (!removed.length) return;
            const errors = removed.map((field) => removedFieldError(field).toJSON());
            const body = response.body;
            const result = body.kind === 'single' ? body.singleResult : body.initialResult;
            result.errors = [...(result.errors ?? []), ...errors];
          },
        };
      },
    },
  };
}
