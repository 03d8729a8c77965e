/**
 * Imported by server.ts before @apollo/gateway, so that the gateway's modules read
 * @apollo/federation-internals' exports as plain properties (plain-exports.ts says why).
 */
import { makeExportsPlain } from './plain-exports';

export const plainFederationInternals = makeExportsPlain('@apollo/federation-internals', '@apollo/gateway');
