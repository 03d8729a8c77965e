import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from './verify-token';

const SECRET = 'unit-test-hs256-secret-0123456789abcdef';
const auth = { issuer: 'coopgraph', audience: 'coopgraph-api' };

async function token(claims: Record<string, unknown>, options: { key?: Uint8Array | CryptoKey | object; alg?: string; exp?: number | null; iat?: number; aud?: string; iss?: string; kid?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', ...(options.kid ? { kid: options.kid } : {}) })
    .setSubject('someone')
    .setIssuer(options.iss ?? auth.issuer)
    .setAudience(options.aud ?? auth.audience)
    .setIssuedAt(now + (options.iat ?? -120));
  if (options.exp !== null) jwt.setExpirationTime(now + (options.exp ?? 300));
  return jwt.sign((options.key ?? new TextEncoder().encode(SECRET)) as Uint8Array);
}

describe('bearer tokens with a development secret (HS256)', () => {
  const verify = createTokenVerifier({ ...auth, jwtSecret: SECRET });

  it('reads the identity a valid token carries; no header is no token', async () => {
    expect(await verify(`Bearer ${await token({ role: 'editor', region: 'tianjin', scope: 'alliance:shuangtan-alliance' })}`)).toEqual({
      identity: { role: 'editor', subject: 'someone', region: 'tianjin', unit: { kind: 'alliance', key: 'shuangtan-alliance' } },
    });
    expect(await verify(undefined)).toBeNull();
  });

  it('refuses expired, foreign, unsigned and malformed tokens with a reason', async () => {
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { exp: -60 })}`))?.error).toMatch(/expired/);
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { aud: 'other' })}`))?.error).toMatch(/aud/);
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { exp: null })}`))?.error).toBe('the token has no expiry (exp claim); tokens must expire');
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { iat: 3600 })}`))?.error).toBe("the token's iat claim is in the future");
    // A few seconds of skew between the identity provider's clock and ours is not a future token.
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { iat: 3 })}`))?.identity).toEqual({ role: 'analyst', subject: 'someone' });
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { iss: 'other' })}`))?.error).toMatch(/iss/);
    expect((await verify(`Bearer ${await token({ role: 'analyst' }, { key: new TextEncoder().encode('x'.repeat(40)) })}`))?.error).toMatch(/signature/);
    const [, payload] = (await token({ role: 'analyst' })).split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect((await verify(`Bearer ${none}`))?.error).toMatch(/signature or format/);
    expect((await verify('Token abc'))?.error).toMatch(/Bearer/);
    expect((await createTokenVerifier(auth)(`Bearer ${await token({ role: 'analyst' })}`))?.error).toMatch(/no token verification/);
  });
});

describe('bearer tokens from an identity provider\'s JWKS', () => {
  let server: http.Server;
  let url: string;
  let privateKey: CryptoKey | object;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const keys = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] });
    server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(keys));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server?.close(resolve)));

  it('verifies tokens signed with the provider\'s key and nothing else', async () => {
    const verify = createTokenVerifier({ ...auth, jwksUrl: url });
    expect(await verify(`Bearer ${await token({ role: 'reporting' }, { key: privateKey, alg: 'ES256', kid: 'k1' })}`)).toEqual({ identity: { role: 'reporting', subject: 'someone' } });
    // A development HS256 token, even with the right claims, is not the provider's.
    expect((await verify(`Bearer ${await token({ role: 'reporting' })}`))?.error).toMatch(/signature or format/);
  });

  it('refuses access, and reports it, when the key set cannot be fetched', async () => {
    const failures: unknown[] = [];
    const verify = createTokenVerifier({ ...auth, jwksUrl: 'http://127.0.0.1:9/jwks.json' }, (error) => failures.push(error));
    expect((await verify(`Bearer ${await token({ role: 'reporting' }, { key: privateKey, alg: 'ES256', kid: 'k1' })}`))?.error).toMatch(/could not be verified/);
    expect(failures).toHaveLength(1);
  });
});
