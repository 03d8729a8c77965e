import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createTokenVerifier } from './verify-token';

const SECRET = 'unit-test-hs256-secret-0123456789abcdef';
const auth = { issuer: 'coopgraph', audience: 'coopgraph-api', jwtSecret: SECRET };

const token = (expiresInS: number) =>
  new SignJWT({ role: 'analyst' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInS)
    .sign(new TextEncoder().encode(SECRET));

describe('a verified token reused', () => {
  it('answers the same identity again without verifying, but never past the token\'s expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const verify = createTokenVerifier(auth);
      const header = `Bearer ${await token(30)}`;
      const first = await verify(header);
      expect(first?.identity).toEqual({ role: 'analyst', subject: 'someone' });
      // The same result object comes back: it was remembered, not verified again.
      expect(await verify(header)).toBe(first);
      vi.setSystemTime(Date.now() + 40_000);
      expect((await verify(header))?.error).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not remember refusals', async () => {
    const verify = createTokenVerifier(auth);
    const header = `Bearer ${await token(-60)}`;
    const first = await verify(header);
    expect(first?.error).toMatch(/expired/);
    expect(await verify(header)).not.toBe(first);
  });
});
