/** The gateway's security configuration: tokens, the identity signing key, limits and trusted documents. */
import { describe, expect, it } from 'vitest';
import { TEST_IDENTITY_KEY_ENV } from '../../subgraphs/kit/auth/testing-keys';
import { loadGatewayConfig } from './config';

const load = (env: NodeJS.ProcessEnv) => loadGatewayConfig(env, '/repo');
const SECRET = 'x'.repeat(32);
const SIGNING_KEY = TEST_IDENTITY_KEY_ENV.COOPGRAPH_GATEWAY_SIGNING_KEY!;

describe('security configuration', () => {
  it('is open for development and strict for production by default', () => {
    const dev = load({}).config!;
    expect([dev.introspection, dev.fieldSuggestions, dev.trustedDocuments.mode, dev.trustedDocuments.apq]).toEqual([true, true, 'off', true]);
    expect(dev.trustedDocuments.freeformRoles).toEqual(['analyst', 'reporting']);
    expect(dev.limits).toEqual({ maxDepth: 12, maxAliases: 30, maxDirectives: 10, maxTokens: 4000, maxPageSize: 200, costLimit: 5000, reportingCostLimit: 50_000 });
    const prod = load({ COOPGRAPH_MODE: 'production', COOPGRAPH_JWKS_URL: 'https://idp.example/jwks.json', COOPGRAPH_GATEWAY_SIGNING_KEY: SIGNING_KEY }).config!;
    expect(prod.auth.signingKey).toMatchObject({ signer: 'gateway', key: { asymmetricKeyType: 'ed25519', type: 'private' } });
    expect([prod.introspection, prod.fieldSuggestions, prod.trustedDocuments.mode]).toEqual([false, false, 'enforce']);
    expect(prod.trustedDocuments.manifestPath).toBe('/repo/gateway/trusted-documents/manifest.json');
  });

  it('verifies production tokens with the provider\'s JWKS only, and needs the identity signing key', () => {
    expect(load({ COOPGRAPH_MODE: 'production' }).errors).toEqual([
      'COOPGRAPH_GATEWAY_SIGNING_KEY is required in production mode (the Ed25519 key this process signs identity headers with)',
      'COOPGRAPH_JWKS_URL is required in production mode',
    ]);
    expect(load({ COOPGRAPH_MODE: 'production', COOPGRAPH_JWT_SECRET: SECRET, COOPGRAPH_JWKS_URL: 'https://idp.example/jwks.json', COOPGRAPH_GATEWAY_SIGNING_KEY: SIGNING_KEY }).errors).toContain(
      'COOPGRAPH_JWT_SECRET (HS256) is for development; production verifies tokens with COOPGRAPH_JWKS_URL',
    );
  });

  it('lists weak secrets and bad switches', () => {
    expect(load({ COOPGRAPH_JWT_SECRET: 'short', COOPGRAPH_GATEWAY_SIGNING_KEY: SECRET, GATEWAY_INTROSPECTION: 'yes', GATEWAY_TRUSTED_DOCUMENTS: 'sometimes', GATEWAY_FREEFORM_ROLES: 'analyst,root', COOPGRAPH_JWKS_URL: 'ftp://x' }).errors).toEqual([
      'COOPGRAPH_JWT_SECRET must be at least 32 characters',
      'set COOPGRAPH_JWT_SECRET (development) or COOPGRAPH_JWKS_URL (production), not both',
      'COOPGRAPH_JWKS_URL must be an http(s) URL, got "ftp://x"',
      expect.stringMatching(/^COOPGRAPH_GATEWAY_SIGNING_KEY must be an Ed25519 private key \(PEM, or base64 of its DER\), got /),
      'GATEWAY_INTROSPECTION must be true or false, got "yes"',
      'GATEWAY_TRUSTED_DOCUMENTS must be off or enforce, got "sometimes"',
      'GATEWAY_FREEFORM_ROLES has unknown roles: root (known: anonymous, analyst, editor, reporting)',
    ]);
  });

  it('takes limits from the environment', () => {
    expect(load({ GATEWAY_MAX_DEPTH: '8', GATEWAY_COST_LIMIT: '900', GATEWAY_TRUSTED_DOCUMENTS: 'enforce', GATEWAY_APQ: 'false' }).config).toMatchObject({
      limits: { maxDepth: 8, costLimit: 900 },
      trustedDocuments: { mode: 'enforce', apq: false },
    });
  });
});
