/**
 * Bearer tokens: a JWT verified with jose — HS256 with a shared secret in development, the identity
 * provider's JWKS (fetched and cached by createRemoteJWKSet) in production — with issuer, audience
 * and expiry checked (a token must carry `exp`, and no `iat` in the future), then read into an Identity (kit/auth/identity.ts). A token that fails any
 * check is refused with a reason a client can act on and no internal detail.
 */
import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims, type Identity } from '../../../subgraphs/kit/auth/identity';
import type { GatewayConfig } from '../config';
import { DEVELOPMENT_KID, readDevelopmentKey } from './development-key';

export type TokenResult = { identity: Identity; error?: never } | { identity?: never; error: string };

export type TokenVerifier = (authorization: string | undefined) => Promise<TokenResult | null>;

const ASYMMETRIC = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
const VERIFIED_TOKEN_REUSE_MS = 60_000;
/** Clock skew tolerated between the identity provider's host and ours, in seconds. */
const CLOCK_TOLERANCE_S = 5;
const VERIFIED_TOKENS_KEPT = 10_000;

/** Verifies `Authorization: Bearer <jwt>`; null when no token was sent. */
export function createTokenVerifier(auth: GatewayConfig['auth'], onVerifierFailure: (error: unknown) => void = () => {}): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey | undefined = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 })
    : auth.jwtSecret
      ? new TextEncoder().encode(auth.jwtSecret)
      : undefined;
  const algorithms = auth.jwksUrl ? ASYMMETRIC : ['HS256'];
  // Development only (config.ts sets no file in production): `coopgraph token`'s key, told apart by its kid.
  const developmentSecret = auth.developmentKeyFile ? readDevelopmentKey(auth.developmentKeyFile) : undefined;
  const developmentKey = developmentSecret ? new TextEncoder().encode(developmentSecret) : undefined;
  // A caller sends the same token with every request: a signature check per request was the
  // gateway's largest single cost (bench/). A verified token is trusted again for at most a minute,
  // never past its expiry.
  const verified = new Map<string, { result: TokenResult; until: number }>();

  return async (authorization) => {
    if (authorization === undefined || authorization === '') return null;
    const known = verified.get(authorization);
    if (known && known.until > Date.now()) return known.result;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) return { error: 'the Authorization header must be "Bearer <JWT>"' };
    try {
      const development = developmentKey !== undefined && decodeProtectedHeader(match[1]!).kid === DEVELOPMENT_KID;
      if (!key && !development) return { error: 'this gateway has no token verification configured' };
      // A token without `exp` would never expire: refused, not given a lifetime of our choosing.
      const { payload } = await jwtVerify(match[1]!, (development ? developmentKey : key) as Uint8Array, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: development ? ['HS256'] : algorithms,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp'],
      });
      // jose checks `iat` only against a maximum age; a token issued in the future was minted on a wrong clock or forged ahead.
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_S) return { error: "the token's iat claim is in the future" };
      const result = identityFromClaims(payload);
      if (result.identity) {
        if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
        verified.set(authorization, { result, until: Math.min(Date.now() + VERIFIED_TOKEN_REUSE_MS, payload.exp! * 1000) });
      }
      return result;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { error: 'the token has expired' };
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing') return { error: 'the token has no expiry (exp claim); tokens must expire' };
      if (error instanceof joseErrors.JWTClaimValidationFailed) return { error: `the token's ${error.claim} claim is not accepted here` };
      if (error instanceof joseErrors.JOSEError && !(error instanceof joseErrors.JWKSTimeout) && !(error instanceof joseErrors.JWKSInvalid)) return { error: 'the token signature or format does not verify' };
      // The key set could not be fetched: our failure, logged; the caller still gets no access.
      onVerifierFailure(error);
      return { error: 'the token could not be verified right now' };
    }
  };
}
