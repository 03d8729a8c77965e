/** CORS_ORIGINS in the gateway's configuration: its defaults by mode, and every bad entry listed. */
import { describe, expect, it } from 'vitest';
import { originMatcher } from './cors/allowed-origins';
import { TEST_IDENTITY_KEY_ENV } from '../../subgraphs/kit/auth/testing-keys';
import { loadGatewayConfig } from './config';

const load = (env: NodeJS.ProcessEnv) => loadGatewayConfig(env, '/repo');
const PRODUCTION = { COOPGRAPH_MODE: 'production', COOPGRAPH_JWKS_URL: 'https://idp.example/jwks.json', COOPGRAPH_GATEWAY_SIGNING_KEY: TEST_IDENTITY_KEY_ENV.COOPGRAPH_GATEWAY_SIGNING_KEY };

describe('CORS_ORIGINS', () => {
  it('allows pages on this machine in development, and none in production, when unset', () => {
    const dev = originMatcher(load({}).config!.cors.origins);
    expect([dev('http://localhost:4200'), dev('http://127.0.0.1:5173'), dev('http://example.test')]).toEqual([true, true, false]);
    expect(load(PRODUCTION).config!.cors.origins).toEqual([]);
  });

  it('takes the listed origins and patterns in either mode', () => {
    const allowed = originMatcher(load({ ...PRODUCTION, CORS_ORIGINS: 'https://*.zhejiang.example.cn,https://board.example.cn' }).config!.cors.origins);
    expect([allowed('https://pairings.zhejiang.example.cn'), allowed('https://board.example.cn'), allowed('http://localhost:4200')]).toEqual([true, true, false]);
  });

  it('refuses to start on an entry that is not an origin, listing each', () => {
    expect(load({ CORS_ORIGINS: '*,https://board.example.cn/' }).errors).toEqual([
      expect.stringMatching(/^CORS_ORIGINS: "\*" would let every site/),
      'CORS_ORIGINS: "https://board.example.cn/" is not an origin: drop "/" (browsers send scheme://host[:port], without a path)',
    ]);
  });
});
