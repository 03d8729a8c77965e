/**
 * A gateway in production mode (COOPGRAPH_MODE=production: trusted documents enforced, no
 * introspection) started in this process over a running system's subgraphs, with settings of a
 * test's own. Its signing key is its own, so the subgraphs take its callers as anonymous:
 * for what anonymous callers may read. Tokens would be checked against a JWKS nobody serves.
 */
import { loadGatewayConfig } from '../../gateway/src/config';
import { startGateway, type RunningGateway } from '../../gateway/src/server';
import { generateIdentityKeyEnv } from '../../subgraphs/kit/auth/identity-keys';

export async function startProductionGateway(subgraphUrls: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<RunningGateway> {
  const loaded = loadGatewayConfig({
    COOPGRAPH_MODE: 'production',
    COOPGRAPH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
    COOPGRAPH_GATEWAY_SIGNING_KEY: generateIdentityKeyEnv().COOPGRAPH_GATEWAY_SIGNING_KEY,
    GATEWAY_PORT: '0',
    LOG_LEVEL: 'error',
    ...Object.fromEntries(Object.entries(subgraphUrls).filter(([name]) => name !== 'gateway').map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    ...env,
  });
  if (loaded.errors) throw new Error(loaded.errors.join('; '));
  return startGateway(loaded.config);
}
