/**
 * Trusted documents and automatic persisted queries (APQ), decided before a document is parsed.
 *
 * - A request may name a document by the sha256 of its text (`extensions.persistedQuery`); the
 *   gateway looks it up in the checked-in manifest of the regional frontends' operations, then in
 *   the APQ store.
 * - mode `enforce` (production's default): only manifest operations run, except for the roles
 *   in `freeformRoles` (analysts, reporting jobs), who may send any document and use APQ.
 *   Anyone else gets PERSISTED_QUERY_NOT_ALLOWED.
 * - mode `off`: any document runs; APQ for everyone when enabled.
 * - An unknown hash from a caller who may register documents gets PERSISTED_QUERY_NOT_FOUND (HTTP
 *   200, as APQ clients expect), and the client resends the text with the hash, which registers it.
 * Apollo Server's own APQ stays off, so this plugin alone decides and the store is ours.
 */
import { CoopError } from '../../../schema/contract/errors';
import type { GatewayConfig } from '../config';
import { rejectEarly, withStatus } from '../early-rejection';
import type { GatewayPlugin } from '../plugin';
import type { PersistedDocumentStore } from '../trusted-documents/document-store';
import { sha256 } from '../trusted-documents/manifest';

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

export interface TrustedDocumentsOptions {
  config: GatewayConfig['trustedDocuments'];
  /** Manifest operations by sha256. */
  manifest: ReadonlyMap<string, string>;
  store: PersistedDocumentStore;
}

export function useTrustedDocuments(options: TrustedDocumentsOptions): GatewayPlugin {
  const { config, manifest, store } = options;
  return {
    name: 'trusted-documents',
    apollo: {
      async requestDidStart(requestContext) {
        const { request, contextValue } = requestContext;
        if (contextValue.earlyRejection) return;
        const freeform = config.mode === 'off' || config.freeformRoles.includes(contextValue.identity.role);
        const apq = freeform && config.apq;
        const persisted = request.extensions?.persistedQuery as PersistedQueryExtension | undefined;
        let register: string | undefined;

        if (persisted) {
          const hash = persisted.sha256Hash;
          if (persisted.version !== 1 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
            rejectEarly(requestContext, withStatus(CoopError.badRequest('Unsupported persisted query: send { version: 1, sha256Hash: <64 hex digits> }.'), 400));
            return;
          }
          delete request.extensions!.persistedQuery;
          if (request.query !== undefined) {
            if (sha256(request.query) !== hash) {
              rejectEarly(requestContext, withStatus(CoopError.badRequest('The sha256Hash does not match the query sent with it.'), 400));
              return;
            }
            if (!manifest.has(hash) && apq) register = hash;
          } else {
            const known = manifest.get(hash) ?? (apq ? await store.get(hash) : undefined);
            if (known === undefined) {
              rejectEarly(requestContext, freeform ? withStatus(CoopError.persistedQueryNotFound(), 200) : withStatus(CoopError.persistedQueryNotAllowed(), 400));
              return;
            }
            request.query = known;
          }
        }
        if (!freeform && (request.query === undefined || !manifest.has(sha256(request.query)))) {
          rejectEarly(requestContext, withStatus(CoopError.persistedQueryNotAllowed(), 400));
          return;
        }
        if (!register) return;
        const hash = register;
        return {
          // Registered only once the document parsed, validated and passed every check.
          async didResolveOperation({ contextValue: context, request: resolved }) {
            if (!context.earlyRejection && resolved.query) await store.set(hash, resolved.query);
          },
        };
      },
    },
  };
}
