/**
 * Bearer tokens for tests: JWTs signed the way the identity provider would, with jose. HS256 with
 * the test secret for development-mode gateways; any key and claims for the attack cases.
 */
import { SignJWT } from 'jose';
import { TEST_IDENTITY_KEY_ENV } from '../../subgraphs/kit/auth/testing-keys';

/** Whatever key jose signs with: an HS256 secret, or a private key from generateKeyPair. */
export type SigningKey = Parameters<SignJWT['sign']>[0];

/** The development secret the e2e systems are started with (TEST_AUTH_ENV). */
export const TEST_JWT_SECRET = 'coopgraph-e2e-jwt-secret-0123456789abcdef';
export const TEST_ISSUER = 'coopgraph';
export const TEST_AUDIENCE = 'coopgraph-api';

/** Environment for a system whose gateway verifies the tokens below and signs identities with the test process's keys (TEST_GATEWAY_KEY signs as it). */
export const TEST_AUTH_ENV: Readonly<Record<string, string>> = {
  COOPGRAPH_JWT_SECRET: TEST_JWT_SECRET,
  ...TEST_IDENTITY_KEY_ENV,
  COOPGRAPH_JWT_ISSUER: TEST_ISSUER,
  COOPGRAPH_JWT_AUDIENCE: TEST_AUDIENCE,
};

export interface TokenClaims {
  role: string;
  sub?: string;
  region?: string;
  /** An editor's unit, "zone:shanghai-zhangjiang". */
  scope?: string;
  [claim: string]: unknown;
}

export interface TokenOptions {
  /** HS256 secret, or an asymmetric private key with its algorithm. */
  key?: SigningKey;
  alg?: string;
  kid?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for an expired token; null for a token without `exp`. */
  expiresIn?: number | null;
  /** `iat`, in seconds from now (a token issued in the future); now by default. */
  issuedIn?: number;
}

export async function mintToken(claims: TokenClaims, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn === undefined ? 300 : options.expiresIn;
  const jwt = new SignJWT({ ...claims })
    .setProtectedHeader({ alg: options.alg ?? 'HS256', ...(options.kid ? { kid: options.kid } : {}) })
    .setSubject(claims.sub ?? `${claims.role}-test`)
    .setIssuer(options.issuer ?? TEST_ISSUER)
    .setAudience(options.audience ?? TEST_AUDIENCE)
    .setIssuedAt(now + (options.issuedIn ?? (expiresIn !== null && expiresIn < 0 ? expiresIn - 60 : 0)));
  if (expiresIn !== null) jwt.setExpirationTime(now + expiresIn);
  return jwt.sign(options.key ?? new TextEncoder().encode(TEST_JWT_SECRET));
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const analystToken = () => mintToken({ role: 'analyst', sub: 'analyst-e2e' });
export const reportingToken = () => mintToken({ role: 'reporting', sub: 'reporting-job-e2e' });
export const editorToken = (region: string, scope: string, sub = `editor-${scope.replace(/\W/g, '-')}`) => mintToken({ role: 'editor', sub, region, scope });
