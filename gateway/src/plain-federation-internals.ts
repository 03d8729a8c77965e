/**
 * Imported by server.ts before @apollo/gateway, so that the gateway's modules read
 * @apollo/federation-internals' exports as plain properties (plain-exports.ts says why).
 */
import { usePlainExports } from './plain-exports';

export const plainFederationInternals = usePlainExports('@apollo/federation-internals', '@apollo/gateway');
